/** Why a data set could not be used; the same codes cross the worker boundary. */
export type DataErrorCode = 'data-missing' | 'data-corrupt';

/**
 * A data file is missing (404, network failure, not built) or unreadable
 * (bad header, wrong length, broken gzip). `file` names the file (with its
 * data set's folder, e.g. `fashion-mnist/test-labels.idx.gzip`) so the
 * message and the UI can point at it.
 */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly file: string;

  constructor(code: DataErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataError';
    this.code = code;
    this.file = file;
  }
}

/** What to tell the user to do about a missing or broken data file. */
export const DATA_FIX_HINT = 'run `npm run data` and reload the page';

/** A DataError for a file that could not be fetched. */
export function missingFile(file: string, reason: string, cause?: unknown): DataError {
  return new DataError('data-missing', file, `Data file ${file} is missing (${reason}): ${DATA_FIX_HINT}.`, { cause });
}

/** A DataError for a file whose contents are not what the manifest promises. */
export function corruptFile(file: string, reason: string, cause?: unknown): DataError {
  return new DataError('data-corrupt', file, `Data file ${file} is corrupt (${reason}): ${DATA_FIX_HINT}.`, { cause });
}
