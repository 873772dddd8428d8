// The typed boundary between the page and the training worker. Types only:
// the app imports this file with `import type`, so no tfjs reaches the page.
import type { NetworkGraph } from '../core/network/types';
import type { BackendChoice, BackendName, TrainingSettings } from '../core/training/types';
import type {
  EvaluationDetails,
  GradientNorms,
  InspectResult,
  LivePrediction,
  PredictResult,
  TestImagesResult,
  WeightsResult,
} from './protocolViews';

export type * from './protocolViews';

/** Lifecycle of the current run, as shown by the `training-state` readout. */
export type TrainingState = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Machine-readable error codes; the UI turns them into words. */
export type WorkerErrorCode =
  | 'data-missing'
  | 'data-corrupt'
  | 'backend-unavailable'
  | 'backend-failed'
  | 'model-build-failed'
  | 'not-ready'
  | 'training-failed'
  | 'internal'
  /** A request needs a network, but none is built yet (before the first Train or Step, or after Reset). */
  | 'no-model'
  /** A request's arguments are invalid (an index outside the test set, a drawing that is not 784 finite values, too many images). */
  | 'bad-request';

/** An error as it crosses the boundary (Error objects do not clone well). */
export interface WorkerError {
  code: WorkerErrorCode;
  name: string;
  message: string;
  stack?: string;
  /** The file or backend the error is about, when there is one. */
  subject?: string;
}

/** The run's network and settings; sent with every command that may start work. */
export interface RunSpec {
  graph: NetworkGraph;
  settings: TrainingSettings;
}

/** Page -> worker. Every request has an id; the worker answers each once. */
export type WorkerRequest =
  /**
   * Loads a data set from `<dataUrl>/<its folder>/` and starts a backend;
   * sent again to switch data set (the worker keeps each one it loaded).
   */
  | { type: 'init'; id: number; dataUrl: string; dataset: TrainingSettings['dataset']; backend: BackendChoice }
  | { type: 'set-backend'; id: number; backend: BackendChoice; spec: RunSpec }
  | { type: 'train'; id: number; spec: RunSpec }
  | { type: 'step'; id: number; spec: RunSpec }
  | { type: 'pause'; id: number }
  | { type: 'reset'; id: number }
  | { type: 'update-settings'; id: number; settings: TrainingSettings }
  | { type: 'memory'; id: number }
  /**
   * Evaluates the current model on the full test set now (also while training
   * or paused). The result arrives as an 'evaluation' event (details.trigger
   * 'request'), sent before this request's response; the response has no result.
   */
  | { type: 'evaluate'; id: number }
  /**
   * Class probabilities of one 28 x 28 image (e.g. a drawing after
   * `preprocessDigit`): 784 values in [0, 1], row-major, ink = 1. Answers
   * PredictResult; works between training batches and after a run.
   */
  | { type: 'predict'; id: number; pixels: Float32Array }
  /** Pixels of test images by index (at most MAX_TEST_IMAGES_PER_REQUEST = 500). Answers TestImagesResult. */
  | { type: 'test-images'; id: number; indices: number[] }
  /** Every layer's activations for one test image. Answers InspectResult. */
  | { type: 'inspect'; id: number; index: number }
  /** First convolution's filters and every weighted layer's weight and gradient histograms. Answers WeightsResult. */
  | { type: 'weights'; id: number };

/** What `init` answers once the data is loaded and a backend chosen. */
export interface ReadyResult {
  /** The data set now loaded. */
  dataset: TrainingSettings['dataset'];
  backend: BackendName;
  backendReason: string;
  trainSize: number;
  validationSize: number;
  testSize: number;
}

/** What `memory` answers: tf.memory() figures for leak checks. */
export interface MemoryResult {
  numTensors: number;
  numBytes: number;
}

/** One point of the training curves (per reported batch). */
export interface BatchPoint {
  batch: number;
  epoch: number;
  loss: number;
  accuracy: number;
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
}

/** Evaluation of the current model on the full test set (at the end of a run, or on request). */
export interface Evaluation {
  testLoss: number;
  /** Correct predictions / samples. */
  testAccuracy: number;
  samples: number;
  /** Always sent by this worker; optional only so older code building an Evaluation still compiles. */
  details?: EvaluationDetails;
}

/**
 * What each request's response carries in `result` (undefined: nothing).
 * Typed arrays in results are transferred, not copied.
 */
export interface WorkerResults {
  init: ReadyResult;
  'set-backend': BackendName;
  train: undefined;
  step: undefined;
  pause: undefined;
  reset: undefined;
  'update-settings': undefined;
  memory: MemoryResult;
  evaluate: undefined;
  predict: PredictResult;
  'test-images': TestImagesResult;
  inspect: InspectResult;
  weights: WeightsResult;
}

/** The result type of a request type, e.g. ResultOf<'inspect'> = InspectResult. */
export type ResultOf<T extends WorkerRequest['type']> = WorkerResults[T];

/** Worker -> page. */
export type WorkerEvent =
  | { type: 'response'; id: number; ok: true; result?: unknown }
  | { type: 'response'; id: number; ok: false; error: WorkerError }
  | { type: 'data-progress'; file: string; loaded: number; total: number; fromCache: boolean }
  | { type: 'backend'; backend: BackendName; reason: string }
  | { type: 'state'; state: TrainingState }
  /** Batched curve points, sent at most ~10 times a second. */
  | {
    type: 'progress';
    points: BatchPoint[];
    batch: number;
    epoch: number;
    throughput: number;
    /** Per-layer gradient norms of this report's last step; absent when that step was not measured (the last report before a Pause). */
    gradientNorms?: GradientNorms;
  }
  | { type: 'epoch-end'; point: EpochPoint }
  /** A full test-set evaluation (end of a run, or the 'evaluate' request); details.predicted is transferred. */
  | { type: 'evaluation'; evaluation: Evaluation }
  /**
   * The live prediction grid: the same 24 test images in every run (the first
   * two test images of each class 0..9, then the third of classes 0..3, in that
   * order). Sent at most once a second while training, and after Step, at
   * every epoch end and when a run stops.
   */
  | {
    type: 'predictions';
    /** Batches trained when predicted. */
    batch: number;
    /** Epochs completed, counted as in 'progress' (an epoch counts from its 'epoch-end' event on). */
    epoch: number;
    /** The 24 images, always in the same order. */
    predictions: LivePrediction[];
  }
  | { type: 'diverged'; batch: number; loss: number; reason: 'non-finite-loss' | 'non-finite-weights' | 'loss-exploded' }
  /** The run was cleared (Reset, a new network or new settings): curves start over. */
  | { type: 'run-reset' }
  | { type: 'error'; error: WorkerError };
