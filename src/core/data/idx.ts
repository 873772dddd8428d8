// IDX: the big-endian array format the MNIST files come in.
//   bytes 0-1  zero
//   byte  2    element type (0x08 = unsigned byte, the only one MNIST uses)
//   byte  3    number of dimensions d
//   then d big-endian uint32 sizes, then the elements, row-major.
// So the magic number read as one uint32 is 0x0800 + d: 2049 for labels
// (d = 1), 2051 for images (d = 3).
import { corruptFile } from './errors';

/** IDX element type code for unsigned bytes. */
export const IDX_TYPE_UBYTE = 0x08;
/** Most dimensions we accept; real files have 1 to 3. */
const MAX_DIMS = 4;

/** A parsed IDX file: its dims and a view (not a copy) of its elements. */
export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

/** What the caller expects; a mismatch is a `data-corrupt` error. */
export interface IdxExpectation {
  magic?: number;
  dims?: readonly number[];
}

/** True when `bytes` starts like an unsigned-byte IDX file (00 00 08 d, 1 <= d <= 4). */
export function looksLikeIdx(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0 &&
    bytes[1] === 0 &&
    bytes[2] === IDX_TYPE_UBYTE &&
    bytes[3] >= 1 &&
    bytes[3] <= MAX_DIMS
  );
}

/**
 * Parses an unsigned-byte IDX file, checking its magic, dims and exact length.
 * `data` is a subarray of `bytes`, so no pixels are copied.
 * Throws DataError('data-corrupt') naming `fileName` on any mismatch.
 */
export function parseIdx(bytes: Uint8Array, fileName: string, expected: IdxExpectation = {}): IdxArray {
  if (bytes.length < 4) throw corruptFile(fileName, `${bytes.length} bytes, too short for an IDX header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (!looksLikeIdx(bytes)) {
    throw corruptFile(fileName, `not an unsigned-byte IDX file (magic ${magic})`);
  }
  if (expected.magic !== undefined && magic !== expected.magic) {
    throw corruptFile(fileName, `IDX magic ${magic}, expected ${expected.magic}`);
  }
  const rank = bytes[3];
  const headerBytes = 4 + 4 * rank;
  if (bytes.length < headerBytes) {
    throw corruptFile(fileName, `${bytes.length} bytes, too short for a ${rank}-d IDX header`);
  }
  const dims: number[] = [];
  for (let i = 0; i < rank; i++) dims.push(view.getUint32(4 + 4 * i));
  if (expected.dims !== undefined) {
    const want = expected.dims;
    if (want.length !== dims.length || want.some((d, i) => d !== dims[i])) {
      throw corruptFile(fileName, `dims [${dims.join(', ')}], expected [${want.join(', ')}]`);
    }
  }
  const elements = dims.reduce((product, d) => product * d, 1);
  const expectedLength = headerBytes + elements;
  if (bytes.length !== expectedLength) {
    const how = bytes.length < expectedLength ? 'truncated' : 'trailing bytes';
    throw corruptFile(fileName, `${how}: ${bytes.length} bytes, expected ${expectedLength}`);
  }
  return { dims, data: bytes.subarray(headerBytes) };
}

/** Throws DataError('data-corrupt') unless every label is a digit 0..(classes - 1). */
export function checkLabels(labels: Uint8Array, fileName: string, classes: number): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= classes) throw corruptFile(fileName, `label ${labels[i]} at item ${i} is not a digit`);
  }
}
