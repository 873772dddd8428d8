// The typed boundary between the page and the training worker: requests, their
// results, and events. Types, plus the list of error codes the worker checks
// against; no imports at run time. The app imports this file with
// `import type` only, so no tfjs reaches the page.
import type { RunCheckpoint } from '../core/checkpoint/types';
import type { NetworkGraph } from '../core/network/types';
import type { LiveChange, LiveSettings } from '../core/training/settingsTable';
import type { BackendChoice, BackendName, TrainingSettings } from '../core/training/types';
import type { BackendFaultKind } from '../core/training/backendFaults';
import type { WorkerFaultKind } from '../core/testFaults';
import type { BackendFaultEvent, BackendReason } from './protocolBackends';
import type { AugmentPreview, BatchPoint, DivergedEvent, EpochPoint } from './protocolProgress';
import type {
  Evaluation,
  GradientNorms,
  InspectResult,
  LivePrediction,
  PredictResult,
  TestImagesResult,
  WeightsResult,
} from './protocolViews';
import type { StepThroughResult, StepWeightUpdate, WeightPick } from './protocolStepThrough';

export type * from './protocolViews';
export type { RunCheckpoint, SavedTensor } from '../core/checkpoint/types';
export type * from './protocolStepThrough';
export type * from './protocolBackends';
export type * from './protocolProgress';

/** Lifecycle of the current run, as shown by the `training-state` readout. */
export type TrainingState = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Every machine-readable error code, in a stable order; the UI turns them into words. */
export const WORKER_ERROR_CODES = [
  'data-missing',
  'data-corrupt',
  'backend-unavailable',
  'backend-failed',
  'model-build-failed',
  'not-ready',
  'training-failed',
  'internal',
  /** A request needs a network, but none is built yet (before the first Train or Step, or after Reset). */
  'no-model',
  /** A request's arguments are invalid (an index outside the test set, a drawing that is not 784 finite values, too many images). */
  'bad-request',
] as const;

/** A machine-readable error code. */
export type WorkerErrorCode = (typeof WORKER_ERROR_CODES)[number];

/** True when `value` is one of WORKER_ERROR_CODES (codes are checked, never cast). */
export function isWorkerErrorCode(value: unknown): value is WorkerErrorCode {
  return WORKER_ERROR_CODES.some((code) => code === value);
}

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

/** What each request carries besides its `type` and `id`, by request type. */
export interface WorkerRequestBodies {
  /**
   * Loads a data set from `<dataUrl>/<its folder>/` and starts a backend;
   * sent again to switch data set (the worker keeps each one it loaded).
   */
  init: { dataUrl: string; dataset: TrainingSettings['dataset']; backend: BackendChoice };
  'set-backend': { backend: BackendChoice; spec: RunSpec };
  /** Starts or resumes training; answered once the loop runs. A train while one runs does nothing. */
  train: { spec: RunSpec };
  /** Trains exactly one batch, then pauses; answered after that batch. */
  step: { spec: RunSpec };
  pause: NoBody;
  reset: NoBody;
  /** Live settings for the running run (settingsTable.ts); settings a run is built from are not accepted here. */
  'update-settings': { settings: LiveSettings };
  memory: NoBody;
  /**
   * Evaluates the current model on the full test set now (also while training
   * or paused). The result arrives as an 'evaluation' event (details.trigger
   * 'request'), sent before this request's response; the response has no result.
   */
  evaluate: NoBody;
  /**
   * Class probabilities of one 28 x 28 image (e.g. a drawing after
   * `preprocessDigit`): 784 values in [0, 1], row-major, ink = 1. Answers
   * PredictResult; works between training batches and after a run.
   */
  predict: { pixels: Float32Array };
  /** Pixels of test images by index (at most MAX_TEST_IMAGES_PER_REQUEST = 500). Answers TestImagesResult. */
  'test-images': { indices: number[] };
  /** Every layer's activations for one test image. Answers InspectResult. */
  inspect: { index: number };
  /** First convolution's filters and every weighted layer's weight and gradient histograms. Answers WeightsResult. */
  weights: NoBody;
  /**
   * The current run's weights, optimizer state and position, taken at a batch
   * boundary (also while training: the loop waits for it). Answers RunCheckpoint, buffers transferred.
   */
  checkpoint: NoBody;
  /**
   * Builds a fresh run of the checkpoint's network and settings, puts its
   * weights and optimizer state in, and pauses there: Train goes on from it.
   * Sends no 'run-reset' (the page decides whether the curves start over).
   */
  'restore-checkpoint': { checkpoint: RunCheckpoint };
  /**
   * One training step taken apart on a copy of the network (the run is not
   * changed), on the given training images (at most MAX_STEP_IMAGES). Refused
   * while training runs. Answers StepThroughResult; the worker keeps the step
   * for 'step-through-weight' until the next one.
   */
  'step-through': { spec: RunSpec; images: number[]; pick: WeightPick };
  /** Another weight of the last step-through. Answers StepWeightUpdate. */
  'step-through-weight': { pick: WeightPick };
  /** Test only, sent only by a page opened with `?test-faults=1`: makes the backend fail as tfjs would (backendFaults.ts). */
  'test-fault': { fault: BackendFaultKind };
}

