import { Suspense } from 'react';
import { TrainingCharts } from './features/charts/TrainingCharts';
import { RunHistory } from './features/runs/RunHistory';
import { NetworkSummary } from './features/network/NetworkSummary';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { ShareControls } from './features/share/ShareControls';
import { ModelControls } from './features/persist/ModelControls';
import { AlertRegion, StatusRegion } from './features/training/MessageRegions';
import { TrainingPanel } from './features/training/TrainingPanel';
import { DrawDigit, EvaluationPanel, FormulasPanel, LookInside, NetworkBuilder, PredictionGrid, StepThroughPanel } from './lazyViews';
import './styles/layout.css';

/** The whole page: settings on the left; on the right the run and its curves first (what a class
 * watches), then the network builder, then every view of what the network learned. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__title">Neural Playground</h1>
          <p className="app-header__tagline">Build a network, train it on real handwritten digits or photos of clothes, watch it learn.</p>
        </div>
        <ShareControls />
        <ModelControls />
      </header>
      <div className="app-body">
        <SettingsPanel />
        <main className="app-main">
          <TrainingPanel />
          <div className="messages">
            <AlertRegion />
            <StatusRegion />
          </div>
          <TrainingCharts />
          <Suspense fallback={<p className="app-main__loading">Loading the network builder and learning views…</p>}>
            <NetworkBuilder />
            <RunHistory />
            <NetworkSummary />
            <FormulasPanel />
            <PredictionGrid />
            <EvaluationPanel />
            <DrawDigit />
            <LookInside />
            <StepThroughPanel />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
