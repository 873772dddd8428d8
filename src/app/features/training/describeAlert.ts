import type { AppAlert } from '../../store/messages';
import type { WorkerError } from '../../../worker/protocol';
import { describeRejection } from '../share/shareText';
import { modelRejectedText, savedWorkSetAsideText, savesFailedText, workerRestartedText } from '../persist/persistText';
import { backendFaultText, divergenceText } from './faultText';

/** An alert in words: what happened and what to do about it. */
export interface AlertText {
  title: string;
  detail: string;
  action: string;
}

const REQUEST_NAMES: Record<string, string> = {
  init: 'Loading the data',
  train: 'Training',
  step: 'Training one batch',
  pause: 'Pausing',
  reset: 'Resetting',
  'set-backend': 'Switching backend',
  'update-settings': 'Updating the settings',
};

function workerErrorText(error: WorkerError, request?: string): AlertText {
  const subject = error.subject ? ` (${error.subject})` : '';
  const during = request ? `${REQUEST_NAMES[request] ?? request} failed. ` : '';
  const detail = `${during}${error.message}${subject}`;
  switch (error.code) {
    case 'data-missing':
      return { title: 'Training data is missing', detail, action: 'Run "npm run data" to build the data files, then reload the page.' };
    case 'data-corrupt':
      return { title: 'Training data is damaged', detail, action: 'Run "npm run data" again and reload the page (clear the site data if it persists).' };
    case 'backend-unavailable':
      return { title: 'Backend not available', detail, action: 'Choose another Backend (Auto picks one that works in this browser).' };
    case 'backend-failed':
      return { title: 'The backend failed', detail, action: 'Choose another Backend, such as WASM or CPU, then press Train again.' };
    case 'model-build-failed':
      return { title: 'The network could not be built', detail, action: 'Change the network (or pick a preset) and press Train again.' };
    case 'not-ready':
      return { title: 'Not ready yet', detail, action: 'Wait until the data has loaded, then try again.' };
    case 'training-failed':
      return { title: 'Training stopped with an error', detail, action: 'Press Reset and train again; if it repeats, try another Backend.' };
    case 'no-model':
      return { title: 'No network built yet', detail, action: 'Press Train or Step first; the network is built when a run starts.' };
    case 'bad-request':
      return { title: 'The request was not valid', detail, action: 'Reload the page; if it happens again, report it with the message above.' };
    case 'internal':
      return { title: 'Something went wrong in the training worker', detail, action: 'Reload the page. If it happens again, try another browser.' };
  }
}

/** Words for an alert; the store keeps alerts as data so they can be translated later. */
export function describeAlert(alert: AppAlert): AlertText {
  switch (alert.kind) {
    case 'worker-error':
      return workerErrorText(alert.error, alert.request);
    case 'worker-crashed':
      return {
        title: 'The training worker stopped',
        detail: alert.message,
        action: 'Reload the page. If it keeps happening, try another browser.',
      };
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
