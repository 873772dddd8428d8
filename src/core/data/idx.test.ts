import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { checkLabels, looksLikeIdx, parseIdx } from './idx';
import { IDX_MAGIC_IMAGES, IDX_MAGIC_LABELS } from './mnist';

/** A big-endian unsigned-byte IDX file with the given dims and elements. */
function makeIdx(dims: number[], data: number[], magic = 0x0800 + dims.length): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  bytes.set(data, 4 + 4 * dims.length);
  return bytes;
}

function caught(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('parseIdx', () => {
  it('parses a labels file', () => {
    const { dims, data } = parseIdx(makeIdx([3], [7, 0, 9]), 'labels.idx', { magic: IDX_MAGIC_LABELS, dims: [3] });
    expect(dims).toEqual([3]);
    expect([...data]).toEqual([7, 0, 9]);
  });

  it('parses an images file and returns a view, not a copy', () => {
    const pixels = Array.from({ length: 2 * 2 * 3 }, (_, i) => i * 10);
    const bytes = makeIdx([2, 2, 3], pixels);
    const { dims, data } = parseIdx(bytes, 'images.idx', { magic: IDX_MAGIC_IMAGES, dims: [2, 2, 3] });
    expect(dims).toEqual([2, 2, 3]);
    expect([...data]).toEqual(pixels);
    expect(data.buffer).toBe(bytes.buffer);
    expect(data.byteOffset).toBe(16);
  });

  it('works on a view with a byte offset', () => {
    const inner = makeIdx([2], [4, 5]);
    const outer = new Uint8Array(inner.length + 5);
    outer.set(inner, 5);
    expect([...parseIdx(outer.subarray(5), 'offset.idx').data]).toEqual([4, 5]);
  });

  it('rejects a wrong magic number, naming the file and the fix', () => {
    const error = caught(() => parseIdx(makeIdx([2], [1, 2]), 'train-labels.idx.gzip', { magic: IDX_MAGIC_IMAGES }));
    expect(error.code).toBe('data-corrupt');
    expect(error.file).toBe('train-labels.idx.gzip');
    expect(error.message).toContain('train-labels.idx.gzip');
    expect(error.message).toContain('2049');
    expect(error.message).toContain('npm run data');
  });

  it('rejects bytes that are not IDX at all', () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
    expect(caught(() => parseIdx(gzip, 'x')).message).toContain('not an unsigned-byte IDX file');
    expect(caught(() => parseIdx(makeIdx([2], [1, 2], 0x0d01), 'float.idx')).code).toBe('data-corrupt');
    expect(caught(() => parseIdx(new Uint8Array([0, 0]), 'tiny')).message).toContain('too short');
  });

  it('rejects a truncated file', () => {
    const bytes = makeIdx([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(caught(() => parseIdx(bytes.subarray(0, bytes.length - 1), 'cut.idx')).message).toContain('truncated');
    expect(caught(() => parseIdx(bytes.subarray(0, 10), 'cut.idx')).message).toContain('too short');
  });

  it('rejects trailing bytes', () => {
    const bytes = new Uint8Array(13);
    bytes.set(makeIdx([4], [1, 2, 3, 4]));
    expect(caught(() => parseIdx(bytes, 'long.idx')).message).toContain('trailing bytes');
  });

  it('rejects unexpected dims', () => {
    const error = caught(() => parseIdx(makeIdx([1, 2, 2], [0, 0, 0, 0]), 'images.idx', { dims: [1, 28, 28] }));
    expect(error.message).toContain('dims [1, 2, 2], expected [1, 28, 28]');
  });
});

describe('looksLikeIdx and checkLabels', () => {
  it('recognises IDX headers only', () => {
    expect(looksLikeIdx(makeIdx([1], [0]))).toBe(true);
    expect(looksLikeIdx(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(false);
    expect(looksLikeIdx(new Uint8Array([0, 0, 8]))).toBe(false);
    expect(looksLikeIdx(new Uint8Array([0, 0, 8, 0]))).toBe(false);
  });

  it('rejects labels outside 0..9', () => {
    expect(() => checkLabels(new Uint8Array([0, 9, 3]), 'l', 10)).not.toThrow();
    expect(caught(() => checkLabels(new Uint8Array([0, 10]), 'l', 10)).message).toContain('label 10 at item 1');
  });
});
