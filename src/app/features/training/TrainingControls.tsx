import { useEffect, useRef, type MouseEvent } from 'react';
import { Button } from '../../components/Button';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { DATASETS } from '../../../core/data/datasets';
import { ENDED_RUN_HINT } from './faultText';
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
  const datasetLabel = useAppStore((state) => DATASETS[state.settings.dataset].label);
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
    <div ref={group} className="training-controls" role="group" aria-label="Training controls">
      <Button variant="primary" data-action="train" disabled={!canRun} onClick={onPress} title="Train all epochs, or go on after Pause (Space)">
        Train
      </Button>
      <Button data-action="pause" disabled={!running} onClick={onPress} title="Pause after the current batch (Space)">
        Pause
      </Button>
      <Button data-action="step" disabled={!canRun} onClick={onPress} title="Train exactly one batch (S)">
        Step
      </Button>
      <Button disabled={!ready} onClick={() => void service.reset()} title="Stop, start the weights afresh and clear the run">
        Reset
      </Button>
      <p className="training-controls__hint">{controlsHint(workerStatus, running, resumes, blockerCount, datasetLabel, ended)}</p>
    </div>
  );
}

function controlsHint(workerStatus: string, running: boolean, resumes: boolean, blockerCount: number, datasetLabel: string, failed: boolean): string {
  if (workerStatus === 'failed') return 'Training is unavailable; see the message below.';
  if (workerStatus !== 'ready') return `Loading ${datasetLabel}… Train becomes available when the data is ready.`;
  if (blockerCount > 0) return 'Fix the problems listed below to train.';
  if (running) return 'Training… Pause stops after the current batch.';
  if (resumes) return 'Paused. Train continues the same run; Step trains one batch.';
  if (failed) return ENDED_RUN_HINT;
  return 'Train runs all epochs; Step trains one batch.';
}
