import type { StateCreator } from 'zustand';
import type { DatasetId } from '../../core/data/datasets';
import type { InspectResult, PredictResult, TestImagesResult, WeightsResult } from '../../worker/protocol';
import { INITIAL_LEARNING_DATA, type LearningData, type MatrixCell, type ModelRequestStatus } from './learningData';
import type { Store } from './storeTypes';

/** Bytes of one 28 x 28 image. */
const IMAGE_BYTES = 784;

export interface LearningSlice extends LearningData {
  /** Starts an empty test-set cache of `count` images of a data set (replacing another data set's). */
  beginTestSet: (count: number, dataset: DatasetId) => void;
  /** Stores one chunk of test images (fetched in index order). */
  addTestImages: (chunk: TestImagesResult) => void;
  /** Shows the images of one confusion-matrix cell, or hides them (null, or the same cell again). */
  selectCell: (cell: MatrixCell | null) => void;
  setInspectIndex: (index: number) => void;
  setInspectResult: (status: ModelRequestStatus, result?: InspectResult) => void;
  setWeights: (status: ModelRequestStatus, result?: WeightsResult) => void;
  /** The drawing's 28 x 28 input changed (null: cleared). */
  setDrawingInput: (input: Float32Array | null) => void;
  setDrawingPrediction: (status: ModelRequestStatus, prediction?: PredictResult) => void;
}

export const createLearningSlice: StateCreator<Store, [], [], LearningSlice> = (set) => ({
  ...INITIAL_LEARNING_DATA,

  beginTestSet: (count, dataset) =>
    set({ testSet: { dataset, count, loaded: 0, labels: new Uint8Array(count), pixels: new Uint8Array(count * IMAGE_BYTES) } }),

  addTestImages: (chunk) =>
    set((state) => {
      const cache = state.testSet;
      if (!cache) return {};
      chunk.indices.forEach((index, k) => {
        if (index < 0 || index >= cache.count) return;
        cache.labels[index] = chunk.labels[k] ?? 0;
        cache.pixels.set(chunk.pixels.subarray(k * IMAGE_BYTES, (k + 1) * IMAGE_BYTES), index * IMAGE_BYTES);
      });
      const last = chunk.indices[chunk.indices.length - 1] ?? -1;
      return { testSet: { ...cache, loaded: Math.max(cache.loaded, last + 1) } };
    }),

  selectCell: (cell) =>
    set((state) => {
      const same = cell && state.selectedCell && cell.actual === state.selectedCell.actual && cell.predicted === state.selectedCell.predicted;
      return { selectedCell: same ? null : cell };
    }),

  setInspectIndex: (inspectIndex) => set({ inspectIndex }),

  setInspectResult: (inspectStatus, result) =>
    set((state) => ({ inspectStatus, inspectResult: result ?? (inspectStatus === 'no-model' ? null : state.inspectResult) })),

  setWeights: (weightsStatus, result) =>
    set((state) => ({ weightsStatus, weights: result ?? (weightsStatus === 'no-model' ? null : state.weights) })),

  setDrawingInput: (input) =>
    set((state) => ({
      drawing: input ? { ...state.drawing, input } : { input: null, prediction: null, status: 'idle' },
    })),

  setDrawingPrediction: (status, prediction) =>
    set((state) => ({
      drawing: {
        ...state.drawing,
        status,
        prediction: prediction ?? (status === 'pending' ? state.drawing.prediction : null),
      },
    })),
});
