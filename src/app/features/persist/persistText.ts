// Words of saving work, trained models and worker recovery; the sentences are in the persist namespace.
import type { ModelFileError } from '../../../core/checkpoint/modelFile';
import { formatInteger } from '../../components/format';
import { numberLocale, t } from '../../i18n/i18n';
import { describeDocumentError } from '../share/documentErrorText';
import type { AlertText } from '../training/describeAlert';

/** Button and field names (Download model and Load model are in the UI contract); each read is in the page's language. */
export const MODEL_TEXT = {
  get panelTitle() { return t('persist:panelTitle'); },
  get download() { return t('persist:download'); },
  get load() { return t('persist:load'); },
  get hint() { return t('persist:hint'); },
  get noModel() { return t('persist:noModel'); },
};

/** Notices (role="status") about models. */
export const MODEL_NOTICES = {
  downloaded: (fileName: string) => t('persist:notices.downloaded', { fileName }),
  loaded: (name: string, batch: number) => t('persist:notices.loaded', { name: name || t('persist:notices.theModel'), batch: formatInteger(batch) }),
  resumed: (batch: number) => t('persist:notices.resumed', { batch: formatInteger(batch) }),
};

/** Names and words of Saved networks: named saves of the network and its settings in this browser. */
export const SAVES_TEXT = {
  get group() { return t('persist:saves.group'); },
  get saveAs() { return t('persist:saves.saveAs'); },
  get save() { return t('persist:saves.save'); },
  get list() { return t('persist:saves.list'); },
  /** Accessible names of a save's buttons; their visible text is the short word. */
  load: (name: string) => t('persist:saves.load', { name }),
  delete: (name: string) => t('persist:saves.delete', { name }),
  get loadShort() { return t('persist:saves.loadShort'); },
  get deleteShort() { return t('persist:saves.deleteShort'); },
  get none() { return t('persist:saves.none'); },
  entry: (savedAt: number, parameters: number, layers: number) =>
    t('persist:saves.entry', { count: layers, parameters: formatInteger(parameters), when: new Date(savedAt).toLocaleString(numberLocale()) }),
  get hint() { return t('persist:saves.hint'); },
  get unavailable() { return t('persist:saves.unavailable'); },
};

/** Notices (role="status") about named saves; loading one says so through the document notice. */
export const SAVES_NOTICES = {
  saved: (name: string) => t('persist:saves.saved', { name }),
  replaced: (name: string) => t('persist:saves.replaced', { name }),
  deleted: (name: string) => t('persist:saves.deleted', { name }),
};

/** The alert when the browser refused to save, list or delete a named save. */
export function savesFailedText(action: 'save' | 'delete', name: string): AlertText {
  return {
    title: t(action === 'save' ? 'persist:saves.saveFailed' : 'persist:saves.deleteFailed'),
    detail: t('persist:saves.failedDetail', { name }),
    action: t('persist:saves.failedAction'),
  };
}

/** A worker that stopped and was replaced: why, and from where the run goes on. */
export function workerRestartedText(cause: string, batch: number | null): AlertText {
  return {
    title: t('persist:restarted.title'),
    detail: batch === null ? t('persist:restarted.fresh', { cause }) : t('persist:restarted.checkpoint', { cause, batch: formatInteger(batch) }),
    action: t('persist:restarted.action'),
  };
}

/** Saved work that could not be read and was kept aside. */
export function savedWorkSetAsideText(keptAs: string, reason: string): AlertText {
  return { title: t('persist:setAside.title'), detail: t('persist:setAside.detail', { reason, keptAs }), action: t('persist:setAside.action') };
}

function modelProblem(error: ModelFileError): string {
  switch (error.code) {
    case 'too-large':
      return t('persist:problems.too-large', { bytes: formatInteger(error.bytes) });
    case 'missing-part':
      return t('persist:problems.missing-part', { part: error.part });
    case 'newer-version':
      return t('persist:problems.newer-version', { version: error.version });
    case 'document-rejected':
      return t('persist:problems.document-rejected', { reason: describeDocumentError(error.error) });
    case 'weights-mismatch':
      return t('persist:problems.weights-mismatch', { detail: error.detail });
    default:
      return t(`persist:problems.${error.code}` as const);
  }
}

/** A model file refused: which file, why, and that nothing changed. */
export function modelRejectedText(fileName: string, error: ModelFileError): AlertText {
  return { title: t('persist:rejected.title'), detail: t('persist:rejected.detail', { fileName, problem: modelProblem(error) }), action: t('persist:rejected.action') };
}
