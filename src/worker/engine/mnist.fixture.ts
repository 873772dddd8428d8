// Real MNIST for engine tests in Node: reads the gzip files that
// `npm run data` builds into public/data/mnist (run before `npm test`).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseIdx } from '../../core/data/idx';
import { splitMnist, type MnistSplit } from '../../core/data/split';

function readIdx(name: string): Uint8Array {
  const path = new URL(`../../../public/data/mnist/${name}.idx.gzip`, import.meta.url);
  return parseIdx(new Uint8Array(gunzipSync(readFileSync(path))), name).data;
}

/** The real MNIST split, loaded once per test file. */
export function loadTestMnist(): MnistSplit {
  return splitMnist(
    { images: readIdx('train-images'), labels: readIdx('train-labels') },
    { images: readIdx('test-images'), labels: readIdx('test-labels') },
  );
}
