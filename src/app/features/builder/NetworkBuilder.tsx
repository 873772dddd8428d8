import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store/appStore';
import { useNetworkAnalysis } from '../network/useNetworkAnalysis';
import { documentDropHandlers } from '../share/documentDrop';
import { BuilderCanvas } from './BuilderCanvas';
import { addLayerCommand } from './builderCommands';
import { BuilderToolbar } from './BuilderToolbar';
import { KerasPanel } from '../keras/KerasPanel';
import { IssueList } from './IssueList';
import { LayerPalette } from './LayerPalette';
import { LiveLegend } from './LiveLegend';
import { NetworkTotals } from './NetworkTotals';
import { PropertiesPanel } from './PropertiesPanel';
import { useUndoShortcuts } from './useUndoShortcuts';
import './builder.css';

/** The visual network builder: the palette above the canvas; the selected layer's properties, the
 * network's totals and problems underneath, then Keras code. Every edit goes through the store, so Undo covers all of them. */
export function NetworkBuilder() {
  const store = useAppStoreApi();
  const analysis = useNetworkAnalysis();
  const propertiesHeading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation('builder');
  const [fitRequest, setFitRequest] = useState(0);
  const fit = useCallback(() => setFitRequest((n) => n + 1), []);
  useUndoShortcuts(store);

  const openProperties = useCallback(() => {
    const heading = propertiesHeading.current;
    const firstField = heading?.parentElement?.querySelector<HTMLElement>('input, select');
    (firstField ?? heading)?.focus();
  }, []);

  return (
    <section className="builder" aria-labelledby="builder-title" {...documentDropHandlers(store)}>
      <ReactFlowProvider>
        <div className="builder__stage">
        <header className="builder__header">
          <h2 id="builder-title" className="builder__title">
            {t('title')}
          </h2>
          <BuilderToolbar onFit={fit} />
        </header>
        <LayerPalette onAdd={(type) => (addLayerCommand(store, type) ? fit() : undefined)} />
        <BuilderCanvas analysis={analysis} onOpenProperties={openProperties} fitRequest={fitRequest} />
          <LiveLegend />
        </div>
        <div className="builder__details">
          <PropertiesPanel analysis={analysis} headingRef={propertiesHeading} />
          <div className="builder__checks">
            <NetworkTotals analysis={analysis} />
            <IssueList analysis={analysis} />
          </div>
        </div>
        <footer className="builder__footer">
          <KerasPanel />
        </footer>
      </ReactFlowProvider>
    </section>
  );
}
