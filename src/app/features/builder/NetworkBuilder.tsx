import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useAppStoreApi } from '../../store/appStore';
import { useNetworkAnalysis } from '../network/useNetworkAnalysis';
import { documentDropHandlers } from '../share/documentDrop';
import { BuilderCanvas } from './BuilderCanvas';
import { addLayerCommand } from './builderCommands';
import { BuilderToolbar } from './BuilderToolbar';
import { KerasPanel } from '../keras/KerasPanel';
import { IssueList } from './IssueList';
import { LayerPalette } from './LayerPalette';
import { NetworkTotals } from './NetworkTotals';
import { PropertiesPanel } from './PropertiesPanel';
import { useUndoShortcuts } from './useUndoShortcuts';
import './builder.css';

/** The visual network builder: palette, canvas and properties, with the network's totals
 * and problems underneath. Every edit goes through the store, so Undo covers all of them. */
export function NetworkBuilder() {
  const store = useAppStoreApi();
  const analysis = useNetworkAnalysis();
  const propertiesHeading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation('builder');
  useUndoShortcuts(store);

  const openProperties = useCallback(() => {
    const heading = propertiesHeading.current;
    const firstField = heading?.parentElement?.querySelector<HTMLElement>('input, select');
    (firstField ?? heading)?.focus();
  }, []);

  return (
    <section className="builder" aria-labelledby="builder-title" {...documentDropHandlers(store)}>
      <ReactFlowProvider>
        <header className="builder__header">
          <h2 id="builder-title" className="builder__title">
            {t('title')}
          </h2>
          <BuilderToolbar />
        </header>
        <div className="builder__body">
          <LayerPalette onAdd={(type) => addLayerCommand(store, type)} />
          <BuilderCanvas analysis={analysis} onOpenProperties={openProperties} />
          <PropertiesPanel analysis={analysis} headingRef={propertiesHeading} />
        </div>
        <footer className="builder__footer">
          <NetworkTotals analysis={analysis} />
          <IssueList analysis={analysis} />
          <KerasPanel />
        </footer>
      </ReactFlowProvider>
    </section>
  );
}
