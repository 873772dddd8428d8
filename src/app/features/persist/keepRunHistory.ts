// The run history survives a reload: kept in IndexedDB whenever it changes,
// and brought back on start (before any new run is added to it).
import type { AppStore } from '../../store/appStore';
import { keepRunHistory, keptRunHistory } from '../../services/savedWork';

/** Brings back the kept run history, then keeps it as it changes; returns how to stop. */
export function keepRunHistoryOf(store: AppStore): () => void {
  let restored = false;
  void keptRunHistory().then((kept) => {
    const state = store.getState();
    if (kept && state.runHistory.length === 0 && Array.isArray(kept.runHistory)) {
      store.setState({ runHistory: kept.runHistory, currentRunId: Math.max(state.currentRunId, kept.currentRunId) });
    }
    restored = true;
  });
  return store.subscribe((state, previous) => {
    if (restored && state.runHistory !== previous.runHistory) {
      void keepRunHistory({ runHistory: state.runHistory, currentRunId: state.currentRunId });
    }
  });
}
