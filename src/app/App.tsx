import { TrainingCharts } from './features/charts/TrainingCharts';
import { NetworkSummary } from './features/network/NetworkSummary';
import { UpcomingSections } from './features/placeholders/UpcomingSections';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { AlertRegion, StatusRegion } from './features/training/MessageRegions';
import { TrainingPanel } from './features/training/TrainingPanel';
import './styles/layout.css';

/** The whole page: settings on the left, the run and what it shows on the right. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__title">Neural Playground</h1>
          <p className="app-header__tagline">Build a network, train it on real handwritten digits, watch it learn.</p>
        </div>
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
          <NetworkSummary />
          <UpcomingSections />
        </main>
      </div>
    </div>
  );
}
