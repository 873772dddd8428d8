// Real data sets for engine tests in Node: reads the gzip files that
// `npm run data` builds into public/data/<folder> (run before `npm test`).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DATASETS, type DatasetId } from '../../core/data/datasets';
import { parseIdx } from '../../core/data/idx';
import { splitMnist, type MnistSplit } from '../../core/data/split';

function readIdx(folder: string, name: string): Uint8Array {
  const path = new URL(`../../../public/data/${folder}/${name}.idx.gzip`, import.meta.url);
  return parseIdx(new Uint8Array(gunzipSync(readFileSync(path))), name).data;
}

/** A real data set's split (MNIST unless told), loaded once per call. */
export function loadTestMnist(dataset: DatasetId = 'mnist'): MnistSplit {
  const { folder } = DATASETS[dataset];
  return splitMnist(
    { images: readIdx(folder, 'train-images'), labels: readIdx(folder, 'train-labels') },
    { images: readIdx(folder, 'test-images'), labels: readIdx(folder, 'test-labels') },
  );
}
