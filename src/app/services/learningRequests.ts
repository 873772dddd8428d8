import type { AppStore } from '../store/appStore';
import type { ModelRequestStatus } from '../store/learningData';
import type { RequestBody, RequestType, ResultOf } from '../../worker/protocol';
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
  private testSetLoading = false;
  private readonly drawing: LatestOnly<Float32Array>;
  private readonly inspection: LatestOnly<number>;

  constructor(
    private readonly store: AppStore,
    private readonly send: SendRequest,
    private readonly report: Report,
  ) {
    this.drawing = new LatestOnly((pixels) => this.predictNow(pixels));
    this.inspection = new LatestOnly((index) => this.inspectNow(index));
  }

  /** Fetches every test image and label once, in chunks, so grids and galleries draw at once. */
  async loadTestSet(count: number): Promise<void> {
    if (this.testSetLoading || this.store.getState().testSet) return;
    this.testSetLoading = true;
    this.store.getState().beginTestSet(count);
    try {
      for (let start = 0; start < count; start += TEST_IMAGES_CHUNK) {
        const indices = Array.from({ length: Math.min(TEST_IMAGES_CHUNK, count - start) }, (_, k) => start + k);
        this.store.getState().addTestImages(await this.send({ type: 'test-images', indices }));
      }
    } catch (error) {
      this.report(error, 'test-images');
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
      if (this.store.getState().inspectIndex === index) this.store.getState().setInspectResult('ready', result);
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
