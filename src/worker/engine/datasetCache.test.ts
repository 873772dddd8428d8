import { describe, expect, it } from 'vitest';
import type { MnistSplit } from '../../core/data/split';
import { DatasetCache, type DatasetLoad } from './datasetCache';

/** A loader that records each load it is asked for; `fail` makes the next one reject. */
function recordingLoad() {
  const loads: string[] = [];
  let fail = false;
  const load: DatasetLoad = async (dataUrl, dataset, onProgress) => {
    loads.push(`${dataUrl}${dataset}`);
    onProgress('labels', 1, 1, false);
    if (fail) {
      fail = false;
      throw new Error('offline');
    }
    return { dataset } as unknown as MnistSplit; // Only its identity matters here.
  };
  return { loads, load, failNext: () => (fail = true) };
}

describe('DatasetCache', () => {
  it('refuses before it knows the data URL, then loads each data set once, concurrent callers sharing the load', async () => {
    const { loads, load } = recordingLoad();
    const progress: string[] = [];
    const cache = new DatasetCache(load, (file) => progress.push(file));
    expect(() => cache.get('mnist')).toThrow(expect.objectContaining({ code: 'not-ready' }));
    cache.loadFrom('data/');
    const [a, b] = await Promise.all([cache.get('mnist'), cache.get('mnist')]);
    expect(a).toBe(b);
    await cache.get('fashionMnist');
    expect(await cache.get('mnist')).toBe(a);
    expect(loads).toEqual(['data/mnist', 'data/fashionMnist']);
    expect(progress).toEqual(['labels', 'labels']);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const { loads, load, failNext } = recordingLoad();
    const cache = new DatasetCache(load, () => undefined);
    cache.loadFrom('data/');
    failNext();
    await expect(cache.get('mnist')).rejects.toThrow('offline');
    await expect(cache.get('mnist')).resolves.toEqual({ dataset: 'mnist' });
    expect(loads).toEqual(['data/mnist', 'data/mnist']);
  });
});
