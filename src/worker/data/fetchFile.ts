// Reading one data file's bytes: streamed with progress into a single
// Uint8Array, and inflating gzip with DecompressionStream. Worker-safe (no DOM).
import { classifyBody } from '../../core/data/body';
import { corruptFile, missingFile } from '../../core/data/errors';
import type { DownloadProgress } from '../../core/data/progress';

/** Bytes backed by a plain ArrayBuffer (what fetch bodies and Response accept). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** True for the error a fetch or read throws after its AbortSignal fired. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

/**
 * Reads a response body into one Uint8Array, counting bytes in `progress`
 * and calling `report` whenever it says an update is due. The buffer starts
 * at the expected (compressed) size and grows to `rawBytes` if the body turns
 * out to be inflated, so a file costs one allocation in the usual case.
 * A broken connection mid-body is `data-missing`.
 */
export async function readBody(
  response: Response,
  fileName: string,
  progress: DownloadProgress,
  rawBytes: number,
  report: () => void,
  signal?: AbortSignal,
): Promise<Bytes> {
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    progress.add(whole.length);
    progress.finish();
    report();
    return whole;
  }
  let buffer = new Uint8Array(progress.total);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > buffer.length) {
        const grown = new Uint8Array(Math.max(rawBytes, 2 * buffer.length, length + value.length));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(value, length);
      length += value.length;
      if (progress.add(value.length)) {
        report();
        progress.reported();
      }
    }
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw missingFile(fileName, 'the download broke off', error);
  }
  progress.finish();
  report();
  return length === buffer.length ? buffer : buffer.subarray(0, length);
}

/**
 * Inflates a gzip body into one Uint8Array of exactly `rawBytes` bytes (the
 * manifest's size); more output than that, or a gzip error, is `data-corrupt`.
 * Returns fewer bytes if the stream ends early; parseIdx then reports it.
 */
export async function inflate(gzipped: Bytes, rawBytes: number, fileName: string): Promise<Bytes> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(gzipped);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
  const out = new Uint8Array(rawBytes);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > out.length) {
        await reader.cancel();
        throw corruptFile(fileName, `inflates to more than the ${rawBytes} bytes the manifest says`);
      }
      out.set(value, length);
      length += value.length;
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DataError') throw error;
    throw corruptFile(fileName, 'gzip data is damaged', error);
  }
  return length === out.length ? out : out.subarray(0, length);
}

/**
 * Turns a downloaded or cached body into the raw IDX bytes: inflates gzip,
 * passes an already-inflated IDX body through, and rejects anything else
 * (an HTML page means the file is not there; other bytes are corrupt).
 */
export async function toIdxBytes(body: Bytes, rawBytes: number, fileName: string): Promise<Bytes> {
  const kind = classifyBody(body.subarray(0, 16));
  switch (kind) {
    case 'gzip':
      return inflate(body, rawBytes, fileName);
    case 'idx':
      return body;
    case 'html':
      throw missingFile(fileName, 'the server answered with a web page instead of the file');
    case 'unknown':
      throw corruptFile(fileName, 'neither gzip nor IDX data');
  }
}
