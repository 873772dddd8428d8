import { backendFromQuery } from './backendQuery';
import { LiveClock } from './liveClock';
import { LiveEvents } from './liveEvents';
import { WorkerGoneError, WorkerRequestError } from './workerErrors';
import type { AppStore } from '../store/appStore';
import { runChanges } from '../../core/training/runChanges';
import type { BackendChoice } from '../../core/training/types';
import type { RequestBody, RequestType, ResultOf, RunSpec, WorkerEvent } from '../../worker/protocol';
import { LearningRequests } from './learningRequests';
import { exposeTestFaults, testFaultsAllowed } from './testFaults';
import { PendingRequests } from './pendingRequests';
import { CheckpointKeeper } from './checkpoints';
import { keptRunCheckpoint } from './savedWork';
import { keepWithRunView, showRunView, viewAtCheckpoint, type KeptRunView } from './keptRunView';
import type { RunCheckpoint, WorkerPong } from '../../worker/protocol';
import { isWorkerFault, TEST_FAULTS_WORKER_NAME, type TestFaultKind } from '../../core/testFaults';
import { StepThroughRequests } from './stepThroughRequests';
import { WorkerRecovery } from './workerRecovery';
import { RunEdits } from './runEdits';

/** Where the page is served from: the data URL and the `?backend=` query come from here. */
export interface PageLocation {
  search: string;
  baseURI: string;
}

/** Starts the training worker. Vite bundles the worker because of this exact `new URL` form. */
export function createTrainingWorker(testFaults = testFaultsAllowed(window.location.search)): Worker {
  return new Worker(new URL('../../worker/entry.ts', import.meta.url), { type: 'module', name: testFaults ? TEST_FAULTS_WORKER_NAME : 'training' });
}

/** Answers that need no live update before them: reads of the learning views and the checkpoint. */
const BEAT_PACED_ANSWERS: ReadonlySet<RequestType> = new Set<RequestType>(['inspect', 'weights', 'checkpoint', 'memory', 'test-images', 'predict']);

/**
 * The one object that owns the training worker: sends typed requests with ids,
 * resolves each answer, and turns the worker's events into store updates.
 * Commands never reject; failures become alerts in the store.
 */
export class TrainingService {
  private worker: Worker | null = null;
  private nextRequestId = 1;
  private readonly pending = new PendingRequests();
  /** The beat at which live updates reach the store while a run trains. */
  private readonly clock = new LiveClock(() => this.store.getState().trainingState === 'running');
  private readonly live: LiveEvents;
  private unsubscribe: (() => void) | null = null;
  /** The network and settings the current run was started (or last resumed) with. */
  private runSpec: RunSpec | null = null;
  /** True while an init is on its way; a data set chosen meanwhile is loaded when it returns. */
  private initializing = false;
  /** Requests of the learning views (test images, evaluation, drawing, look inside). */
  readonly learning: LearningRequests;
  /** The main thread's checkpoint of the current run, for a worker restart and a reload (kept with the run's views). */
  readonly checkpoints = new CheckpointKeeper(() => this.send({ type: 'checkpoint' }), keepWithRunView(() => this.store.getState()));
  /** The heartbeat, and a new worker after a crash or a silence. */
  private readonly recovery: WorkerRecovery;
  /** What each edit on the page does to the run. */
  private readonly edits: RunEdits;
  /** Requests of the step-through (one training step taken apart, on a copy). */
  readonly stepThrough = new StepThroughRequests((body) => this.send(body), () => this.spec(), (error, request) => this.report(error, request));

  constructor(
    private readonly store: AppStore,
    private readonly createWorker: () => Worker = createTrainingWorker,
    private readonly location: PageLocation = { search: window.location.search, baseURI: document.baseURI },
  ) {
    this.live = new LiveEvents((event) => this.store.getState().applyWorkerEvent(event), this.clock.schedule);
    this.learning = new LearningRequests(store, (body) => this.send(body), (error, request) => this.report(error, request), this.clock.schedule);
    this.recovery = new WorkerRecovery(store, this.checkpoints, {
      post: (message) => this.worker?.postMessage(message),
      hasWorker: () => this.worker !== null,
      discardWorker: (error) => this.discardWorker(error),
      rejectPending: (error) => this.rejectAll(error),
      startWorker: async () => {
        this.spawn();
        await this.initialize();
      },
      resumeFrom: async (checkpoint, train) => {
        await this.send({ type: 'restore-checkpoint', checkpoint });
        this.runSpec = { graph: checkpoint.graph, settings: checkpoint.settings };
        if (train) void this.train();
      },
      report: (error, request) => this.report(error, request),
    });
    this.edits = new RunEdits(store, {
      runSpec: () => this.runSpec,
      forgetRunSpec: () => {
        this.runSpec = null;
      },
      initialize: () => this.initialize(),
      changeBackend: () => this.changeBackend(),
      reset: () => this.reset(),
      updateSettings: (settings) => this.command({ type: 'update-settings', settings }, 'update-settings'),
    });
  }

