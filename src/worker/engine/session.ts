// The worker's state between messages: the loaded data sets, the backend, and
// the current run. Every command from the page lands on one method here.
import * as tf from '@tensorflow/tfjs';
import type { DatasetId } from '../../core/data/datasets';
import type { MnistSplit } from '../../core/data/split';
import { architectureKey } from '../../core/network/compare';
import { liveSettings, newRunSettings, type LiveSettings } from '../../core/training/settingsTable';
import type { BackendChoice, BackendName } from '../../core/training/types';
import { PIXELS_PER_IMAGE } from '../../core/data/mnist';
import type { InspectResult, MemoryResult, PredictResult, ReadyResult, RunSpec, TestImagesResult, TrainingState, WeightsResult } from '../protocol';
import { loadDataset } from '../data/datasetLoader';
import { DatasetCache, type DatasetLoad } from './datasetCache';
import { browserPickMemory, type PickMemory } from './autoMemory';
import { BACKEND_FAULT_KINDS, type BackendFaultKind } from '../../core/training/backendFaults';
import { BackendKeeper } from './backendKeeper';
import { buildModel, hasConvolutions } from './buildModel';
import { createBatchSource } from './batchSource';
import { EngineError } from './errors';
import { TrainingRun, type RunOutcome } from './trainingRun';
import { ownBuffer, Transfer, type EmitEvent } from './transfer';
import { checkpointBuffers, type RunCheckpoint } from '../../core/checkpoint/types';

/** Most test images one 'test-images' request may ask for. */
export const MAX_TEST_IMAGES_PER_REQUEST = 500;

/** What a run is built from: the network and the settings the table marks 'new-run'. A change here starts a new run; the rest apply live. */
function runKey(spec: RunSpec): string {
  return JSON.stringify({ network: architectureKey(spec.graph), settings: newRunSettings(spec.settings) });
}

/** The state each way a loop ends leaves the run in; only a pause can be resumed. */
const OUTCOME_STATES: Record<RunOutcome, TrainingState> = { done: 'done', paused: 'paused', diverged: 'error' };

/** The worker's state between messages: the data sets, the backend and the current run. */
export class Session {
  /** Each data set asked for so far, loading or loaded. */
  private readonly datasets: DatasetCache;
  /** The data set of the last init or run: test images come from it. */
  private data: MnistSplit | null = null;
  private backendChoice: BackendChoice = 'auto';
  private run: TrainingRun | null = null;
  private key = '';
  private state: TrainingState = 'idle';
  private loop: Promise<void> | null = null;
  /** The network and settings of the current run, to rebuild it on another backend after a fault. */
  private spec: RunSpec | null = null;
  /** The backend in use, and the failover off one that fails. */
  private readonly backends: BackendKeeper;

  constructor(
    private readonly emit: EmitEvent,
    load: DatasetLoad = loadDataset,
    /** Where Auto remembers its measured pick per network and device. */
    picks: PickMemory = browserPickMemory(),
  ) {
    this.backends = new BackendKeeper(emit, picks);
    this.datasets = new DatasetCache(load, (file, loaded, total, fromCache) => emit({ type: 'data-progress', file, loaded, total, fromCache }));
  }

  /**
   * Loads a data set (from memory if it was loaded before, else from Cache
   * Storage or the network) and starts a backend. Sent again when the page
   * switches data set; the other data set stays in memory.
   */
  async init(dataUrl: string, dataset: DatasetId, backend: BackendChoice): Promise<ReadyResult> {
    this.datasets.loadFrom(dataUrl);
    this.backendChoice = backend;
    const data = await this.datasets.get(dataset);
    this.data = data;
    const pick = await this.backends.activate(backend, false);
    return {
      dataset,
      backend: pick.backend,
      backendReason: pick.reason,
      trainSize: data.train.count,
      validationSize: data.validation.count,
      testSize: data.test.count,
    };
  }

  private setState(state: TrainingState): void {
    this.state = state;
    this.emit({ type: 'state', state });
  }

  /** Switches backend now; the current run ends because its tensors live on the old one. */
  async setBackend(choice: BackendChoice, spec: RunSpec): Promise<BackendName> {
    await this.stopLoop();
    this.disposeRun();
    this.backendChoice = choice;
    const pick = await this.backends.activate(choice, hasConvolutions(spec.graph));
    this.setState('idle');
    return pick.backend;
  }

