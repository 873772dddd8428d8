// The saved form of a network and its settings: one versioned document that
// files, links and (later) local storage all carry, read back only through
// `restoreDocument`. A newer version adds fields (the layout of the views, a
// run-history summary, ...) with a migration from the one before it.
import type { NetworkGraph } from '../network/types';
import type { TrainingSettings } from '../training/types';

/** The `format` every document carries, so a stray JSON file is told apart from ours. */
export const DOCUMENT_FORMAT = 'neural-playground';

/** The version this app writes; older ones are migrated step by step on load. */
export const DOCUMENT_VERSION = 3;

/** Longest document text (or inflated link) read at all, in characters: about 1 MB. */
export const MAX_DOCUMENT_CHARS = 1_000_000;

/** Most layers a document may hold, far above any network a browser trains. */
export const MAX_LAYERS = 256;

/** Most wires a document may hold. */
export const MAX_WIRES = 1024;

/** Longest layer id, layer name or network name. */
export const MAX_NAME_LENGTH = 100;

/** Most axes a Reshape target shape may list. */
export const MAX_SHAPE_AXES = 8;

/** The training settings a document carries: all but the backend, which belongs to the device
 * (and to `?backend=`), not to the network. */
export type DocumentSettings = Omit<TrainingSettings, 'backend'>;

/** One saved network with the settings it trains with, in the current version. */
export interface NetworkDocument {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
  /** What the person calls the network ('' when unnamed); plain text, also the export file's name. */
  name: string;
  graph: NetworkGraph;
  settings: DocumentSettings;
}

/** Where a document came from; the app words its messages by this. */
export type DocumentSource = 'link' | 'file' | 'storage';
