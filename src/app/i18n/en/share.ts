// English words of sharing and saving: the share controls, refused documents, news.
import type { DocumentSource } from '../../../core/document/format';

/** Labels of the share controls; the first three are UI-contract names. */
export const shareLabels = {
  copyLink: 'Copy link',
  exportNetwork: 'Export network',
  importNetwork: 'Import network',
  networkName: 'Network name',
  linkField: 'Link to this network',
  untitled: 'Untitled network',
  group: 'Share and save',
};

/** Hints shown as the controls' titles. */
export const shareHints = {
  copyLink: 'Copy a link that opens this network with its settings',
  exportNetwork: 'Download the network and its settings as a .json file',
  importNetwork: 'Open a .json file saved with Export network (you can also drop it onto the builder)',
  networkName: 'Also the name of the exported file',
};

/** Alerts and notices of sharing and saving. */
export const share = {
  newerLink: 'This link needs a newer Neural Playground',
  newerNetwork: 'This network needs a newer Neural Playground',
  damagedLink: 'The link is damaged',
  notOurs: 'This file is not a Neural Playground network',
  damagedFile: 'This network file is damaged',
  unreadableStorage: 'The saved network could not be read',
  actions: {
    link: 'Your network and settings are unchanged. Ask for the link again and copy all of it.',
    file: 'Your network and settings are unchanged. Choose a file saved with Export network.',
    storage: 'Your network and settings are unchanged.',
  } satisfies Record<DocumentSource, string>,
  inFile: '“{{file}}”: {{problem}}',
  from: { link: 'the link', file: 'the file', storage: 'saved work' } satisfies Record<DocumentSource, string>,
  copied: 'Link copied. Whoever opens it gets this network with its settings.',
  shown: 'This browser did not allow copying, so the link is shown selected under the buttons: copy it with Ctrl+C (⌘C on a Mac).',
  named: '“{{name}}”',
  theNetwork: 'the network',
  migrated: ' It was saved by an older version and has been brought up to date.',
  ignored_one: ' {{n}} unknown field was ignored.',
  ignored_other: ' {{n}} unknown fields were ignored.',
  opened: 'Opened {{what}} from {{from}}.{{migrated}}{{ignored}} Undo brings your previous network back.',
  exported: 'Saved the network as {{file}}.',
};