  /** Starts or resumes training; resolves once the loop is running. */
  async train(spec: RunSpec): Promise<void> {
    if (this.state === 'running') return;
    const run = await this.prepareRun(spec);
    this.startLoop(run, Number.POSITIVE_INFINITY);
  }

  /** Trains exactly one batch, then pauses; resolves when that batch is reported. */
  async step(spec: RunSpec): Promise<void> {
    if (this.state === 'running') return;
    const run = await this.prepareRun(spec);
    this.startLoop(run, 1);
    await this.loop;
  }

  /** Stops after the current batch; resolves when the loop has stopped. */
  async pause(): Promise<void> {
    this.run?.requestPause();
    await this.loop;
  }

  /** Ends the run and frees its model and optimizer; the next Train starts afresh. */
  async reset(): Promise<void> {
    await this.stopLoop();
    this.disposeRun();
    this.setState('idle');
    this.emit({ type: 'run-reset' });
  }

  /** Applies the live settings (learning rate, schedule, epochs, ...) to the current run. */
  updateSettings(settings: LiveSettings): void {
    this.run?.updateSettings(liveSettings(settings));
  }

  /** tf.memory() figures, for leak checks. */
  memory(): MemoryResult {
    const { numTensors, numBytes } = tf.memory();
    return { numTensors, numBytes };
  }

  /** Evaluates the current model on the full test set; the result goes out as an 'evaluation' event. */
  async evaluate(): Promise<void> {
    await this.currentRun().evaluate('request');
  }

  /** Class probabilities of one 28 x 28 image from the page (a drawing). */
  async predict(pixels: Float32Array): Promise<PredictResult> {
    return this.currentRun().predict(pixels);
  }

  /** Copies of test images' pixels (and their labels), by test index. */
  testImages(indices: number[]): Transfer<TestImagesResult> {
    if (!this.data) throw new EngineError('not-ready', 'The data is still loading; ask for images once it has loaded.');
    const test = this.data.test;
    if (!Array.isArray(indices) || indices.length > MAX_TEST_IMAGES_PER_REQUEST) {
      throw new EngineError('bad-request', `Ask for at most ${MAX_TEST_IMAGES_PER_REQUEST} test images at a time.`);
    }
    indices.forEach((index) => this.checkTestIndex(index, test.count));
    const pixels = new Uint8Array(indices.length * PIXELS_PER_IMAGE);
    indices.forEach((index, k) => pixels.set(test.images.subarray(index * PIXELS_PER_IMAGE, (index + 1) * PIXELS_PER_IMAGE), k * PIXELS_PER_IMAGE));
    const labels = indices.map((index) => test.labels[index]);
    return new Transfer({ indices: [...indices], labels, pixels }, [ownBuffer(pixels)]);
  }

  /** Every layer's activations for one test image. */
  async inspect(index: number): Promise<Transfer<InspectResult>> {
    const run = this.currentRun();
    this.checkTestIndex(index, run.data.test.count);
    return run.inspect(index);
  }

  /** First-layer filters and per-layer weight and gradient histograms. */
  async weights(): Promise<Transfer<WeightsResult>> {
    return this.currentRun().weights();
  }

  /** The current run's weights, optimizer state and position (a batch boundary, also while it trains). */
  async checkpoint(): Promise<Transfer<RunCheckpoint>> {
    const run = this.currentRun();
    const spec = this.spec;
    if (!spec) throw new EngineError('no-model', 'There is no network yet: press Train or Step to build one.');
    const state = await run.checkpoint();
    const checkpoint: RunCheckpoint = { ...state, graph: spec.graph, settings: run.currentSettings, takenAt: Date.now() };
    return new Transfer(checkpoint, checkpointBuffers(checkpoint));
  }

  /** A fresh run of the checkpoint's network and settings with its state put back, paused (done if it trained every epoch). */
  async restoreCheckpoint(checkpoint: RunCheckpoint): Promise<void> {
    await this.stopLoop();
    this.disposeRun();
    const run = await this.prepareRun({ graph: checkpoint.graph, settings: checkpoint.settings }, false);
    try {
      await run.restore(checkpoint);
    } catch (error) {
      this.disposeRun();
      throw error;
    }
    this.emit({ type: 'progress', points: [], ...run.progress, throughput: 0, nextLearningRate: run.nextLearningRate });
    this.setState(run.finished ? 'done' : 'paused');
  }

