import { Suspense, useCallback, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveView as View } from './components/LiveView';
import { PanelFolding } from './components/Panel';
import { LanguageSelect } from './features/language/LanguageSelect';
import { TrainingCharts } from './features/charts/TrainingCharts';
import { useLiveInspect } from './features/inspect/useLiveInspect';
import { RunHistory } from './features/runs/RunHistory';
import { NetworkSummary } from './features/network/NetworkSummary';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { ShareControls } from './features/share/ShareControls';
import { AlertRegion, StatusRegion } from './features/training/MessageRegions';
import { TrainingPanel } from './features/training/TrainingPanel';
import { ClassroomControls } from './features/workspace/ClassroomControls';
import { PageFlagsProvider, usePageFlags } from './features/workspace/PageFlagsContext';
import type { HideablePanel } from './features/workspace/pageFlags';
import { SectionNav } from './features/workspace/SectionNav';
import { ShortcutsDialog } from './features/workspace/ShortcutsDialog';
import { useShortcuts } from './features/workspace/useShortcuts';
import { DrawDigit, EvaluationPanel, FormulasPanel, LookInside, NetworkBuilder, PredictionGrid, StepThroughPanel } from './lazyViews';
import './styles/layout.css';

/** The whole page, flags read from the address. */
export function App() {
  return (
    <PageFlagsProvider>
      <Page />
    </PageFlagsProvider>
  );
}

/** Skip link: straight to Train (or, while it is disabled, to the run's region). */
function skipToTraining(event: MouseEvent<HTMLAnchorElement>): void {
  const train = document.querySelector<HTMLButtonElement>('[data-action="train"]:not(:disabled), [data-action="pause"]:not(:disabled)');
  const target = train ?? document.getElementById('training');
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** The first screen is the workspace (settings, the network, the run and its curves); the
 * learning views follow below it, reached by scrolling or the section navigation. */
function Page() {
  const { hidden, present } = usePageFlags();
  const { t } = useTranslation(['common', 'workspace']);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useShortcuts(openShortcuts);
  useLiveInspect();
  const shown = (panel: HideablePanel) => !hidden.has(panel);
  const classes = ['app', present ? 'app--present' : '', shown('settings') ? '' : 'app--no-settings', shown('builder') ? '' : 'app--no-builder']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes}>
      <a className="skip-link" href="#training" onClick={skipToTraining}>
        {t('workspace:skipToTraining')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__title">{t('title')}</h1>
          <p className="app-header__tagline">{t('tagline')}</p>
        </div>
        <SectionNav />
        <ClassroomControls onShowShortcuts={openShortcuts} />
        <ShareControls />
        <LanguageSelect />
      </header>
      <main className="app-main">
        <div id="workspace" className="workspace" tabIndex={-1}>
          {shown('settings') ? <SettingsPanel /> : null}
          {shown('builder') ? (
            <div className="workspace__builder">
              <Suspense fallback={<p className="workspace__loading">{t('workspace:loadingBuilder')}</p>}>
                <NetworkBuilder />
              </Suspense>
            </div>
          ) : null}
          <div id="training" className="workspace__run" tabIndex={-1}>
            <TrainingPanel />
            {/* A fixed height keeps the page still when messages come; a long list scrolls, so the keyboard can reach it. */}
            <div className="messages" role="region" aria-label={t('workspace:messages')} tabIndex={0}>
              <AlertRegion />
              <StatusRegion />
            </div>
            <TrainingCharts />
          </div>
        </div>
        <PanelFolding foldable={present}>
          <Suspense fallback={<p className="workspace__loading">{t('workspace:loadingViews')}</p>}>
            <div className="views">
              {shown('runs') ? (
                <View id="runs">
                  <RunHistory />
                </View>
              ) : null}
              <View id="network">
                <NetworkSummary />
              </View>
              {shown('formulas') ? (
                <View id="formulas">
                  <FormulasPanel />
                </View>
              ) : null}
              {shown('predictions') ? (
                <View id="predictions">
                  <PredictionGrid />
                </View>
              ) : null}
              {shown('evaluation') ? (
                <View id="evaluation">
                  <EvaluationPanel />
                </View>
              ) : null}
              {shown('drawing') ? (
                <View id="drawing">
                  <DrawDigit />
                </View>
              ) : null}
              {shown('inspect') ? (
                <View id="inspect">
                  <LookInside />
                </View>
              ) : null}
              <View id="step-through">
                <StepThroughPanel />
              </View>
            </div>
          </Suspense>
        </PanelFolding>
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
