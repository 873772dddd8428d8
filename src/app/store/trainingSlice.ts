import type { StateCreator } from 'zustand';
import type { ReadyResult } from '../../worker/protocol';
import type { RunChange } from '../../core/training/runChanges';
import { addAlert, upsertNotice, type AlertContent, type AppNotice } from './messages';
import type { Store } from './storeTypes';
import { INITIAL_TRAINING_DATA, type PendingCommand, type TrainingData, type WorkerStatus, type WorkerStreamEvent } from './trainingData';
import { reduceLearningEvent } from './learningEvents';
import { reduceRunHistory } from './runHistory';
import { reduceWorkerEvent } from './workerEvents';

export interface TrainingSlice extends TrainingData {
  /** Where the worker is; 'loading' also clears the previous load's file progress. */
  setWorkerStatus: (status: WorkerStatus) => void;
  /** Marks Train or Step as sent (null: answered, or failed). */
  setPendingCommand: (command: PendingCommand | null) => void;
  /** Records a successful init: data loaded, backend chosen. */
  markReady: (result: ReadyResult) => void;
  /** Turns one worker event into state changes (readouts and curves, learning views, run history). */
  applyWorkerEvent: (event: WorkerStreamEvent) => void;
  reportAlert: (alert: AlertContent) => void;
  /** Says that `changes` ended the current run (before the worker clears it, so the run's name and batches are still known). */
  noteRunEnded: (changes: RunChange[]) => void;
  dismissAlert: (id: number) => void;
  /** Shows a notice (role="status"), replacing the one of the same kind. */
  reportNotice: (notice: AppNotice) => void;
}

export const createTrainingSlice: StateCreator<Store, [], [], TrainingSlice> = (set) => ({
  ...INITIAL_TRAINING_DATA,

  // A new load starts with an empty list of files (a data set switch loads other files).
  setWorkerStatus: (workerStatus) => set(workerStatus === 'loading' ? { workerStatus, dataFiles: {} } : { workerStatus }),

  setPendingCommand: (pendingCommand) => set({ pendingCommand }),

  markReady: (result) =>
    set((state) => ({
      workerStatus: 'ready',
      datasetSizes: { dataset: result.dataset, train: result.trainSize, validation: result.validationSize, test: result.testSize },
      ...reduceWorkerEvent(state, { type: 'backend', backend: result.backend, reason: result.backendReason }),
    })),

  applyWorkerEvent: (event) =>
    set((state) => ({
      ...reduceRunHistory(state, event),
      ...reduceLearningEvent(state, event),
      ...reduceWorkerEvent(state, event),
    })),

  reportAlert: (alert) =>
    set((state) => ({
      alerts: addAlert(state.alerts, { ...alert, id: state.nextMessageId }),
      nextMessageId: state.nextMessageId + 1,
    })),

  noteRunEnded: (changes) =>
    set((state) => ({
      notices: upsertNotice(state.notices, {
        kind: 'run-ended',
        runName: `Run ${state.currentRunId}`,
        batches: state.batch,
        kept: state.batch > 0 && state.currentRunStart !== null,
        changes,
      }),
    })),

  dismissAlert: (id) => set((state) => ({ alerts: state.alerts.filter((alert) => alert.id !== id) })),

  reportNotice: (notice) => set((state) => ({ notices: upsertNotice(state.notices, notice) })),
});
