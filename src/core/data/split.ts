// The train / validation / test split used everywhere in the app.
import { corruptFile } from './errors';
import { MNIST_TEST_FILE_COUNT, MNIST_TRAIN_FILE_COUNT, PIXELS_PER_IMAGE } from './mnist';

/** Training images: the first 55,000 of the official training file. */
export const TRAIN_SIZE = 55_000;
/** Validation images: the last 5,000 of the official training file. */
export const VALIDATION_SIZE = MNIST_TRAIN_FILE_COUNT - TRAIN_SIZE;
/** Test images: the official 10,000-image test file. */
export const TEST_SIZE = MNIST_TEST_FILE_COUNT;

/** Images (count x 784 bytes, 0..255, row-major) with their labels (0..9). */
export interface MnistSubset {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

export interface MnistSplit {
  train: MnistSubset;
  validation: MnistSubset;
  test: MnistSubset;
}

/** The pixels and labels of one IDX file pair, without headers. */
export interface MnistFilePair {
  images: Uint8Array;
  labels: Uint8Array;
}

function checkPair(pair: MnistFilePair, count: number, name: string): void {
  if (pair.images.length !== count * PIXELS_PER_IMAGE) {
    throw corruptFile(`${name} images`, `${pair.images.length} pixels, expected ${count * PIXELS_PER_IMAGE}`);
  }
  if (pair.labels.length !== count) {
    throw corruptFile(`${name} labels`, `${pair.labels.length} labels, expected ${count}`);
  }
}

function subset(pair: MnistFilePair, start: number, count: number): MnistSubset {
  return {
    images: pair.images.subarray(start * PIXELS_PER_IMAGE, (start + count) * PIXELS_PER_IMAGE),
    labels: pair.labels.subarray(start, start + count),
    count,
  };
}

/**
 * Splits the official files into train (55,000), validation (the last 5,000
 * of the training file) and test (10,000). Returns subarray views: no copies.
 */
export function splitMnist(trainFile: MnistFilePair, testFile: MnistFilePair): MnistSplit {
  checkPair(trainFile, MNIST_TRAIN_FILE_COUNT, 'training');
  checkPair(testFile, MNIST_TEST_FILE_COUNT, 'test');
  return {
    train: subset(trainFile, 0, TRAIN_SIZE),
    validation: subset(trainFile, TRAIN_SIZE, VALIDATION_SIZE),
    test: subset(testFile, 0, TEST_SIZE),
  };
}
