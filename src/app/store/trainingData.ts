import type { DatasetId } from '../../core/data/datasets';
import type { LiveChange } from '../../core/training/settingsTable';
import type { BackendName } from '../../core/training/types';
import type { AugmentPreview, BackendReason, EpochPoint, TrainingState, WorkerEvent } from '../../worker/protocol';
import { EMPTY_CURVE, type BatchCurve } from './curves';
import type { AppAlert, AppNotice } from './messages';

/** Where the worker is in its start-up: created, loading data, ready, or unable to start. */
export type WorkerStatus = 'starting' | 'loading' | 'ready' | 'failed';

/** Download progress of one data file, in bytes. `total` is 0 while unknown. */
export interface DataFileProgress {
  loaded: number;
  total: number;
  fromCache: boolean;
}

/** Every worker event except request responses, which the service handles itself. */
export type WorkerStreamEvent = Exclude<WorkerEvent, { type: 'response' }>;

/** A live setting changed during the run, from batch `batch + 1` on. */
export interface LiveChangeMark extends LiveChange {
  /** Batches trained before the change took effect. */
  batch: number;
}

/** Most live changes a run keeps (the oldest give way). */
export const MAX_LIVE_CHANGES = 50;

/** Readouts and curves of the current run; all cleared by Reset. */
export interface RunData {
  /** Batches completed in the run (0 before the first). */
  batch: number;
  /** Epochs completed in the run (0 before the first). */
  epoch: number;
  /** Training samples per second, recent average. */
  throughput: number | null;
  /** The training curve; the latest loss and accuracy are read from it (selectors.ts). */
  batchCurve: BatchCurve;
  /** Validation at each epoch end; the latest is the val readout. */
  epochPoints: EpochPoint[];
  /** Live settings changed during the run, oldest first: marked on the charts and kept in the run history. */
  liveChanges: LiveChangeMark[];
  /** The learning rate the worker will use for the next batch, as it last reported; null before the first report. */
  nextLearningRate: number | null;
  /** Augmented images of a recent batch, when augmentation is on. */
  augmentPreview: AugmentPreview | null;
}

export const EMPTY_RUN: RunData = {
  batch: 0,
  epoch: 0,
  throughput: null,
  batchCurve: EMPTY_CURVE,
  epochPoints: [],
  liveChanges: [],
  nextLearningRate: null,
  augmentPreview: null,
};

/** A command the page has sent and the worker has not answered yet; Train and Step stay disabled meanwhile. */
export type PendingCommand = 'train' | 'step';

export interface TrainingData extends RunData {
  workerStatus: WorkerStatus;
  trainingState: TrainingState;
  /** Train or Step pressed and not yet answered (the press disables both at once, before the worker's state arrives). */
  pendingCommand: PendingCommand | null;
  /** The tfjs backend in use, once the worker has chosen one. */
  backend: BackendName | null;
  /** Why that backend (a fallback, a forced choice, ...). */
  backendReason: BackendReason | null;
  dataFiles: Record<string, DataFileProgress>;
  /** The data set the worker has ready, with its split sizes; null until the first init answers. */
  datasetSizes: { dataset: DatasetId; train: number; validation: number; test: number } | null;
  alerts: AppAlert[];
  notices: AppNotice[];
  nextMessageId: number;
}

export const INITIAL_TRAINING_DATA: TrainingData = {
  ...EMPTY_RUN,
  workerStatus: 'starting',
  trainingState: 'idle',
  pendingCommand: null,
  backend: null,
  backendReason: null,
  dataFiles: {},
  datasetSizes: null,
  alerts: [],
  notices: [],
  nextMessageId: 1,
};
