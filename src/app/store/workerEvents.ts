import { appendBatchPoints, appendEpochPoint } from './curves';
import { addAlert, removeNotice, upsertNotice, type AppNotice } from './messages';
import { EMPTY_RUN, MAX_LIVE_CHANGES, type TrainingData, type WorkerStreamEvent } from './trainingData';

function runFinishedNotice(state: TrainingData): AppNotice {
  const stoppedEarly = state.epochPoints.at(-1)?.stoppedEarly;
  return { kind: 'run-finished', epochs: state.epoch, batches: state.batch, ...(stoppedEarly ? { stoppedEarly } : {}) };
}

/**
 * The state changes one worker event causes. Pure: takes the current training
 * data, returns only the fields that change, so it is testable without a worker.
 */
export function reduceWorkerEvent(state: TrainingData, event: WorkerStreamEvent): Partial<TrainingData> {
  switch (event.type) {
    case 'data-progress':
      return {
        workerStatus: state.workerStatus === 'starting' ? 'loading' : state.workerStatus,
        dataFiles: {
          ...state.dataFiles,
          [event.file]: { loaded: event.loaded, total: event.total, fromCache: event.fromCache },
        },
      };

    case 'backend':
      return {
        backend: event.backend,
        backendReason: event.reason,
        notices: upsertNotice(state.notices, { kind: 'backend', backend: event.backend, reason: event.reason }),
      };

    case 'state': {
      if (event.state === 'done') {
        return { trainingState: event.state, notices: upsertNotice(state.notices, runFinishedNotice(state)) };
      }
      const notices = event.state === 'running' ? removeNotice(removeNotice(state.notices, 'run-finished'), 'run-ended') : state.notices;
      return { trainingState: event.state, notices };
    }

    case 'progress':
      return {
        batch: event.batch,
        epoch: event.epoch,
        throughput: event.throughput,
        batchCurve: appendBatchPoints(state.batchCurve, event.points),
        nextLearningRate: event.nextLearningRate,
        ...(event.augmentPreview ? { augmentPreview: event.augmentPreview } : {}),
      };

    case 'epoch-end':
      return {
        epoch: Math.max(state.epoch, event.point.epoch),
        epochPoints: appendEpochPoint(state.epochPoints, event.point),
      };

    case 'evaluation':
      // The evaluation lives in the learning views (learningEvents.ts); readouts derive from it.
      return {};

    case 'diverged':
      return {
        alerts: addAlert(state.alerts, {
          kind: 'diverged',
          batch: event.batch,
          loss: event.loss,
          reason: event.reason,
          since: event.since,
          threshold: event.threshold,
          id: state.nextMessageId,
        }),
        nextMessageId: state.nextMessageId + 1,
      };

    case 'backend-fault':
      return {
        alerts: addAlert(state.alerts, {
          kind: 'backend-fault',
          fault: event.fault,
          failed: event.failed,
          next: event.next,
          from: event.from,
          batch: event.batch,
          message: event.message,
          id: state.nextMessageId,
        }),
        nextMessageId: state.nextMessageId + 1,
      };

    case 'run-reset':
      return {
        ...EMPTY_RUN,
        alerts: state.alerts.filter((alert) => alert.kind !== 'diverged'),
        notices: removeNotice(state.notices, 'run-finished'),
      };

    case 'live-change': {
      const marks = [...state.liveChanges, ...event.changes.map((change) => ({ ...change, batch: event.batch }))];
      return { liveChanges: marks.slice(Math.max(0, marks.length - MAX_LIVE_CHANGES)) };
    }

    case 'predictions':
      // The prediction grid lives in the learning views (learningEvents.ts).
      return {};

    case 'error':
      return {
        alerts: addAlert(state.alerts, { kind: 'worker-error', error: event.error, id: state.nextMessageId }),
        nextMessageId: state.nextMessageId + 1,
      };
  }
}
