import { Button } from '../../components/Button';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { autoLayoutCommand, deleteSelectedCommand } from './builderCommands';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

/** Undo, Redo and Delete layer: the edits that are not about one place on the canvas; then
 * Auto layout and Fit view, which frame the network again (`onFit`). */
export function BuilderToolbar({ onFit }: { onFit: () => void }) {
  const store = useAppStoreApi();
  const canUndo = useAppStore((state) => state.undoStack.length > 0);
  const canRedo = useAppStore((state) => state.redoStack.length > 0);
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);
  const deletable = useAppStore((state) =>
    state.graph.nodes.some((node) => node.id === state.selectedNodeId && node.type !== 'input'),
  );

  return (
    <div className="builder-toolbar">
      <Button variant="quiet" disabled={!canUndo} onClick={undo} title={`Undo the last change (${MOD}Z)`}>
        Undo
      </Button>
      <Button variant="quiet" disabled={!canRedo} onClick={redo} title={`Redo (${MOD}Shift+Z)`}>
        Redo
      </Button>
      <span className="builder-toolbar__divider" aria-hidden="true" />
      <Button
        variant="quiet"
        disabled={!deletable}
        onClick={() => deleteSelectedCommand(store)}
        title="Delete the selected layer and join its input to its outputs (Delete)"
      >
        Delete layer
      </Button>
      <span className="builder-toolbar__divider" aria-hidden="true" />
      <Button
        variant="quiet"
        title="Arrange the layers by depth, top to bottom, in columns side by side"
        onClick={() => {
          autoLayoutCommand(store);
          onFit();
        }}
      >
        Auto layout
      </Button>
      <Button variant="quiet" title="Show the whole network as large as it fits" onClick={onFit}>
        Fit view
      </Button>
    </div>
  );
}
