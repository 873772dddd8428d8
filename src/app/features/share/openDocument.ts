// Opening a document in the app: every way in (link, file, drop) ends here,
// after restoreDocument. A good document replaces network and settings at
// once; a bad one raises an alert and leaves everything as it was.
import { createDocument } from '../../../core/document/create';
import type { DocumentSource, NetworkDocument } from '../../../core/document/format';
import type { RestoreResult } from '../../../core/document/restore';
import type { AppStore } from '../../store/appStore';
import type { Store } from '../../store/storeTypes';
import { autoLayout } from '../builder/autoLayout';

/** The document of what is on screen: the network, its settings and its name. */
export function currentDocument(state: Pick<Store, 'graph' | 'settings' | 'networkName'>): NetworkDocument {
  return createDocument(state.graph, state.settings, state.networkName);
}

/** Loads a restored document, or raises an alert naming its problem. True when it loaded. */
export function openRestored(store: AppStore, result: RestoreResult, source: DocumentSource, fileName?: string): boolean {
  const state = store.getState();
  if (!result.ok) {
    state.reportAlert({ kind: 'document-rejected', source, error: result.error, ...(fileName ? { fileName } : {}) });
    return false;
  }
  const { document, warnings } = result;
  const laidOut = warnings.some((w) => w.code === 'layout-filled') ? { ...document, graph: autoLayout(document.graph) } : document;
  state.loadDocument(laidOut);
  state.reportNotice({
    kind: 'document',
    event: {
      type: 'opened',
      source,
      name: document.name,
      ignoredFields: warnings.filter((w) => w.code === 'unknown-field-ignored').length,
      migrated: warnings.some((w) => w.code === 'migrated'),
    },
  });
  return true;
}