  /** Creates the worker and asks it to load the data. Safe to call more than once. */
  start(): void {
    if (this.worker) return;
    const forced = backendFromQuery(this.location.search);
    if (forced) this.store.getState().setSetting('backend', forced);
    this.spawn();
    this.unsubscribe = this.store.subscribe((state, previous) => this.edits.handleStoreChange(state, previous));
    if (testFaultsAllowed(this.location.search)) exposeTestFaults((fault) => this.testFault(fault));
    void this.initialize().then(() => this.resumeKeptRun());
  }

  private spawn(): void {
    const worker = this.createWorker();
    worker.onmessage = (message: MessageEvent<WorkerEvent | WorkerPong>) => this.handleEvent(message.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.recovery.crashed(event.message || 'The worker script failed to load.');
    };
    worker.onmessageerror = () => this.recovery.crashed('A message from the worker could not be read.');
    this.worker = worker;
  }

  /** A checkpoint of the current run, taken now (Download model, Save); null, with an alert saying why, when there is none. */
  async takeCheckpointOrReport(): Promise<RunCheckpoint | null> {
    try {
      return await this.send({ type: 'checkpoint' });
    } catch (error) {
      this.report(error, 'checkpoint');
      return null;
    }
  }

  /**
   * Makes a checkpoint the current run, paused there (Load model, a reload):
   * the old run ends, the network and settings must already be on screen.
   * `view`, when kept with the checkpoint, brings back its curves.
   */
  async restoreRun(checkpoint: RunCheckpoint, view: KeptRunView | null = null): Promise<boolean> {
    const { settings } = this.store.getState();
    const own = { ...checkpoint, settings: { ...checkpoint.settings, backend: settings.backend } };
    try {
      await this.send({ type: 'reset' });
      await this.send({ type: 'restore-checkpoint', checkpoint: own });
    } catch (error) {
      this.report(error, 'restore-checkpoint');
      return false;
    }
    this.runSpec = { graph: own.graph, settings: own.settings };
    if (view) showRunView(this.store, view);
    this.checkpoints.adopt(own);
    return true;
  }

  /** After a reload: the paused run kept in IndexedDB comes back, when it belongs to the network on screen. */
  private async resumeKeptRun(): Promise<void> {
    const kept = await keptRunCheckpoint();
    const state = this.store.getState();
    if (!kept || state.workerStatus !== 'ready' || state.trainingState !== 'idle') return;
    if (runChanges({ graph: kept.graph, settings: { ...kept.settings, backend: state.settings.backend } }, state).length > 0) return;
    const { view, ...checkpoint } = kept;
    await this.restoreRun(checkpoint, viewAtCheckpoint(view, checkpoint));
  }

  /**
   * Test only: a backend fault makes the worker fail as tfjs would; a worker
   * fault ('close', 'throw', 'hang') makes the worker itself die or stop
   * answering. Refused unless the page was opened with `?test-faults=1`.
   */
  testFault(fault: TestFaultKind): Promise<void> {
    if (!testFaultsAllowed(this.location.search)) return Promise.reject(new Error('Test faults need ?test-faults=1 in the page address.'));
    if (!isWorkerFault(fault)) return this.send({ type: 'test-fault', fault });
    this.worker?.postMessage({ type: 'worker-fault', fault });
    return Promise.resolve();
  }

  /** Starts training, or resumes after Pause. Train and Step are disabled from the press until the worker answers. */
  train(): Promise<void> {
    return this.startCommand({ type: 'train', spec: this.spec() });
  }

  /** Trains exactly one batch, then pauses. */
  step(): Promise<void> {
    return this.startCommand({ type: 'step', spec: this.spec() });
  }

  /** Pauses after the current batch. */
  pause(): Promise<void> {
    return this.command({ type: 'pause' }, 'pause');
  }

