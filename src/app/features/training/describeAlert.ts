import type { AppAlert } from '../../store/messages';
import type { WorkerError } from '../../../worker/protocol';
import { describeRejection } from '../share/shareText';
import { t } from '../../i18n/i18n';
import { modelRejectedText, savedWorkSetAsideText, savesFailedText, workerRestartedText } from '../persist/persistText';
import { backendFaultText, divergenceText } from './faultText';

/** An alert in words: what happened and what to do about it. */
export interface AlertText {
  title: string;
  detail: string;
  action: string;
}

function workerErrorText(error: WorkerError, request?: string): AlertText {
  const subject = error.subject ? ` (${error.subject})` : '';
  const during = request ? t('training:requestFailed', { request: t(`training:requests.${request}`, { defaultValue: request }) }) : '';
  const detail = `${during}${error.message}${subject}`;
  return { title: t(`training:errors.${error.code}.title` as const), detail, action: t(`training:errors.${error.code}.action` as const) };
}

/** Words for an alert in the page's language; the store keeps alerts as data. */
export function describeAlert(alert: AppAlert): AlertText {
  switch (alert.kind) {
    case 'worker-error':
      return workerErrorText(alert.error, alert.request);
    case 'worker-crashed':
      return { title: t('training:crashed.title'), detail: alert.message, action: t('training:crashed.action') };
    case 'diverged':
      return divergenceText(alert);
    case 'backend-fault':
      return backendFaultText(alert);
    case 'document-rejected':
      return describeRejection(alert.source, alert.error, alert.fileName);
    case 'worker-restarted':
      return workerRestartedText(alert.cause, alert.batch);
    case 'saved-work-set-aside':
      return savedWorkSetAsideText(alert.keptAs, alert.reason);
    case 'model-rejected':
      return modelRejectedText(alert.fileName, alert.error);
    case 'saves-failed':
      return savesFailedText(alert.action, alert.name);
  }
}
