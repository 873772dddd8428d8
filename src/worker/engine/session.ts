// The worker's state between messages: the loaded data, the backend, and the
// current run. Every command from the page lands on one method here.
import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../../core/data/split';
import type { BackendChoice, BackendName, TrainingSettings } from '../../core/training/types';
import type { MemoryResult, ReadyResult, RunSpec, TrainingState, WorkerEvent } from '../protocol';
import { loadMnist } from '../data/mnistLoader';
import { useBackend } from './backends';
import { buildModel, hasConvolutions } from './buildModel';
import { createBatchSource } from './batchSource';
import { EngineError, toWorkerError } from './errors';
import { TrainingRun, type RunOutcome } from './trainingRun';

/** What a run is built from: a change here starts a new run; other settings apply live. */
function runKey(spec: RunSpec): string {
  const { graph, settings } = spec;
  return JSON.stringify({
    nodes: graph.nodes.map(({ id, type, name, params }) => ({ id, type, name, params })),
    edges: graph.edges.map(({ source, target }) => [source, target]),
    loss: settings.loss,
    optimizer: settings.optimizer,
    optimizerParams: settings.optimizerParams,
    seed: settings.seed,
    batchSize: settings.batchSize,
    trainingSamples: settings.trainingSamples,
    backend: settings.backend,
  });
}

export class Session {
  private data: MnistSplit | null = null;
  private backendChoice: BackendChoice = 'auto';
  private backend: BackendName | null = null;
  private run: TrainingRun | null = null;
  private key = '';
  private state: TrainingState = 'idle';
  private loop: Promise<void> | null = null;

  constructor(private readonly emit: (event: WorkerEvent) => void) {}

  /** Loads MNIST (from Cache Storage when it can) and starts a backend. */
  async init(dataUrl: string, backend: BackendChoice): Promise<ReadyResult> {
    this.backendChoice = backend;
    this.data = await loadMnist(dataUrl, (file, loaded, total, fromCache) =>
      this.emit({ type: 'data-progress', file, loaded, total, fromCache }));
    const pick = await this.activate(backend, false);
    return {
      backend: pick.backend,
      backendReason: pick.reason,
      trainSize: this.data.train.count,
      validationSize: this.data.validation.count,
      testSize: this.data.test.count,
    };
  }

  private async activate(choice: BackendChoice, convolutions: boolean) {
    const pick = await useBackend(choice, convolutions);
    if (pick.backend !== this.backend) {
      this.backend = pick.backend;
      this.emit({ type: 'backend', backend: pick.backend, reason: pick.reason });
    }
    return pick;
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
    const pick = await this.activate(choice, hasConvolutions(spec.graph));
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

  /** Applies settings that do not need a new run (learning rate, schedule, epochs, ...). */
  updateSettings(settings: TrainingSettings): void {
    this.run?.updateSettings(settings);
  }

  /** tf.memory() figures, for leak checks. */
  memory(): MemoryResult {
    const { numTensors, numBytes } = tf.memory();
    return { numTensors, numBytes };
  }

  private async prepareRun(spec: RunSpec): Promise<TrainingRun> {
    if (!this.data) throw new EngineError('not-ready', 'The MNIST data is still loading; wait for it to finish, then press Train again.');
    const key = runKey(spec);
    const reusable = this.run && key === this.key && this.state !== 'done' && this.state !== 'error';
    if (reusable && this.run) {
      this.run.updateSettings(spec.settings);
      return this.run;
    }
    this.disposeRun();
    this.backendChoice = spec.settings.backend;
    await this.activate(this.backendChoice, hasConvolutions(spec.graph));
    let model: tf.LayersModel;
    try {
      model = buildModel(spec.graph, spec.settings.seed);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      throw new EngineError('model-build-failed', `The network could not be built: ${(error as Error).message}`);
    }
    const data = this.data;
    this.run = new TrainingRun(model, spec.settings, {
      train: createBatchSource(data.train, spec.settings.trainingSamples),
      validation: createBatchSource(data.validation),
      test: createBatchSource(data.test),
    }, this.emit);
    this.key = key;
    this.emit({ type: 'run-reset' });
    return this.run;
  }

  private startLoop(run: TrainingRun, maxBatches: number): void {
    this.setState('running');
    this.loop = run.train(maxBatches).then(
      (outcome: RunOutcome) => this.setState(outcome === 'done' ? 'done' : 'paused'),
      (error: unknown) => {
        const failure = toWorkerError(error);
        this.emit({ type: 'error', error: { ...failure, code: failure.code === 'internal' ? 'training-failed' : failure.code } });
        this.setState('error');
      },
    ).finally(() => {
      this.loop = null;
    });
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
