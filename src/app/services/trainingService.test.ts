import { afterEach, describe, expect, it } from 'vitest';
import type { ReadyResult, WorkerEvent, WorkerRequest } from '../../worker/protocol';
import { createAppStore } from '../store/appStore';
import { TrainingService } from './trainingService';

/** A stand-in for the worker: records requests, lets the test send events. */
class FakeWorker {
  readonly requests: WorkerRequest[] = [];
  onmessage: ((message: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;

  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }

  last(): WorkerRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error('no request sent');
    return request;
  }
}

const READY: ReadyResult = { dataset: 'mnist', backend: 'wasm', backendReason: { code: 'chosen' }, trainSize: 55000, validationSize: 5000, testSize: 10000 };

function setUp(search = '') {
  const store = createAppStore();
  const worker = new FakeWorker();
  const service = new TrainingService(store, () => worker as unknown as Worker, {
    search,
    baseURI: 'https://example.org/course/playground/index.html',
  });
  return { store, worker, service };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let dispose: (() => void) | null = null;
afterEach(() => dispose?.());

/** A started service whose worker has answered init. */
async function setUpReady() {
  const parts = setUp();
  dispose = () => parts.service.dispose();
  parts.service.start();
  parts.worker.emit({ type: 'response', id: 1, request: 'init', ok: true, result: READY });
  await flush();
  return parts;
}


describe('TrainingService', () => {
  it('initialises with a data URL beside the page and the backend from the query', async () => {
    const { store, worker, service } = setUp('?backend=wasm');
    dispose = () => service.dispose();
    service.start();
    const init = worker.last();
    expect(init).toEqual({
      type: 'init',
      id: 1,
      dataUrl: 'https://example.org/course/playground/data/',
      dataset: 'mnist',
      backend: 'wasm',
    });
    expect(store.getState().settings.backend).toBe('wasm');

    worker.emit({ type: 'response', id: init.id, request: 'init', ok: true, result: READY });
    await flush();
    expect(store.getState().workerStatus).toBe('ready');
    expect(store.getState().backend).toBe('wasm');
  });

  it('sends commands with the current spec and new ids', async () => {
    const { store, worker, service } = await setUpReady();

    void service.train();
    const train = worker.last();
    expect(train.type).toBe('train');
    expect(train.id).toBe(2);
    expect(train).toMatchObject({ spec: { graph: store.getState().graph, settings: store.getState().settings } });
  });

  it('Train is pending from the press until the worker answers: a second press sends nothing', async () => {
    const { store, worker, service } = await setUpReady();

    const trained = service.train();
    expect(store.getState().pendingCommand).toBe('train');
    void service.train();
    void service.step();
    expect(worker.requests.filter((request) => request.type === 'train' || request.type === 'step')).toHaveLength(1);

    worker.emit({ type: 'state', state: 'running' });
    worker.emit({ type: 'response', id: worker.last().id, request: 'train', ok: true, result: undefined });
    await trained;
    expect(store.getState().pendingCommand).toBeNull();
  });

  it('a response whose type tag is not its request\'s is refused, not delivered', async () => {
    const { store, worker, service } = setUp();
    dispose = () => service.dispose();
    service.start();
    worker.emit({ type: 'response', id: 1, request: 'memory', ok: true, result: { numTensors: 1, numBytes: 4 } });
    await flush();
    expect(store.getState().workerStatus).toBe('failed');
    expect(store.getState().alerts[0]).toMatchObject({ kind: 'worker-crashed' });
  });

  it('a failed response becomes an alert naming what failed', async () => {
    const { store, worker, service } = setUp();
    dispose = () => service.dispose();
    service.start();
    worker.emit({
      type: 'response',
      id: 1,
      request: 'init',
      ok: false,
      error: { code: 'data-missing', name: 'DataError', message: 'train-images not found' },
    });
    await flush();
    expect(store.getState().workerStatus).toBe('failed');
    expect(store.getState().alerts[0]).toMatchObject({ kind: 'worker-error', request: 'init' });
  });

  it('merges the progress of one frame into one store update, flushed before other events', async () => {
    const { store, worker, service } = setUp();
    dispose = () => service.dispose();
    service.start();
    const progress = (batch: number): WorkerEvent => ({
      type: 'progress',
      points: [{ batch, epoch: 0, loss: 1, accuracy: 0.5, meanLoss: 1, meanAccuracy: 0.5, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 }],
      batch,
      epoch: 0,
      throughput: 100, nextLearningRate: 0.001,
    });
    worker.emit(progress(1));
    worker.emit(progress(2));
    worker.emit(progress(3));
    expect(store.getState().batch).toBe(0);

    worker.emit({ type: 'state', state: 'paused' });
    expect(store.getState().batch).toBe(3);
    expect(store.getState().batchCurve.seen).toBe(3);
    expect(store.getState().trainingState).toBe('paused');

    worker.emit(progress(4));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(store.getState().batch).toBe(4);
  });

  it('clears a paused run when the network changes', async () => {
    const { store, worker } = await setUpReady();
    worker.emit({ type: 'state', state: 'paused' });
    store.getState().setPreset('lenet5');
    expect(worker.last().type).toBe('reset');
  });

  it('a new data set clears the run and loads that data set; Train waits for it', async () => {
    const { store, worker, service } = setUp();
    dispose = () => service.dispose();
    service.start();
    worker.emit({ type: 'response', id: 1, request: 'init', ok: true, result: READY });
    await flush();
    worker.emit({ type: 'state', state: 'done' });
    store.getState().setSetting('dataset', 'fashionMnist');
    const [reset, init] = worker.requests.slice(-2);
    expect(reset.type).toBe('reset');
    expect(init).toMatchObject({ type: 'init', dataset: 'fashionMnist', dataUrl: 'https://example.org/course/playground/data/' });
    expect(store.getState().workerStatus).toBe('loading');
    // Chosen again while Fashion-MNIST loads: MNIST is asked for once that answer is in, and only it counts.
    store.getState().setSetting('dataset', 'mnist');
    expect(worker.requests.filter((r) => r.type === 'init')).toHaveLength(2);
    worker.emit({ type: 'response', id: init.id, request: 'init', ok: true, result: { ...READY, dataset: 'fashionMnist' } });
    await flush();
    expect(store.getState().workerStatus).toBe('loading');
    const again = worker.last();
    expect(again).toMatchObject({ type: 'init', dataset: 'mnist' });
    worker.emit({ type: 'response', id: again.id, request: 'init', ok: true, result: READY });
    await flush();
    expect(store.getState().workerStatus).toBe('ready');
    expect(store.getState().datasetSizes?.dataset).toBe('mnist');
  });

  it('a batch size typed during a run ends it at once, with a notice; a learning rate goes to the run live', async () => {
    const { store, worker, service } = await setUpReady();
    void service.train();
    worker.emit({ type: 'run-reset' });
    worker.emit({ type: 'state', state: 'running' });
    worker.emit({ type: 'response', id: worker.last().id, request: 'train', ok: true, result: undefined });
    worker.emit({ type: 'progress', points: [{ batch: 1, epoch: 0, loss: 2, accuracy: 0.1, meanLoss: 2, meanAccuracy: 0.1, learningRate: 0.001, gradientNorm: 1, clipNorm: 0 }], batch: 1, epoch: 0, throughput: 10 , nextLearningRate: 0.001});

    store.getState().setSettingText('learningRate', '0.01');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const update = worker.last();
    expect(update.type).toBe('update-settings');
    if (update.type === 'update-settings') {
      expect(update.settings.learningRate).toBe(0.01);
      expect(Object.keys(update.settings)).not.toContain('batchSize');
    }
    expect(store.getState().notices.some((notice) => notice.kind === 'run-ended')).toBe(false);

    store.getState().setSettingText('batchSize', '32');
    expect(worker.last().type).toBe('reset');
    expect(store.getState().notices.find((notice) => notice.kind === 'run-ended')).toEqual({
      kind: 'run-ended',
      runName: 'Run 1',
      batches: 1,
      kept: true,
      changes: [{ kind: 'setting', key: 'batchSize', from: 64, to: 32 }],
    });
    store.getState().setSettingText('batchSize', '320');
    expect(worker.requests.filter((request) => request.type === 'reset')).toHaveLength(1);
  });
});
