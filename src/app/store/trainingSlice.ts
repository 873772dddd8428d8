import type { StateCreator } from 'zustand';
import type { ReadyResult } from '../../worker/protocol';
import { addAlert, upsertNotice, type AlertContent, type AppNotice } from './messages';
import type { Store } from './storeTypes';
import { INITIAL_TRAINING_DATA, type TrainingData, type WorkerStatus, type WorkerStreamEvent } from './trainingData';
import { reduceLearningEvent } from './learningEvents';
import { reduceRunHistory } from './runHistory';
import { reduceWorkerEvent } from './workerEvents';

export interface TrainingSlice extends TrainingData {
  setWorkerStatus: (status: WorkerStatus) => void;
  /** Records a successful init: data loaded, backend chosen. */
  markReady: (result: ReadyResult) => void;
  /** Turns one worker event into state changes (readouts and curves, learning views, run history). */
  applyWorkerEvent: (event: WorkerStreamEvent) => void;
  reportAlert: (alert: AlertContent) => void;
  dismissAlert: (id: number) => void;
  /** Shows a notice (role="status"), replacing the one of the same kind. */
  reportNotice: (notice: AppNotice) => void;
}

export const createTrainingSlice: StateCreator<Store, [], [], TrainingSlice> = (set) => ({
  ...INITIAL_TRAINING_DATA,

  setWorkerStatus: (workerStatus) => set({ workerStatus }),

  markReady: (result) =>
    set((state) => ({
      workerStatus: 'ready',
      datasetSizes: { train: result.trainSize, validation: result.validationSize, test: result.testSize },
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

  dismissAlert: (id) => set((state) => ({ alerts: state.alerts.filter((alert) => alert.id !== id) })),

  reportNotice: (notice) => set((state) => ({ notices: upsertNotice(state.notices, notice) })),
});
