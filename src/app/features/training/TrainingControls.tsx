import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { datasetLabel as datasetName } from '../../i18n/catalogueText';
import { t as translate } from '../../i18n/i18n';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { useRunBlockers } from './useRunBlockers';

/** What the run controls can do now, and the actions themselves (buttons and shortcuts share them). */
export function useRunControls() {
  const service = useTrainingService();
  const trainingState = useAppStore((state) => state.trainingState);
  const workerStatus = useAppStore((state) => state.workerStatus);
  const pending = useAppStore((state) => state.pendingCommand !== null);
  const blockers = useRunBlockers();
  const ready = workerStatus === 'ready';
  const running = trainingState === 'running';
  return {
    service,
    workerStatus,
    blockerCount: blockers.length,
    ready,
    running,
    resumes: trainingState === 'paused',
    ended: trainingState === 'error',
    canRun: ready && !running && !pending && blockers.length === 0,
  };
}

type Pressed = 'train' | 'pause' | 'step' | null;

/** Train, Pause, Step and Reset, enabled only when they can do something. A button that
 * disables itself hands the keyboard focus on (Train to Pause, Pause to Train), so focus never falls to the page. */
export function TrainingControls() {
  const { service, workerStatus, blockerCount, ready, running, resumes, ended, canRun } = useRunControls();
  const { t } = useTranslation('training');
  const datasetLabel = datasetName(useAppStore((state) => state.settings.dataset));
  const group = useRef<HTMLDivElement>(null);
  const pressed = useRef<Pressed>(null);

  useEffect(() => {
    const lost = pressed.current;
    const root = group.current;
    if (lost === null || !root) return;
    // Chromium leaves the focus on a button that disables itself until it moves; either way it is lost.
    const active = document.activeElement;
    const focusLost = active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
    const next = running ? 'pause' : canRun ? (lost === 'step' ? 'step' : 'train') : null;
    if (next === null) return;
    pressed.current = null;
    if (focusLost) root.querySelector<HTMLButtonElement>(`[data-action="${next}"]`)?.focus();
  }, [running, canRun]);

  const onPress = (event: MouseEvent<HTMLButtonElement>) => {
    const action = event.currentTarget.dataset.action as Exclude<Pressed, null>;
    pressed.current = action;
    void (action === 'train' ? service.train() : action === 'pause' ? service.pause() : service.step());
  };

  return (
    <div ref={group} className="training-controls" role="group" aria-label={t('controls')}>
      <Button variant="primary" data-action="train" disabled={!canRun} onClick={onPress} title={t('trainTitle')}>
        {t('train')}
      </Button>
      <Button data-action="pause" disabled={!running} onClick={onPress} title={t('pauseTitle')}>
        {t('pause')}
      </Button>
      <Button data-action="step" disabled={!canRun} onClick={onPress} title={t('stepTitle')}>
        {t('step')}
      </Button>
      <Button disabled={!ready} onClick={() => void service.reset()} title={t('resetTitle')}>
        {t('reset')}
      </Button>
      <p className="training-controls__hint">{controlsHint(workerStatus, running, resumes, blockerCount, datasetLabel, ended)}</p>
    </div>
  );
}

function controlsHint(workerStatus: string, running: boolean, resumes: boolean, blockerCount: number, datasetLabel: string, failed: boolean): string {
  if (workerStatus === 'failed') return translate('training:hints.failed');
  if (workerStatus !== 'ready') return translate('training:hints.loading', { dataset: datasetLabel });
  if (blockerCount > 0) return translate('training:hints.blocked');
  if (running) return translate('training:hints.running');
  if (resumes) return translate('training:hints.paused');
  if (failed) return translate('training:hints.endedRun');
  return translate('training:hints.idle');
}
