import type { DatasetId } from '../../core/data/datasets';
import type {
  Evaluation,
  GradientNorms,
  InspectResult,
  LivePrediction,
  PredictResult,
  WeightsResult,
} from '../../worker/protocol';
import { emptySeries, type BoundedSeries } from './boundedSeries';

/** The whole test split's labels and pixels, fetched once per data set in chunks; `loaded` images are filled in, in index order. */
export interface TestSetCache {
  /** The data set these images belong to. */
  dataset: DatasetId;
  count: number;
  loaded: number;
  labels: Uint8Array;
  /** count x 784 bytes, 0..255, row-major 28 x 28. */
  pixels: Uint8Array;
}

/** The latest live prediction grid. */
export interface LiveGrid {
  batch: number;
  epoch: number;
  predictions: LivePrediction[];
}

/** The latest full test-set evaluation, with everything the evaluation views show: the one place test metrics are kept. */
export type EvaluationView = Evaluation;

/** A confusion-matrix cell: true class (row) and predicted class (column). */
export interface MatrixCell {
  actual: number;
  predicted: number;
}

/** Where a request for the current model stands: none yet, waiting, or why it failed. */
export type ModelRequestStatus = 'idle' | 'pending' | 'ready' | 'no-model' | 'failed';

/** The drawing canvas' state: the 28 x 28 input the network sees and its answer. */
export interface DrawingState {
  /** 784 values in [0, 1], or null when the canvas is blank. */
  input: Float32Array | null;
  prediction: PredictResult | null;
  status: ModelRequestStatus;
}

/** One measured step of per-layer gradient norms, in the order of `gradientLayers`. */
export interface GradientNormPoint {
  batch: number;
  norms: number[];
}

/** Everything the learning views show about the current run; cleared when a run starts over. */
export interface LearningRunData {
  liveGrid: LiveGrid | null;
  evaluation: EvaluationView | null;
  selectedCell: MatrixCell | null;
  inspectResult: InspectResult | null;
  inspectStatus: ModelRequestStatus;
  weights: WeightsResult | null;
  weightsStatus: ModelRequestStatus;
  /** Layer names of the gradient norm series. */
  gradientLayers: string[];
  gradientNorms: BoundedSeries<GradientNormPoint>;
}

export const EMPTY_LEARNING_RUN: LearningRunData = {
  liveGrid: null,
  evaluation: null,
  selectedCell: null,
  inspectResult: null,
  inspectStatus: 'idle',
  weights: null,
  weightsStatus: 'idle',
  gradientLayers: [],
  gradientNorms: emptySeries(),
};

export interface LearningData extends LearningRunData {
  testSet: TestSetCache | null;
  /** The test image the look-inside view follows. */
  inspectIndex: number;
  drawing: DrawingState;
}

export const INITIAL_LEARNING_DATA: LearningData = {
  ...EMPTY_LEARNING_RUN,
  testSet: null,
  inspectIndex: 0,
  drawing: { input: null, prediction: null, status: 'idle' },
};

/** Turns a progress event's gradient norms into a point, starting a new series when the layers change. */
export function gradientPoint(layers: string[], norms: GradientNorms): { layers: string[]; point: GradientNormPoint; restart: boolean } {
  const names = norms.layers.map((entry) => entry.layer);
  const restart = names.length !== layers.length || names.some((name, i) => name !== layers[i]);
  return { layers: names, point: { batch: norms.batch, norms: norms.layers.map((entry) => entry.norm) }, restart };
}
