import { Button } from '../../components/Button';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { DATASETS } from '../../../core/data/datasets';
import { ENDED_RUN_HINT } from './faultText';
import { useRunBlockers } from './useRunBlockers';

/** Train, Pause, Step and Reset, enabled only when they can do something. */
export function TrainingControls() {
  const service = useTrainingService();
  const trainingState = useAppStore((state) => state.trainingState);
  const workerStatus = useAppStore((state) => state.workerStatus);
  const pending = useAppStore((state) => state.pendingCommand !== null);
  const blockers = useRunBlockers();
  const datasetLabel = useAppStore((state) => DATASETS[state.settings.dataset].label);

  const ready = workerStatus === 'ready';
  const running = trainingState === 'running';
  const canRun = ready && !running && !pending && blockers.length === 0;
  const resumes = trainingState === 'paused';

  return (
    <div className="training-controls" role="group" aria-label="Training controls">
      <Button variant="primary" disabled={!canRun} onClick={() => void service.train()}>
        Train
      </Button>
      <Button disabled={!running} onClick={() => void service.pause()}>
        Pause
      </Button>
      <Button disabled={!canRun} onClick={() => void service.step()}>
        Step
      </Button>
      <Button disabled={!ready} onClick={() => void service.reset()}>
        Reset
      </Button>
      <p className="training-controls__hint">{controlsHint(workerStatus, running, resumes, blockers.length, datasetLabel, trainingState === 'error')}</p>
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
