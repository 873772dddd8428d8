import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepThroughResult, StepWeightUpdate, WeightPick } from '../../../worker/protocol';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { useClassNames } from '../datasets/useDataset';
import { useRunBlockers } from '../training/useRunBlockers';
import { BackwardStage, BatchImages, ForwardStage, LossStage } from './StageViews';
import { UpdateStage } from './UpdateStage';
import { STAGES, sourceText, stageHeading } from './stepThroughText';
import './stepThrough.css';

/** Images in the step-through's batch. */
const BATCH = 4;

/** One training step on four training images, stage by stage, advanced with Next; on a copy of the network. */
export function StepThroughPanel() {
  const service = useTrainingService();
  const ready = useAppStore((state) => state.workerStatus === 'ready');
  const running = useAppStore((state) => state.trainingState === 'running');
  const samples = useAppStore((state) => state.settings.trainingSamples);
  const blocked = useRunBlockers().length > 0;
  const names = useClassNames();
  const [result, setResult] = useState<StepThroughResult | null>(null);
  const [update, setUpdate] = useState<StepWeightUpdate | null>(null);
  const [stage, setStage] = useState(0);
  const [pending, setPending] = useState(false);
  const [first, setFirst] = useState(0);
  const { t } = useTranslation('stepThrough');

  async function start(from: number): Promise<void> {
    setPending(true);
    const images = Array.from({ length: BATCH }, (_, k) => from + k);
    const next = await service.stepThrough.start(images, { tensor: 0, index: null });
    setPending(false);
    if (!next) return;
    setFirst(from);
    setResult(next);
    setUpdate(next.update);
    setStage(0);
  }

  async function pick(choice: WeightPick): Promise<void> {
    const next = await service.stepThrough.weight(choice);
    if (next) setUpdate(next);
  }

  const canStart = ready && !running && !pending && !blocked;
  const last = stage === STAGES.length - 1;

  return (
    <Panel title={t('title')} aside={result ? stageHeading(stage) : undefined}>
      <div data-testid="step-through" data-value={result ? STAGES[stage] : ''} className="step-through">
        <p className="step-note">{t('intro')}</p>
        <p className="step-note">{t('copy')}</p>
        <div className="step-toolbar">
          <Button variant="primary" disabled={!canStart} onClick={() => void start(first)}>{t('start')}</Button>
          <Button disabled={!result || last || pending} onClick={() => setStage((s) => Math.min(s + 1, STAGES.length - 1))}>{t('next')}</Button>
          <Button disabled={!canStart || !result} onClick={() => void start(first + BATCH + BATCH <= samples ? first + BATCH : 0)}>{t('otherImages')}</Button>
          {pending ? <span className="step-note">{t('pending')}</span> : null}
        </div>
        {running ? <p className="step-note">{t('running')}</p> : null}
        {result ? (
          <>
            <p className="step-note">{sourceText(result)}</p>
            <BatchImages result={result} names={names} />
            <h3 className="step-stage">{stageHeading(stage)}</h3>
            {stage === 0 ? <ForwardStage result={result} /> : null}
            {stage === 1 ? <LossStage result={result} names={names} /> : null}
            {stage === 2 ? <BackwardStage result={result} /> : null}
            {stage === 3 && update ? <UpdateStage result={result} update={update} onPick={(choice) => void pick(choice)} /> : null}
            {last ? <p className="step-note">{t('lastStage')}</p> : null}
          </>
        ) : null}
      </div>
    </Panel>
  );
}
