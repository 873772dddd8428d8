import { Readout } from '../../components/Readout';
import { formatInteger, formatLoss, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { selectTestAccuracy, selectTrainAccuracy, selectTrainLoss, selectTrainMeanAccuracy, selectTrainMeanLoss, selectValAccuracy } from '../../store/selectors';
import { CONTROLS_TEXT } from '../controls/controlsText';
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
  // While an epoch is under way, it is the one shown ("1 of 1"); data-value stays the epochs completed.
  const shownEpoch = batch > 0 && epoch < totalEpochs ? epoch + 1 : epoch;

  return (
    <div className="training-readouts">
      <Readout testId="metric-epoch" label="Epoch" value={epoch} hint={`of ${formatInteger(totalEpochs)}`}>
        {formatInteger(shownEpoch)}
      </Readout>
      <Readout testId="metric-batch" label="Batch" value={batch}>
        {formatInteger(batch)}
      </Readout>
      <Readout testId="metric-train-loss" label="Train loss" value={trainLoss} title={lastLoss === null ? undefined : CONTROLS_TEXT.lastBatch(formatLoss(lastLoss))}>
        {trainLoss === null ? null : formatLoss(trainLoss)}
      </Readout>
      <Readout testId="metric-train-accuracy" label="Train acc." value={trainAccuracy} title={lastAccuracy === null ? undefined : CONTROLS_TEXT.lastBatch(formatPercent(lastAccuracy, 1))}>
        {trainAccuracy === null ? null : formatPercent(trainAccuracy, 1)}
      </Readout>
      <Readout testId="metric-val-accuracy" label="Val acc." value={valAccuracy}>
        {valAccuracy === null ? null : formatPercent(valAccuracy)}
      </Readout>
      <Readout testId="metric-test-accuracy" label="Test acc." value={testAccuracy}>
        {testAccuracy === null ? null : formatPercent(testAccuracy)}
      </Readout>
      <Readout testId="metric-learning-rate" label={CONTROLS_TEXT.learningRateReadout} value={learningRate} title={CONTROLS_TEXT.learningRateReadoutHint}>
        {formatLearningRate(learningRate)}
      </Readout>
      <Readout testId="metric-throughput" label="Images/s" value={throughput} title="Training images per second, averaged over the last batches">
        {throughput === null ? null : formatInteger(throughput)}
      </Readout>
    </div>
  );
}
