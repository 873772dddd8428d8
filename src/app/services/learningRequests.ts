import type { DatasetId } from '../../core/data/datasets';
import type { AppStore } from '../store/appStore';
import type { ModelRequestStatus } from '../store/learningData';
import type { RequestBody, RequestType, ResultOf } from '../../worker/protocol';
import type { FrameScheduler } from './liveClock';
import { LatestOnly } from './latestOnly';
import { WorkerRequestError } from './workerErrors';

/** Sends one request (the service adds the id) and resolves with that request type's result. */
export type SendRequest = <K extends RequestType>(body: RequestBody<K>) => Promise<ResultOf<K>>;
type Report = (error: unknown, request: string) => void;

/** Test images per 'test-images' request (the worker's limit is 500). */
export const TEST_IMAGES_CHUNK = 500;

/** 'no-model' when the worker has no network yet, else 'failed' (and the error is reported). */
function failureStatus(error: unknown, report: Report, request: string): ModelRequestStatus {
  if (error instanceof WorkerRequestError && error.code === 'no-model') return 'no-model';
  report(error, request);
  return 'failed';
}

/**
 * The learning views' requests to the worker: test images, evaluation,
 * drawing predictions, activations and weights. Results go into the store;
 * a missing model is a state the views explain, not an alert.
 */
export class LearningRequests {
  /** The data set whose test images are loading or loaded. */
  private testSetFor: DatasetId | null = null;
  private readonly drawing: LatestOnly<Float32Array>;
  private readonly inspection: LatestOnly<number>;

  constructor(
    private readonly store: AppStore,
    private readonly send: SendRequest,
    private readonly report: Report,
    /** When a live result (the look inside while training) reaches the store: the live clock's beat. */
    private readonly onBeat: FrameScheduler = (update) => {
      update();
      return () => undefined;
    },
  ) {
    this.drawing = new LatestOnly((pixels) => this.predictNow(pixels));
    this.inspection = new LatestOnly((index) => this.inspectNow(index));
  }

  /**
   * Fetches every test image and label of the data set the worker has ready,
   * once, in chunks, so grids and galleries draw at once. Another data set
   * replaces them; a load for the old one then stops.
   */
  async loadTestSet(count: number, dataset: DatasetId): Promise<void> {
    if (this.testSetFor === dataset) return;
    this.testSetFor = dataset;
    this.store.getState().beginTestSet(count, dataset);
    try {
      for (let start = 0; start < count; start += TEST_IMAGES_CHUNK) {
        const indices = Array.from({ length: Math.min(TEST_IMAGES_CHUNK, count - start) }, (_, k) => start + k);
        const chunk = await this.send({ type: 'test-images', indices });
        if (this.testSetFor !== dataset) return;
        this.store.getState().addTestImages(chunk);
      }
    } catch (error) {
      if (this.testSetFor === dataset) this.report(error, 'test-images');
    }
  }

  /** Evaluates the current model on the full test set; the result arrives as an 'evaluation' event. */
  async evaluateNow(): Promise<void> {
    try {
      await this.send({ type: 'evaluate' });
    } catch (error) {
      failureStatus(error, this.report, 'evaluate');
    }
  }

  /** Asks for the drawing's class probabilities; only the newest drawing is sent when several wait. */
  predictDrawing(pixels: Float32Array): void {
    this.store.getState().setDrawingPrediction('pending');
    this.drawing.run(pixels);
  }

  private async predictNow(pixels: Float32Array): Promise<void> {
    try {
      const result = await this.send({ type: 'predict', pixels: pixels.slice() });
      if (this.store.getState().drawing.input) this.store.getState().setDrawingPrediction('ready', result);
    } catch (error) {
      this.store.getState().setDrawingPrediction(failureStatus(error, this.report, 'predict'));
    }
  }

  /** Every layer's activations for one test image; only the newest index is sent when several wait. */
  inspect(index: number): void {
    this.store.getState().setInspectResult('pending');
    this.inspection.run(index);
  }

  private async inspectNow(index: number): Promise<void> {
    try {
      const result = await this.send({ type: 'inspect', index });
      this.onBeat(() => {
        if (this.store.getState().inspectIndex === index) this.store.getState().setInspectResult('ready', result);
      });
    } catch (error) {
      this.store.getState().setInspectResult(failureStatus(error, this.report, 'inspect'));
    }
  }

  /** First-layer filters and per-layer weight and gradient histograms. */
  async refreshWeights(): Promise<void> {
    if (this.store.getState().weightsStatus === 'pending') return;
    this.store.getState().setWeights('pending');
    try {
      this.store.getState().setWeights('ready', await this.send({ type: 'weights' }));
    } catch (error) {
      this.store.getState().setWeights(failureStatus(error, this.report, 'weights'));
    }
  }
}
