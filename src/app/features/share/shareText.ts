// Every visible string of sharing and saving, in one place (for the translation layer to come).
import type { DocumentError } from '../../../core/document/errors';
import { describeDocumentError } from './documentErrorText';
import type { DocumentSource } from '../../../core/document/format';
import type { DocumentEvent } from '../../store/messages';
import type { AlertText } from '../training/describeAlert';

/** Labels of the share controls; the first three are UI-contract names. */
export const SHARE_LABELS = {
  copyLink: 'Copy link',
  exportNetwork: 'Export network',
  importNetwork: 'Import network',
  networkName: 'Network name',
  linkField: 'Link to this network',
  untitled: 'Untitled network',
  group: 'Share and save',
} as const;

/** Hints shown as the controls' titles. */
export const SHARE_HINTS = {
  copyLink: 'Copy a link that opens this network with its settings',
  exportNetwork: 'Download the network and its settings as a .json file',
  importNetwork: 'Open a .json file saved with Export network (you can also drop it onto the builder)',
  networkName: 'Also the name of the exported file',
} as const;

/** A clause as a sentence: capitalised, with a full stop. */
function sentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

const FILE_NOT_OURS = new Set(['not-json', 'not-a-document', 'too-large']);

function rejectionTitle(source: DocumentSource, error: DocumentError): string {
  if (error.code === 'newer-version') {
    return source === 'link' ? 'This link needs a newer Neural Playground' : 'This network needs a newer Neural Playground';
  }
  switch (source) {
    case 'link':
      return 'The link is damaged';
    case 'file':
      return FILE_NOT_OURS.has(error.code) ? 'This file is not a Neural Playground network' : 'This network file is damaged';
    case 'storage':
      return 'The saved network could not be read';
  }
}

const REJECTION_ACTIONS: Record<DocumentSource, string> = {
  link: 'Your network and settings are unchanged. Ask for the link again and copy all of it.',
  file: 'Your network and settings are unchanged. Choose a file saved with Export network.',
  storage: 'Your network and settings are unchanged.',
};

/** Words for a refused document: what it was, what is wrong with it, and that nothing was lost. */
export function describeRejection(source: DocumentSource, error: DocumentError, fileName?: string): AlertText {
  const problem = sentence(describeDocumentError(error));
  return {
    title: rejectionTitle(source, error),
    detail: fileName ? `“${fileName}”: ${problem}` : problem,
    action: REJECTION_ACTIONS[source],
  };
}

const FROM: Record<DocumentSource, string> = { link: 'the link', file: 'the file', storage: 'saved work' };

/** Words for news about sharing and saving (role="status"). */
export function describeDocumentEvent(event: DocumentEvent): string {
  switch (event.type) {
    case 'link-copied':
      return 'Link copied. Whoever opens it gets this network with its settings.';
    case 'link-shown':
      return 'This browser did not allow copying, so the link is shown selected under the buttons: copy it with Ctrl+C (⌘C on a Mac).';
    case 'opened': {
      const what = event.name ? `“${event.name}”` : 'the network';
      const migrated = event.migrated ? ' It was saved by an older version and has been brought up to date.' : '';
      const ignored =
        event.ignoredFields > 0
          ? ` ${event.ignoredFields} unknown ${event.ignoredFields === 1 ? 'field was' : 'fields were'} ignored.`
          : '';
      return `Opened ${what} from ${FROM[event.source]}.${migrated}${ignored} Undo brings your previous network back.`;
    }
    case 'exported':
      return `Saved the network as ${event.fileName}.`;
  }
}
