import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { datasetLabel as datasetName } from '../../i18n/catalogueText';
import { t as translate } from '../../i18n/i18n';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { useRunBlockers } from './useRunBlockers';

/** Train, Pause, Step and Reset, enabled only when they can do something. */
export function TrainingControls() {
  const service = useTrainingService();
  const trainingState = useAppStore((state) => state.trainingState);
  const workerStatus = useAppStore((state) => state.workerStatus);
  const pending = useAppStore((state) => state.pendingCommand !== null);
  const blockers = useRunBlockers();
  const { t } = useTranslation('training');
  const datasetLabel = datasetName(useAppStore((state) => state.settings.dataset));

  const ready = workerStatus === 'ready';
  const running = trainingState === 'running';
  const canRun = ready && !running && !pending && blockers.length === 0;
  const resumes = trainingState === 'paused';

  return (
    <div className="training-controls" role="group" aria-label={t('controls')}>
      <Button variant="primary" disabled={!canRun} onClick={() => void service.train()}>
        {t('train')}
      </Button>
      <Button disabled={!running} onClick={() => void service.pause()}>
        {t('pause')}
      </Button>
      <Button disabled={!canRun} onClick={() => void service.step()}>
        {t('step')}
      </Button>
      <Button disabled={!ready} onClick={() => void service.reset()}>
        {t('reset')}
      </Button>
      <p className="training-controls__hint">{controlsHint(workerStatus, running, resumes, blockers.length, datasetLabel, trainingState === 'error')}</p>
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
