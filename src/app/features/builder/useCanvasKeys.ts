import type { KeyboardEvent } from 'react';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { useAppStoreApi } from '../../store/appStore';
import { deleteSelectedCommand, deleteWireCommand } from './builderCommands';
import { arrowDirection, neighbourLayer } from './navigation';

interface CanvasKeysOptions {
  analysis: NetworkAnalysis;
  selectedWire: string | null;
  clearSelectedWire: () => void;
  focusLayer: (nodeId: string) => void;
  openProperties: () => void;
  /** The layer a keyboard wire starts from (W), or null. */
  wireFrom: string | null;
  setWireFrom: (nodeId: string | null) => void;
  connectLayers: (source: string, target: string) => boolean;
}

/** The canvas keyboard: arrows move the selection along the graph, Enter opens the properties,
 * Space selects, W on one layer then W on another wires them, Delete removes the selected wire
 * or layer, Escape cancels a wire or clears the selection. */
export function useCanvasKeys({ analysis, selectedWire, clearSelectedWire, focusLayer, openProperties, wireFrom, setWireFrom, connectLayers }: CanvasKeysOptions) {
  const store = useAppStoreApi();
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, button')) return;
    const { graph, selectedNodeId, selectNode } = store.getState();
    const focusedId = target.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
    const direction = arrowDirection(event.key);
    if (direction !== null) {
      event.preventDefault();
      const next = neighbourLayer(graph, analysis.order, focusedId ?? selectedNodeId, direction);
      if (next !== null) {
        selectNode(next);
        focusLayer(next);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && focusedId !== null) {
      event.preventDefault();
      selectNode(focusedId);
      if (event.key === 'Enter') openProperties();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (selectedWire !== null) {
        deleteWireCommand(store, selectedWire);
        clearSelectedWire();
        return;
      }
      const next = deleteSelectedCommand(store);
      if (next !== null) focusLayer(next);
    } else if ((event.key === 'w' || event.key === 'W') && focusedId !== null && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (wireFrom === null || wireFrom === focusedId) setWireFrom(wireFrom === null ? focusedId : null);
      else {
        connectLayers(wireFrom, focusedId);
        setWireFrom(null);
      }
    } else if (event.key === 'Escape') {
      if (wireFrom !== null) {
        setWireFrom(null);
        return;
      }
      selectNode(null);
      clearSelectedWire();
    }
  };
}
