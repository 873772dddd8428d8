// Facts derived from the one place each is kept: test metrics from the latest
// evaluation, training metrics from the curve, validation from the epoch
// points, and the network analysis from the graph (memoized on the graph object).
import { networkAnalysis, type NetworkAnalysis } from '../../core/network/analyze';
import type { BatchCurve } from './curves';
import type { EvaluationView } from './learningData';
import type { Store } from './storeTypes';

/** The latest value of a curve field: null before the first batch, NaN when that batch's value was not finite. */
function latestOf(curve: BatchCurve, key: 'loss' | 'accuracy' | 'meanLoss' | 'meanAccuracy'): number | null {
  const latest = curve.latest;
  return latest === null ? null : (latest[key] ?? Number.NaN);
}

/** Training loss as Keras's progress bar shows it: the running mean over the current epoch. */
export const selectTrainMeanLoss = (state: Pick<Store, 'batchCurve'>): number | null => latestOf(state.batchCurve, 'meanLoss');

/** Training accuracy, 0..1, as the running mean over the current epoch. */
export const selectTrainMeanAccuracy = (state: Pick<Store, 'batchCurve'>): number | null => latestOf(state.batchCurve, 'meanAccuracy');

/** Loss of the latest reported training batch. */
export const selectTrainLoss = (state: Pick<Store, 'batchCurve'>): number | null => latestOf(state.batchCurve, 'loss');

/** Fraction 0..1 of the latest training batch classified right. */
export const selectTrainAccuracy = (state: Pick<Store, 'batchCurve'>): number | null => latestOf(state.batchCurve, 'accuracy');

/** Validation accuracy at the latest epoch end. */
export const selectValAccuracy = (state: Pick<Store, 'epochPoints'>): number | null => state.epochPoints.at(-1)?.valAccuracy ?? null;

/** Accuracy on the full test set at the latest evaluation of this run. */
export const selectTestAccuracy = (state: { evaluation: EvaluationView | null }): number | null => state.evaluation?.testAccuracy ?? null;

/** Shapes, parameter counts and issues of the current network: computed once per graph and loss, shared by every view. */
export const selectAnalysis = (state: Pick<Store, 'graph' | 'settings'>): NetworkAnalysis => networkAnalysis(state.graph, state.settings.loss);