  /** Stops, re-initialises the weights and clears the run. */
  reset(): Promise<void> {
    return this.command({ type: 'reset' }, 'reset');
  }

  /** Stops the worker and forgets every pending request. */
  dispose(): void {
    this.recovery.stop();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.edits.dispose();
    this.discardWorker(new WorkerGoneError('The training worker was stopped.'));
  }

  /** Terminates the worker, drops its buffered progress and rejects every pending request with `error`. */
  private discardWorker(error: Error): void {
    this.checkpoints.stopTimer();
    this.worker?.terminate();
    this.worker = null;
    this.live.clear();
    this.clock.clear();
    this.rejectAll(error);
  }

  private spec(): RunSpec {
    const { graph, settings } = this.store.getState();
    return { graph, settings };
  }

  /** Loads the chosen data set (again after each change of it) and starts a backend. */
  private async initialize(): Promise<void> {
    if (this.initializing) return;
    this.initializing = true;
    const dataUrl = new URL('data/', this.location.baseURI).href;
    try {
      let requested: BackendChoice;
      for (;;) {
        const { dataset, backend } = this.store.getState().settings;
        requested = backend;
        this.store.getState().setWorkerStatus('loading');
        const result = await this.send({ type: 'init', dataUrl, dataset, backend });
        // Another data set was chosen while this one loaded: load that one instead.
        if (this.store.getState().settings.dataset !== dataset) continue;
        this.store.getState().markReady(result);
        // Loading parses the data in long synchronous stretches: the pulse is checked once it is ready.
        this.recovery.watch();
        break;
      }
      const latest = this.store.getState().settings.backend;
      if (latest !== requested) void this.changeBackend();
    } catch (error) {
      this.store.getState().setWorkerStatus('failed');
      this.report(error, 'init');
    } finally {
      this.initializing = false;
    }
  }

  private changeBackend(): Promise<void> {
    const { settings } = this.store.getState();
    return this.command({ type: 'set-backend', backend: settings.backend, spec: this.spec() }, 'set-backend');
  }

  private async command<K extends RequestType>(body: RequestBody<K>, label: string): Promise<void> {
    try {
      await this.send(body);
    } catch (error) {
      this.report(error, label);
    }
  }

  /** Sends Train or Step once: the store marks it pending at once, so neither can be pressed again until the worker answers. */
  private async startCommand(body: RequestBody<'train'> | RequestBody<'step'>): Promise<void> {
    const { pendingCommand, setPendingCommand } = this.store.getState();
    if (pendingCommand !== null) return;
    this.runSpec = body.spec;
    setPendingCommand(body.type);
    try {
      await this.command(body, body.type);
    } finally {
      this.store.getState().setPendingCommand(null);
    }
  }

  /** Sends one request; resolves with that request type's result. */
  private send<K extends RequestType>(body: RequestBody<K>): Promise<ResultOf<K>> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new WorkerGoneError('The training worker is not running.'));
    const id = this.nextRequestId++;
    const answer = this.pending.expect(id, body.type);
    worker.postMessage({ ...body, id });
    return answer;
  }

  private report(error: unknown, request: string): void {
    if (error instanceof WorkerGoneError) return;
    const { reportAlert } = this.store.getState();
    if (error instanceof WorkerRequestError) {
      reportAlert({ kind: 'worker-error', error: error.workerError, request });
    } else {
      const message = error instanceof Error ? error.message : String(error);
      reportAlert({ kind: 'worker-crashed', message });
    }
  }

  private handleEvent(event: WorkerEvent | WorkerPong): void {
    if (event.type === 'pong') {
      this.recovery.answered(event.seq);
      return;
    }
    if (event.type !== 'response') this.checkpoints.observe(event);
    if (event.type === 'progress' || event.type === 'predictions') {
      this.live.push(event);
      return;
    }
    // Every other event lands after the live stream before it, so effects keep their order; the answers
    // of the views' own reads (the look inside once per beat) wait for the beat instead of adding a frame.
    if (!(event.type === 'response' && BEAT_PACED_ANSWERS.has(event.request))) this.live.flush();
    // The worker took a setting the user changed during the run: its next report shows the effect at once.
    if (event.type === 'live-change') this.clock.hurry();
    if (event.type === 'response') {
      this.pending.answer(event);
      return;
    }
    this.store.getState().applyWorkerEvent(event);
  }

  private rejectAll(error: Error): void {
    this.pending.rejectAll(error);
  }
}
