// Every visible string of saving work, trained models and worker recovery,
// in one place (issue 9 moves them into translations).
import type { ModelFileError } from '../../../core/checkpoint/modelFile';
import { describeDocumentError } from '../../../core/document/errors';
import { formatInteger } from '../../components/format';
import type { AlertText } from '../training/describeAlert';

/** Button and field names (Download model and Load model are in the UI contract). */
export const MODEL_TEXT = {
  panelTitle: 'Trained models',
  download: 'Download model',
  load: 'Load model',
  hint: 'The model file holds the trained weights and the optimizer state: Load model takes it back to train on, predict or evaluate, and it also loads in TensorFlow.js (model.json + weights.bin inside the zip).',
  noModel: 'Train or Step first: there is no trained model yet.',
} as const;

/** Notices (role="status") about models. */
export const MODEL_NOTICES = {
  downloaded: (fileName: string) => `Downloaded ${fileName}.`,
  loaded: (name: string, batch: number) => `Loaded ${name || 'the model'} at batch ${formatInteger(batch)}: Train goes on from there.`,
  resumed: (batch: number) => `The paused run came back at batch ${formatInteger(batch)}: press Train to go on.`,
} as const;

/** Names and words of Saved networks: named saves of the network and its settings in this browser. */
export const SAVES_TEXT = {
  group: 'Saved networks',
  saveAs: 'Save as',
  save: 'Save',
  list: 'Saved networks in this browser',
  /** Accessible names of a save's buttons; their visible text is the short word. */
  load: (name: string) => `Load ${name}`,
  delete: (name: string) => `Delete ${name}`,
  loadShort: 'Load',
  deleteShort: 'Delete',
  none: 'Nothing saved yet. Save keeps the network and its settings in this browser under a name; Load brings them back.',
  entry: (savedAt: number, parameters: number, layers: number) =>
    `${formatInteger(parameters)} parameters, ${formatInteger(layers)} ${layers === 1 ? 'layer' : 'layers'}, saved ${new Date(savedAt).toLocaleString()}`,
  hint: 'Keeps the network and its settings (not the trained weights: Download model has those) in this browser, under this name.',
  unavailable: 'This browser keeps no saves here (IndexedDB is off, as in some private windows): use Export network instead.',
} as const;

/** Notices (role="status") about named saves; loading one says so through the document notice. */
export const SAVES_NOTICES = {
  saved: (name: string) => `Saved “${name}” in this browser.`,
  replaced: (name: string) => `Replaced the earlier save “${name}” with this network.`,
  deleted: (name: string) => `Deleted the save “${name}”.`,
} as const;

/** The alert when the browser refused to save, list or delete a named save. */
export function savesFailedText(action: 'save' | 'delete', name: string): AlertText {
  return {
    title: action === 'save' ? 'The network could not be saved in this browser' : 'The save could not be deleted',
    detail: `“${name}”: the browser's storage (IndexedDB) refused it; it may be full or switched off. Nothing was changed.`,
    action: 'Use Export network to keep the network as a file.',
  };
}

export function workerRestartedText(cause: string, batch: number | null): AlertText {
  return {
    title: 'The training worker stopped; a new one took over',
    detail: batch === null
      ? `${cause} A new worker was started; there was no checkpoint yet, so the run starts again.`
      : `${cause} A new worker was started and goes on from the checkpoint at batch ${formatInteger(batch)}.`,
    action: 'Nothing to do: your network and settings are unchanged. If it happens again and again, reload the page or try another backend.',
  };
}

export function savedWorkSetAsideText(keptAs: string, reason: string): AlertText {
  return {
    title: 'Your saved work could not be read',
    detail: `The network saved in this browser is damaged (${reason}). It was kept aside under “${keptAs}” in local storage, and a usable network was loaded instead.`,
    action: 'Import a network you exported, or open a link to it. Your current work saves itself again from now on.',
  };
}

function modelProblem(error: ModelFileError): string {
  switch (error.code) {
    case 'not-a-zip':
      return 'it is not a model file (not a zip, or it was cut short)';
    case 'too-large':
      return `it is too large (${formatInteger(error.bytes)} bytes)`;
    case 'missing-part':
      return `it has no ${error.part}`;
    case 'not-a-model-file':
      return 'it is a zip, but not a Neural Playground model';
    case 'newer-version':
      return `it was written by a newer version of the app (version ${error.version})`;
    case 'document-rejected':
      return `its network cannot be read: ${describeDocumentError(error.error)}`;
    case 'weights-mismatch':
      return `its weights do not fit its network (${error.detail})`;
  }
}

export function modelRejectedText(fileName: string, error: ModelFileError): AlertText {
  return {
    title: 'The model could not be loaded',
    detail: `“${fileName}”: ${modelProblem(error)}. Nothing was changed.`,
    action: 'Choose a file made with Download model.',
  };
}
