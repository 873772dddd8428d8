import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { autoLayoutCommand, deleteSelectedCommand } from './builderCommands';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

/** Undo, Redo and Delete layer: the edits that are not about one place on the canvas; then
 * Auto layout and Fit view, which frame the network again (`onFit`). */
export function BuilderToolbar({ onFit }: { onFit: () => void }) {
  const { t } = useTranslation('builder');
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
      <Button variant="quiet" disabled={!canUndo} onClick={undo} title={t('undoTitle', { mod: MOD })}>
        {t('undo')}
      </Button>
      <Button variant="quiet" disabled={!canRedo} onClick={redo} title={t('redoTitle', { mod: MOD })}>
        {t('redo')}
      </Button>
      <span className="builder-toolbar__divider" aria-hidden="true" />
      <Button
        variant="quiet"
        disabled={!deletable}
        onClick={() => deleteSelectedCommand(store)}
        title={t('deleteTitle')}
      >
        {t('deleteLayer')}
      </Button>
      <span className="builder-toolbar__divider" aria-hidden="true" />
      <Button
        variant="quiet"
        title={t('canvas.autoLayoutTitle')}
        onClick={() => {
          autoLayoutCommand(store);
          onFit();
        }}
      >
        {t('canvas.autoLayout')}
      </Button>
      <Button variant="quiet" title={t('canvas.fitViewTitle')} onClick={onFit}>
        {t('canvas.fitView')}
      </Button>
    </div>
  );
}
