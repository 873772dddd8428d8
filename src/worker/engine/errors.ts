import { isWorkerErrorCode, type WorkerError, type WorkerErrorCode } from '../protocol';

/** An error the engine raises on purpose, with a code the UI can explain. */
export class EngineError extends Error {
  readonly code: WorkerErrorCode;
  readonly subject?: string;

  constructor(code: WorkerErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.subject = subject;
  }
}

/** Turns anything thrown into the plain object that crosses the worker boundary. */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) {
    const coded: Error & { code?: unknown; subject?: string; file?: string } = error;
    const code = isWorkerErrorCode(coded.code) ? coded.code : 'internal';
    return { code, name: error.name, message: error.message, stack: error.stack, subject: coded.subject ?? coded.file };
  }
  return { code: 'internal', name: 'Error', message: String(error) };
}
