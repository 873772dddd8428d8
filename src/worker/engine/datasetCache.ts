// The data sets a worker has asked for: each loaded once from the data URL of
// the last init and kept in memory, so switching back costs nothing.
import type { DatasetId } from '../../core/data/datasets';
import type { MnistSplit } from '../../core/data/split';
import { EngineError } from './errors';

/** Loads a data set's split from the data URL (the folder of every data set), reporting progress (replaceable in tests). */
export type DatasetLoad = (
  dataUrl: string,
  dataset: DatasetId,
  onProgress: (file: string, loaded: number, total: number, fromCache: boolean) => void,
) => Promise<MnistSplit>;

/** Each data set asked for so far, loading or loaded (a failed load is forgotten, so it can be retried). */
export class DatasetCache {
  private dataUrl: string | null = null;
  private readonly datasets = new Map<DatasetId, Promise<MnistSplit>>();

  constructor(private readonly load: DatasetLoad, private readonly onProgress: Parameters<DatasetLoad>[2]) {}

  /** Where the data sets are from now on (the page sends it with each init). */
  loadFrom(dataUrl: string): void {
    this.dataUrl = dataUrl;
  }

  /** One data set's split, loading it once (concurrent callers share the load). */
  get(id: DatasetId): Promise<MnistSplit> {
    const known = this.datasets.get(id);
    if (known) return known;
    const dataUrl = this.dataUrl;
    if (dataUrl === null) throw new EngineError('not-ready', 'The data is still loading; wait for it to finish, then press Train again.');
    const loading = this.load(dataUrl, id, this.onProgress);
    this.datasets.set(id, loading);
    loading.catch(() => {
      if (this.datasets.get(id) === loading) this.datasets.delete(id);
    });
    return loading;
  }
}
