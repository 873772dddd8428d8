import type { WorkerError } from '../../worker/protocol';

/** A request the worker answered with `ok: false`. */
export class WorkerRequestError extends Error {
  readonly code: WorkerError['code'];

  constructor(readonly workerError: WorkerError) {
    super(workerError.message);
    this.name = 'WorkerRequestError';
    this.code = workerError.code;
  }
}

/** The worker stopped (or never started) before answering; already reported once. */
export class WorkerGoneError extends Error {
  readonly code = 'worker-gone';

  constructor(message: string) {
    super(message);
    this.name = 'WorkerGoneError';
  }
}