  /**
   * What a step-through copies: the data set of `spec`, and the current run
   * when it is `spec`'s run (null: none yet, or the network has changed).
   * Refused while training runs, so nothing moves while it is copied.
   */
  async stepSource(spec: RunSpec): Promise<{ data: MnistSplit; run: TrainingRun | null }> {
    if (this.state === 'running') throw new EngineError('bad-request', 'Pause training first: a step is taken apart between batches.');
    const data = await this.datasets.get(spec.settings.dataset);
    return { data, run: this.run && this.key === runKey(spec) ? this.run : null };
  }

  private currentRun(): TrainingRun {
    if (!this.run) throw new EngineError('no-model', 'There is no network yet: press Train or Step to build one.');
    return this.run;
  }

  private checkTestIndex(index: number, count: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new EngineError('bad-request', `Test image ${index} does not exist: indices run from 0 to ${count - 1}.`);
    }
  }

  private async prepareRun(spec: RunSpec, announce = true): Promise<TrainingRun> {
    if (!this.data) throw new EngineError('not-ready', 'The data is still loading; wait for it to finish, then press Train again.');
    const key = runKey(spec);
    const reusable = this.run && key === this.key && this.state !== 'done' && this.state !== 'error';
    if (reusable && this.run) {
      this.run.updateSettings(liveSettings(spec.settings));
      return this.run;
    }
    const data = await this.datasets.get(spec.settings.dataset);
    this.disposeRun();
    this.data = data;
    this.backendChoice = spec.settings.backend;
    await this.backends.startForRun(this.backendChoice, spec, data.train);
    let model: tf.LayersModel;
    try {
      model = buildModel(spec.graph, spec.settings.seed);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      throw new EngineError('model-build-failed', `The network could not be built: ${(error as Error).message}`);
    }
    this.run = new TrainingRun(model, spec.settings, {
      train: createBatchSource(data.train, spec.settings.trainingSamples),
      validation: createBatchSource(data.validation),
      test: createBatchSource(data.test),
    }, this.emit);
    this.key = key;
    this.spec = spec;
    if (announce) this.emit({ type: 'run-reset' });
    return this.run;
  }

  private startLoop(run: TrainingRun, maxBatches: number): void {
    this.setState('running');
    const loop: Promise<void> = this.runLoop(run, maxBatches).finally(() => {
      if (this.loop === loop) this.loop = null;
    });
    this.loop = loop;
  }

  /** Trains until the run stops; a backend fault moves the run to the next backend and trains on there. */
  private async runLoop(first: TrainingRun, maxBatches: number): Promise<void> {
    let run: TrainingRun | null = first;
    while (run) {
      run.guard = () => this.backends.faults.check();
      try {
        // A diverged run has ended (its weights are garbage): 'error', so the next Train starts afresh.
        const outcome = await run.train(maxBatches);
        this.setState(OUTCOME_STATES[outcome]);
        return;
      } catch (error) {
        run = await this.recover(error, run);
      } finally {
        // A loss armed as the loop stopped happens now, so the request that armed it is answered.
        this.backends.faults.loseNow();
      }
    }
  }

  /**
   * After an error in the loop: the run to go on with on the next backend
   * (BackendKeeper.failOver), or null when the run has ended in 'error'.
   */
  private async recover(error: unknown, run: TrainingRun): Promise<TrainingRun | null> {
    const spec = this.spec;
    const next = await this.backends.failOver(error, run, spec, () => this.disposeRun());
    if (next === null || spec === null) {
      this.setState('error');
      return null;
    }
    this.run = next;
    this.key = runKey(spec);
    return next;
  }

  /** Test only: the next batch (or backend start) fails as tfjs would fail; see FaultWatch.arm. */
  async testFault(kind: BackendFaultKind): Promise<void> {
    if (!BACKEND_FAULT_KINDS.includes(kind)) throw new EngineError('bad-request', `There is no test fault "${String(kind)}".`);
    await this.backends.faults.arm(kind, this.state === 'running');
  }

  private async stopLoop(): Promise<void> {
    this.run?.requestPause();
    await this.loop;
  }

  private disposeRun(): void {
    this.run?.dispose();
    this.run = null;
    this.key = '';
  }
}
