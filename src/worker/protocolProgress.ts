// Types of what a run reports while it trains: the points of the training and
// validation curves, the augmentation preview, and where a run diverged.
// Types only, re-exported by protocol.ts: import them from there.

/** One point of the training curves (per reported batch). */
export interface BatchPoint {
  batch: number;
  epoch: number;
  /** This batch's loss (with its label smoothing and weight penalty). */
  loss: number;
  /** This batch's accuracy, 0..1. */
  accuracy: number;
  /** Running mean of the loss over the epoch so far, weighted by batch size (Keras's progress bar). */
  meanLoss: number;
  /** Running mean of the accuracy over the epoch so far. */
  meanAccuracy: number;
  /** The learning rate this batch used. */
  learningRate: number;
  /** Global L2 norm of all gradients of this batch, before clipping. */
  gradientNorm: number;
  /** The clipping ceiling this batch used (0 = off). */
  clipNorm: number;
}

/** A few training images of the latest batch as the network saw them (augmented), for the preview strip. */
export interface AugmentPreview {
  /** Batches trained when taken. */
  batch: number;
  /** count x 784 bytes, pixel * 255 rounded. */
  pixels: Uint8Array;
  labels: number[];
}

/** One point of the validation curve (per epoch end). */
export interface EpochPoint {
  epoch: number;
  batch: number;
  valLoss: number;
  valAccuracy: number;
  /** tf.memory().numTensors at this epoch end, to show memory is flat. */
  numTensors: number;
  seconds: number;
  /** Set when early stopping ended the run here: the epoch whose weights were restored and its validation loss. */
  stoppedEarly?: { bestEpoch: number; bestValLoss: number };
}

/** Why and where a run diverged; the run ends at `batch`, the batch the readouts show. */
export interface DivergedEvent {
  /** The batch at which the run was judged diverged (and stopped). */
  batch: number;
  /** That batch's loss. */
  loss: number;
  reason: 'non-finite-loss' | 'non-finite-weights' | 'loss-exploded';
  /** First batch of the streak of exploded losses (equals `batch` for a non-finite loss or weights). */
  since: number;
  /** The loss above which a batch counted as exploded (3 × the starting loss), when known. */
  threshold: number | null;
}
