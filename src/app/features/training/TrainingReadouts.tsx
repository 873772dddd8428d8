import { useTranslation } from 'react-i18next';
import { Readout } from '../../components/Readout';
import { formatInteger, formatLoss, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { selectTestAccuracy, selectTrainAccuracy, selectTrainLoss, selectTrainMeanAccuracy, selectTrainMeanLoss, selectValAccuracy } from '../../store/selectors';
import { useNextLearningRate } from '../controls/useNextLearningRate';

/** A learning rate as people write it: 0.001, 2.5e-5. */
function formatLearningRate(rate: number): string {
  return rate !== 0 && Math.abs(rate) < 1e-3 ? rate.toExponential(2) : String(Number(rate.toPrecision(4)));
}

/** The numbers of the current run, each with its raw value in data-value. */
export function TrainingReadouts() {
  const epoch = useAppStore((state) => state.epoch);
  const totalEpochs = useAppStore((state) => state.settings.epochs);
  const batch = useAppStore((state) => state.batch);
  const trainLoss = useAppStore(selectTrainMeanLoss);
  const trainAccuracy = useAppStore(selectTrainMeanAccuracy);
  const lastLoss = useAppStore(selectTrainLoss);
  const lastAccuracy = useAppStore(selectTrainAccuracy);
  const learningRate = useNextLearningRate();
  const valAccuracy = useAppStore(selectValAccuracy);
  const testAccuracy = useAppStore(selectTestAccuracy);
  const throughput = useAppStore((state) => state.throughput);
  const { t } = useTranslation(['training', 'controls']);
  // While an epoch is under way, it is the one shown ("1 of 1"); data-value stays the epochs completed.
  const shownEpoch = batch > 0 && epoch < totalEpochs ? epoch + 1 : epoch;

  return (
    <div className="training-readouts">
      <Readout testId="metric-epoch" label={t('readouts.epoch')} value={epoch} hint={t('readouts.of', { total: formatInteger(totalEpochs) })}>
        {formatInteger(shownEpoch)}
      </Readout>
      <Readout testId="metric-batch" label={t('readouts.batch')} value={batch}>
        {formatInteger(batch)}
      </Readout>
      <Readout testId="metric-train-loss" label={t('readouts.trainLoss')} value={trainLoss} title={lastLoss === null ? undefined : t('controls:lastBatch', { value: formatLoss(lastLoss) })}>
        {trainLoss === null ? null : formatLoss(trainLoss)}
      </Readout>
      <Readout testId="metric-train-accuracy" label={t('readouts.trainAccuracy')} value={trainAccuracy} title={lastAccuracy === null ? undefined : t('controls:lastBatch', { value: formatPercent(lastAccuracy, 1) })}>
        {trainAccuracy === null ? null : formatPercent(trainAccuracy, 1)}
      </Readout>
      <Readout testId="metric-val-accuracy" label={t('readouts.valAccuracy')} value={valAccuracy}>
        {valAccuracy === null ? null : formatPercent(valAccuracy)}
      </Readout>
      <Readout testId="metric-test-accuracy" label={t('readouts.testAccuracy')} value={testAccuracy}>
        {testAccuracy === null ? null : formatPercent(testAccuracy)}
      </Readout>
      <Readout testId="metric-learning-rate" label={t('readouts.learningRate')} value={learningRate} title={t('readouts.learningRateHint')}>
        {formatLearningRate(learningRate)}
      </Readout>
      <Readout testId="metric-throughput" label={t('readouts.throughput')} value={throughput} title={t('readouts.throughputHint')}>
        {throughput === null ? null : formatInteger(throughput)}
      </Readout>
    </div>
  );
}