/** A request that carries nothing but its type and id. */
type NoBody = Record<never, never>;

/** Every request type. */
export type RequestType = keyof WorkerRequestBodies;

/** A request as the page writes it: its type and what it carries (the service adds the id). */
export type RequestBody<K extends RequestType> = { type: K } & WorkerRequestBodies[K];

/** One request of type K as it crosses the boundary. */
export type RequestOf<K extends RequestType> = RequestBody<K> & { id: number };

/** Page -> worker. Every request has an id; the worker answers each once, one request at a time, in order. */
export type WorkerRequest = { [K in RequestType]: RequestOf<K> }[RequestType];

/** Any request body (a request without its id). */
export type AnyRequestBody = { [K in RequestType]: RequestBody<K> }[RequestType];

/** What `init` answers once the data is loaded and a backend chosen. */
export interface ReadyResult {
  /** The data set now loaded. */
  dataset: TrainingSettings['dataset'];
  backend: BackendName;
  backendReason: BackendReason;
  trainSize: number;
  validationSize: number;
  testSize: number;
}

/** What `memory` answers: tf.memory() figures for leak checks. */
export interface MemoryResult {
  numTensors: number;
  numBytes: number;
}

/**
 * What each request's response carries in `result` (void: nothing).
 * Typed arrays in results are transferred, not copied.
 */
export interface WorkerResults extends Record<RequestType, unknown> {
  init: ReadyResult;
  'set-backend': BackendName;
  train: void;
  step: void;
  pause: void;
  reset: void;
  'update-settings': void;
  memory: MemoryResult;
  evaluate: void;
  predict: PredictResult;
  'test-images': TestImagesResult;
  inspect: InspectResult;
  weights: WeightsResult;
  checkpoint: RunCheckpoint;
  'restore-checkpoint': void;
  'step-through': StepThroughResult;
  'step-through-weight': StepWeightUpdate;
  'test-fault': void;
}

/** The result type of a request type, e.g. ResultOf<'inspect'> = InspectResult. */
export type ResultOf<K extends RequestType> = WorkerResults[K];

/** A successful answer to a request of type K, tagged with that type. */
export interface ResponseFor<K extends RequestType> {
  type: 'response';
  id: number;
  /** The type of the request answered, so the page can check the result belongs to it. */
  request: K;
  ok: true;
  result: ResultOf<K>;
}

/** A failed answer to any request. */
export interface FailedResponse {
  type: 'response';
  id: number;
  request: RequestType;
  ok: false;
  error: WorkerError;
}

/** The worker's answer to one request; the page matches it to its request by id and checks the type tag. */
export type WorkerResponse = ResponseFor<RequestType> | FailedResponse;

/** Worker -> page. */
export type WorkerEvent =
  | WorkerResponse
  | { type: 'data-progress'; file: string; loaded: number; total: number; fromCache: boolean }
  | { type: 'backend'; backend: BackendName; reason: BackendReason }
  | { type: 'state'; state: TrainingState }
  /** Batched curve points, sent at most twice a second (REPORT_INTERVAL_MS), and at once after a Step, an epoch end or a pause. */
  | {
    type: 'progress';
    points: BatchPoint[];
    batch: number;
    epoch: number;
    throughput: number;
    /** Per-layer gradient norms of this report's last step; absent when that step was not measured (the last report before a Pause). */
    gradientNorms?: GradientNorms;
    /** The learning rate the next batch uses. */
    nextLearningRate: number;
    /** Augmented images of this report's last batch, when augmentation is on (at most once a second). */
    augmentPreview?: AugmentPreview;
  }
  | { type: 'epoch-end'; point: EpochPoint }
  /** A full test-set evaluation (end of a run, or the 'evaluate' request); details.predicted is transferred. */
  | { type: 'evaluation'; evaluation: Evaluation }
  /**
   * The live prediction grid: the same 24 test images in every run (the first
   * two test images of each class 0..9, then the third of classes 0..3, in that
   * order). Sent at most once a beat (LIVE_BEAT_MS) while training, and after Step, at
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
  | ({ type: 'diverged' } & DivergedEvent)
  /**
   * Live settings the run took on (after `update-settings`): they apply from
   * batch `batch + 1` on; `batch` is the number of batches trained before.
   */
  | { type: 'live-change'; batch: number; changes: LiveChange[] }
  /** The run was cleared (Reset, a new network or new settings): curves start over. */
  | { type: 'run-reset' }
  /** A backend failed under the run; it moved to `next` (null: none left, the run ended in 'error'). */
  | ({ type: 'backend-fault' } & BackendFaultEvent)
  | { type: 'error'; error: WorkerError };

/**
 * Page -> worker messages outside the command queue, handled at once: the
 * heartbeat (answered by a pong even while a long command runs) and the
 * worker faults a test asks for (obeyed only by a worker named TEST_FAULTS_WORKER_NAME).
 */
export type WorkerControl = { type: 'ping'; seq: number } | { type: 'worker-fault'; fault: WorkerFaultKind };

/** Worker -> page: the answer to a ping. */
export interface WorkerPong {
  type: 'pong';
  seq: number;
}
