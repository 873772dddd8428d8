import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './features/language/LanguageSelect';
import { TrainingCharts } from './features/charts/TrainingCharts';
import { RunHistory } from './features/runs/RunHistory';
import { NetworkSummary } from './features/network/NetworkSummary';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { ShareControls } from './features/share/ShareControls';
import { AlertRegion, StatusRegion } from './features/training/MessageRegions';
import { TrainingPanel } from './features/training/TrainingPanel';
import { DrawDigit, EvaluationPanel, FormulasPanel, LookInside, NetworkBuilder, PredictionGrid, StepThroughPanel } from './lazyViews';
import './styles/layout.css';

/** The whole page: settings on the left; on the right the run and its curves first (what a class
 * watches), then the network builder, then every view of what the network learned. */
export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__title">{t('title')}</h1>
          <p className="app-header__tagline">{t('tagline')}</p>
        </div>
        <ShareControls />
        <LanguageSelect />
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
          <Suspense fallback={<p className="app-main__loading">{t('loadingViews')}</p>}>
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
