// What the page does when the training worker dies or stops answering: the
// heartbeat notices the silence, a crash is reported by the Worker itself;
// either way a new worker starts and the run goes on from the main thread's
// checkpoint, up to MAX_WORKER_RESTARTS times, after which the page gives up
// and says so.
import type { AppStore } from '../store/appStore';
import type { RunCheckpoint, WorkerControl } from '../../worker/protocol';
import type { CheckpointKeeper } from './checkpoints';
import { Heartbeat } from './heartbeat';
import { WorkerGoneError } from './workerErrors';

/** Restarts after a fault before the service gives up (a worker that dies at once, again and again). */
export const MAX_WORKER_RESTARTS = 3;

/** What went wrong with the worker. */
export type WorkerFault = { kind: 'silent'; seconds: number } | { kind: 'crashed'; message: string };

/** The words of a fault, for the alert. */
export function describeFault(fault: WorkerFault): string {
  return fault.kind === 'silent'
    ? `The training worker stopped answering (no heartbeat for ${fault.seconds} s): it closed, crashed or hangs.`
    : `The training worker failed: ${fault.message}`;
}

/** What the recovery needs from the service that owns the worker. */
export interface RecoveryHost {
  /** Posts a heartbeat ping to the worker, when there is one. */
  post(message: WorkerControl): void;
  /** True while a worker exists. */
  hasWorker(): boolean;
  /** Terminates the worker, drops its buffered progress and rejects every pending request with `error`. */
  discardWorker(error: Error): void;
  /** Rejects every pending request with `error`. */
  rejectPending(error: Error): void;
  /** Starts a new worker and loads the data set into it (never rejects; a failure is in the store). */
  startWorker(): Promise<void>;
  /** Makes `checkpoint` the new worker's run, and trains on when `train`. */
  resumeFrom(checkpoint: RunCheckpoint, train: boolean): Promise<void>;
  /** Turns a failed request into an alert. */
  report(error: unknown, request: string): void;
}

/** Watches the worker's pulse and restarts it after a crash or a silence. */
export class WorkerRecovery {
  private readonly heartbeat: Heartbeat;
  private restarts = 0;
  private recovering = false;

  constructor(
    private readonly store: AppStore,
    private readonly checkpoints: CheckpointKeeper,
    private readonly host: RecoveryHost,
  ) {
    this.heartbeat = new Heartbeat(
      (message) => host.post(message),
      (silentMs) => void this.recover({ kind: 'silent', seconds: Math.round(silentMs / 1000) }),
    );
  }

  /** Starts checking the pulse (once the worker is ready: loading parses data in long synchronous stretches). */
  watch(): void {
    this.heartbeat.start();
  }

  /** The pong to ping `seq` arrived. */
  answered(seq: number): void {
    this.heartbeat.answered(seq);
  }

  /** Stops checking the pulse. */
  stop(): void {
    this.heartbeat.stop();
  }

  /** The worker failed (an error event, or a message it could not send): restart it once it was ready, else give up. */
  crashed(message: string): void {
    if (this.store.getState().workerStatus === 'ready') {
      void this.recover({ kind: 'crashed', message });
      return;
    }
    this.giveUp(message);
  }

  /**
   * The worker died or stopped answering: say so, start a new one, and go on
   * from the main thread's checkpoint (training again if it was training).
   */
  private async recover(cause: WorkerFault): Promise<void> {
    if (this.recovering || !this.host.hasWorker()) return;
    const state = this.store.getState();
    if (this.restarts >= MAX_WORKER_RESTARTS || state.workerStatus !== 'ready') {
      this.giveUp(describeFault(cause));
      return;
    }
    this.recovering = true;
    this.restarts += 1;
    const wasTraining = state.trainingState === 'running';
    const checkpoint = this.checkpoints.checkpoint;
    this.heartbeat.stop();
    this.host.discardWorker(new WorkerGoneError(describeFault(cause)));
    state.reportAlert({ kind: 'worker-restarted', cause: describeFault(cause), batch: checkpoint?.batch ?? null });
    state.setPendingCommand(null);
    if (state.trainingState === 'running') state.applyWorkerEvent({ type: 'state', state: checkpoint ? 'paused' : 'idle' });
    try {
      await this.host.startWorker();
      if (!checkpoint || this.store.getState().workerStatus !== 'ready') {
        this.store.getState().applyWorkerEvent({ type: 'state', state: 'idle' });
        return;
      }
      await this.host.resumeFrom(checkpoint, wasTraining);
    } catch (error) {
      this.host.report(error, 'restore-checkpoint');
    } finally {
      this.recovering = false;
    }
  }

  private giveUp(message: string): void {
    const state = this.store.getState();
    state.reportAlert({ kind: 'worker-crashed', message });
    if (state.workerStatus !== 'ready') {
      state.setWorkerStatus('failed');
      this.host.rejectPending(new WorkerGoneError(message));
    }
    if (state.trainingState === 'running') state.applyWorkerEvent({ type: 'state', state: 'error' });
  }
}
