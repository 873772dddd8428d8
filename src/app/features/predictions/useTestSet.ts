import { useEffect } from 'react';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import type { TestSetCache } from '../../store/learningData';

/** The test images and labels, loading them once per data set (in the background) as soon as it is ready. */
export function useTestSet(): TestSetCache | null {
  const service = useTrainingService();
  const testSize = useAppStore((state) => state.datasetSizes?.test ?? null);
  const dataset = useAppStore((state) => state.datasetSizes?.dataset ?? null);
  const testSet = useAppStore((state) => state.testSet);
  useEffect(() => {
    if (testSize !== null && dataset !== null) void service.learning.loadTestSet(testSize, dataset);
  }, [service, testSize, dataset]);
  return testSet;
}

/** Bytes of one 28 x 28 image. */
export const IMAGE_BYTES = 784;

/** Views of single images, per test set buffer: the same image is always the same array, so it is drawn once. */
const imageViews = new WeakMap<Uint8Array, Map<number, Uint8Array>>();

/** The pixels of test image `index` (the same array on every call), or null while they are not loaded yet. */
export function testImagePixels(testSet: TestSetCache | null, index: number): Uint8Array | null {
  if (!testSet || index < 0 || index >= testSet.loaded) return null;
  let views = imageViews.get(testSet.pixels);
  if (!views) {
    views = new Map();
    imageViews.set(testSet.pixels, views);
  }
  let view = views.get(index);
  if (!view) {
    view = testSet.pixels.subarray(index * IMAGE_BYTES, (index + 1) * IMAGE_BYTES);
    views.set(index, view);
  }
  return view;
}
