// Every visible string of sharing and saving, in one place: words from the share namespaces.
import type { DocumentError } from '../../../core/document/errors';
import { describeDocumentError } from './documentErrorText';
import type { DocumentSource } from '../../../core/document/format';
import type { DocumentEvent } from '../../store/messages';
import type { AlertText } from '../training/describeAlert';
import { namespaceWords, t } from '../../i18n/i18n';

/** Labels of the share controls, in the page's language; the first three are UI-contract names. */
export const SHARE_LABELS = namespaceWords('shareLabels');

/** Hints shown as the controls' titles. */
export const SHARE_HINTS = namespaceWords('shareHints');

/** A clause as a sentence: capitalised, with a full stop. */
function sentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

const FILE_NOT_OURS = new Set(['not-json', 'not-a-document', 'too-large']);

function rejectionTitle(source: DocumentSource, error: DocumentError): string {
  if (error.code === 'newer-version') {
    return source === 'link' ? t('share:newerLink') : t('share:newerNetwork');
  }
  switch (source) {
    case 'link':
      return t('share:damagedLink');
    case 'file':
      return FILE_NOT_OURS.has(error.code) ? t('share:notOurs') : t('share:damagedFile');
    case 'storage':
      return t('share:unreadableStorage');
  }
}

/** Words for a refused document: what it was, what is wrong with it, and that nothing was lost. */
export function describeRejection(source: DocumentSource, error: DocumentError, fileName?: string): AlertText {
  const problem = sentence(describeDocumentError(error));
  return {
    title: rejectionTitle(source, error),
    detail: fileName ? t('share:inFile', { file: fileName, problem }) : problem,
    action: t(`share:actions.${source}` as const),
  };
}

/** Words for news about sharing and saving (role="status"). */
export function describeDocumentEvent(event: DocumentEvent): string {
  switch (event.type) {
    case 'link-copied':
      return t('share:copied');
    case 'link-shown':
      return t('share:shown');
    case 'opened': {
      const what = event.name ? t('share:named', { name: event.name }) : t('share:theNetwork');
      const migrated = event.migrated ? t('share:migrated') : '';
      const ignored = event.ignoredFields > 0 ? t('share:ignored', { count: event.ignoredFields, n: event.ignoredFields }) : '';
      return t('share:opened', { what, from: t(`share:from.${event.source}` as const), migrated, ignored });
    }
    case 'exported':
      return t('share:exported', { file: event.fileName });
  }
}
