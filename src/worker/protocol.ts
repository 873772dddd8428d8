// The typed boundary between the page and the training worker. Types only:
// the app imports this file with `import type`, so no tfjs reaches the page.
import type { NetworkGraph } from '../core/network/types';
import type { BackendChoice, BackendName, TrainingSettings } from '../core/training/types';

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
  | 'internal';

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
  | { type: 'init'; id: number; dataUrl: string; backend: BackendChoice }
  | { type: 'set-backend'; id: number; backend: BackendChoice; spec: RunSpec }
  | { type: 'train'; id: number; spec: RunSpec }
  | { type: 'step'; id: number; spec: RunSpec }
  | { type: 'pause'; id: number }
  | { type: 'reset'; id: number }
  | { type: 'update-settings'; id: number; settings: TrainingSettings }
  | { type: 'memory'; id: number };

/** What `init` answers once the data is loaded and a backend chosen. */
export interface ReadyResult {
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

/** Final evaluation of a run on the full test set. */
export interface Evaluation {
  testLoss: number;
  testAccuracy: number;
  samples: number;
}

/** Worker -> page. */
export type WorkerEvent =
  | { type: 'response'; id: number; ok: true; result?: unknown }
  | { type: 'response'; id: number; ok: false; error: WorkerError }
  | { type: 'data-progress'; file: string; loaded: number; total: number; fromCache: boolean }
  | { type: 'backend'; backend: BackendName; reason: string }
  | { type: 'state'; state: TrainingState }
  /** Batched curve points, sent at most ~10 times a second. */
  | { type: 'progress'; points: BatchPoint[]; batch: number; epoch: number; throughput: number }
  | { type: 'epoch-end'; point: EpochPoint }
  | { type: 'evaluation'; evaluation: Evaluation }
  | { type: 'diverged'; batch: number; loss: number; reason: 'non-finite-loss' | 'non-finite-weights' | 'loss-exploded' }
  /** The run was cleared (Reset, a new network or new settings): curves start over. */
  | { type: 'run-reset' }
  | { type: 'error'; error: WorkerError };
