import { useTranslation } from 'react-i18next';
import { Readout } from '../../components/Readout';
import { formatInteger, formatLoss, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { selectTestAccuracy, selectTrainAccuracy, selectTrainLoss, selectValAccuracy } from '../../store/selectors';

/** The numbers of the current run, each with its raw value in data-value. */
export function TrainingReadouts() {
  const epoch = useAppStore((state) => state.epoch);
  const totalEpochs = useAppStore((state) => state.settings.epochs);
  const batch = useAppStore((state) => state.batch);
  const trainLoss = useAppStore(selectTrainLoss);
  const trainAccuracy = useAppStore(selectTrainAccuracy);
  const valAccuracy = useAppStore(selectValAccuracy);
  const testAccuracy = useAppStore(selectTestAccuracy);
  const throughput = useAppStore((state) => state.throughput);
  const { t } = useTranslation('training');

  return (
    <div className="training-readouts">
      <Readout testId="metric-epoch" label={t('readouts.epoch')} value={epoch} hint={t('readouts.of', { total: formatInteger(totalEpochs) })}>
        {formatInteger(epoch)}
      </Readout>
      <Readout testId="metric-batch" label={t('readouts.batch')} value={batch}>
        {formatInteger(batch)}
      </Readout>
      <Readout testId="metric-train-loss" label={t('readouts.trainLoss')} value={trainLoss}>
        {trainLoss === null ? null : formatLoss(trainLoss)}
      </Readout>
      <Readout testId="metric-train-accuracy" label={t('readouts.trainAccuracy')} value={trainAccuracy}>
        {trainAccuracy === null ? null : formatPercent(trainAccuracy, 1)}
      </Readout>
      <Readout testId="metric-val-accuracy" label={t('readouts.valAccuracy')} value={valAccuracy}>
        {valAccuracy === null ? null : formatPercent(valAccuracy)}
      </Readout>
      <Readout testId="metric-test-accuracy" label={t('readouts.testAccuracy')} value={testAccuracy}>
        {testAccuracy === null ? null : formatPercent(testAccuracy)}
      </Readout>
      <Readout testId="metric-throughput" label={t('readouts.throughput')} value={throughput} hint={t('readouts.samplesPerSecond')}>
        {throughput === null ? null : formatInteger(throughput)}
      </Readout>
    </div>
  );
}
