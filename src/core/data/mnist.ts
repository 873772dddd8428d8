// MNIST's file layout, shared by the parser, the batch builder, the split and
// the loader. Every data set (datasets.ts) uses it: Fashion-MNIST is built
// into the same four IDX files. scripts/data/common.mjs repeats the file
// names and counts (it cannot import TypeScript); the build-output test keeps
// the two in step.

/** Image side in pixels. */
export const IMAGE_SIDE = 28;
/** Pixels per image (28 x 28 x 1 channel). */
export const PIXELS_PER_IMAGE = IMAGE_SIDE * IMAGE_SIDE;
/** Number of classes of every data set (MNIST's digits 0..9, Fashion-MNIST's ten kinds of clothing). */
export const NUM_CLASSES = 10;

/** IDX magic of an unsigned-byte 3-d array (images: count x rows x cols). */
export const IDX_MAGIC_IMAGES = 2051;
/** IDX magic of an unsigned-byte 1-d array (labels). */
export const IDX_MAGIC_LABELS = 2049;

/** Images in the official training file. */
export const MNIST_TRAIN_FILE_COUNT = 60_000;
/** Images in the official test file. */
export const MNIST_TEST_FILE_COUNT = 10_000;

/** Keys of the four files in manifest.json. */
export const MNIST_FILE_KEYS = ['trainImages', 'trainLabels', 'testImages', 'testLabels'] as const;
export type MnistFileKey = (typeof MNIST_FILE_KEYS)[number];

/** What each file must contain: IDX magic and exact dims. */
export const MNIST_FILE_SHAPES: Record<MnistFileKey, { magic: number; dims: readonly number[] }> = {
  trainImages: { magic: IDX_MAGIC_IMAGES, dims: [MNIST_TRAIN_FILE_COUNT, IMAGE_SIDE, IMAGE_SIDE] },
  trainLabels: { magic: IDX_MAGIC_LABELS, dims: [MNIST_TRAIN_FILE_COUNT] },
  testImages: { magic: IDX_MAGIC_IMAGES, dims: [MNIST_TEST_FILE_COUNT, IMAGE_SIDE, IMAGE_SIDE] },
  testLabels: { magic: IDX_MAGIC_LABELS, dims: [MNIST_TEST_FILE_COUNT] },
};
