// A training run frozen at a batch boundary: what is needed to rebuild it
// and go on training as if nothing happened (weights, optimizer state, the
// position in the epoch). Plain data with typed arrays, so it crosses the
// worker boundary, fits IndexedDB and packs into a model file.
import type { NetworkGraph } from '../network/types';
import type { TrainingSettings } from '../training/types';

/** One tensor's values as plain data: name, shape and numbers in row-major order. */
export interface SavedTensor {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

/** Where the run stood when the checkpoint was taken. */
export interface RunPosition {
  /** Batches trained in the run. */
  batch: number;
  /** Epochs completed. */
  epoch: number;
  /** Training samples already used in the current epoch. */
  position: number;
}

/** The current epoch's running sums behind the Keras-style epoch means (train loss and accuracy so far). */
export interface EpochSums {
  epoch: number;
  samples: number;
  lossSum: number;
  accuracySum: number;
}

/** A run's full state at a batch boundary. */
export interface RunCheckpoint extends RunPosition {
  /** The network and the settings the run was built from. */
  graph: NetworkGraph;
  settings: TrainingSettings;
  /** The model's weights (trainable and not), in the model's weight order. */
  weights: SavedTensor[];
  /** The optimizer's state as tfjs `getWeights()` gives it: the step counter first, then its slots. */
  optimizerState: SavedTensor[];
  /** The Keras topology of the model (tfjs `model.toJSON()`), for the model file. */
  topology: string;
  /** When it was taken (ms since the epoch). */
  takenAt: number;
  /** The epoch means' sums, so the readouts go on averaging the epoch after a resume (absent in older checkpoints and in model files: the means then start at the resumed batch). */
  epochSums?: EpochSums;
}

/** Every typed array a checkpoint holds: the buffers to transfer or copy. */
export function checkpointBuffers(checkpoint: RunCheckpoint): ArrayBuffer[] {
  return [...checkpoint.weights, ...checkpoint.optimizerState].map((tensor) => tensor.values.buffer as ArrayBuffer);
}
