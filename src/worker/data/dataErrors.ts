// DataError -> the protocol's WorkerError, for the worker entry to post.
import { DataError } from '../../core/data/errors';
import type { WorkerError } from '../protocol';

/** The WorkerError for a data failure (`subject` is the file), or null when `error` is not a DataError. */
export function dataErrorToWorkerError(error: unknown): WorkerError | null {
  if (!(error instanceof DataError)) return null;
  return { code: error.code, name: error.name, message: error.message, stack: error.stack, subject: error.file };
}
