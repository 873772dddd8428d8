// The backend a session trains on, and how a run stays on one that works:
// the chosen backend starts (Auto times the backends on the run's network or
// takes its remembered pick), the page is told which and why, and a backend
// that fails to start or faults under a run hands the run to the next one.
import type { MnistSubset } from '../../core/data/split';
import { classifyBackendFault, losesWeights, planRecovery, type BackendFaultKind, type RecoveryPlan } from '../../core/training/backendFaults';
import { isBackendName } from '../../core/training/backends';
import type { BackendChoice, BackendName } from '../../core/training/types';
import type { BackendReason, RunSpec } from '../protocol';
import { measuredAutoPick } from './autoPick';
import type { PickMemory } from './autoMemory';
import { activateBackend, useBackend, type BackendPick } from './backends';
import { buildModel, hasConvolutions } from './buildModel';
import { toWorkerError } from './errors';
import { FaultWatch, readWeights, restoreWeights } from './faultWatch';
import { TrainingRun } from './trainingRun';
import type { EmitEvent } from './transfer';

/** Starts backends for a session, says which one runs and why, and moves a run off one that fails. */
export class BackendKeeper {
  private backend: BackendName | null = null;
  /** Why the backend in use was chosen, as last said to the page. */
  private backendReason: BackendReason | null = null;
  /** The live backend's faults: the training loop's guard, and the faults a test arms. */
  readonly faults = new FaultWatch();

  constructor(
    private readonly emit: EmitEvent,
    /** Where Auto remembers its measured pick per network and device. */
    private readonly picks: PickMemory,
  ) {}

  /** Starts the chosen backend; for a run's network (`trial`), Auto times the backends or takes its remembered pick. */
  async activate(choice: BackendChoice, convolutions: boolean, trial?: { spec: RunSpec; train: MnistSubset }): Promise<BackendPick> {
    const measured = choice === 'auto' && trial ? await this.measuredPick(trial.spec, trial.train) : null;
    const pick = measured ?? await useBackend(choice, convolutions);
    this.faults.watch();
    this.announceBackend(pick);
    return pick;
  }

  /** Starts the run's backend; one that fails to start hands over to the next (the run is new, so nothing is lost). */
  async startForRun(choice: BackendChoice, spec: RunSpec, train: MnistSubset): Promise<void> {
    try {
      if (this.backend) this.faults.checkStart(choice === 'auto' ? this.backend : choice);
      await this.activate(choice, hasConvolutions(spec.graph), { spec, train });
    } catch (error) {
      const failure = toWorkerError(error);
      const failed = failure.subject ?? (choice === 'auto' ? this.backend : choice);
      if (failure.code !== 'backend-failed' || !isBackendName(failed)) throw error;
      if (!(await this.moveBackend('start-failed', failed, false, failure.message, 0))) throw error;
    }
  }

  /**
   * After an error in the training loop: a backend fault moves the run to the
   * next backend (from its weights when they can still be read, else afresh)
   * and returns the run to go on with, built from `spec`; any other error, or
   * no backend left, is said to the page and returns null. `disposeRun` frees
   * the failed run.
   */
  async failOver(error: unknown, run: TrainingRun, spec: RunSpec | null, disposeRun: () => void): Promise<TrainingRun | null> {
    const failure = toWorkerError(error);
    const kind = classifyBackendFault(failure.message);
    const failed = this.backend;
    if (kind === null || failed === null || spec === null) {
      this.emit({ type: 'error', error: { ...failure, code: failure.code === 'internal' ? 'training-failed' : failure.code } });
      return null;
    }
    const weights = losesWeights(kind) ? null : readWeights(run.model);
    const { place, currentSettings } = run;
    try {
      disposeRun();
    } catch {
      // A lost device or context may refuse to free its tensors; they are gone with it.
    }
    this.faults.clearLoss();
    const plan = await this.moveBackend(kind, failed, weights !== null, failure.message, place.batch);
    if (!plan) return null;
    const model = buildModel(spec.graph, spec.settings.seed);
    if (weights && plan.from === 'current-weights') restoreWeights(model, weights);
    const next = new TrainingRun(model, currentSettings, run.data, this.emit);
    if (plan.from === 'current-weights') next.resumeAt(place);
    else this.emit({ type: 'run-reset' });
    return next;
  }

  private measuredPick(spec: RunSpec, train: MnistSubset): Promise<BackendPick | null> {
    return measuredAutoPick({ graph: spec.graph, settings: spec.settings, train }, this.picks, (backends) => {
      if (this.backend) this.announceBackend({ backend: this.backend, reason: { code: 'measuring', backends } });
    });
  }

  private announceBackend(pick: BackendPick): void {
    if (pick.backend === this.backend && JSON.stringify(pick.reason) === JSON.stringify(this.backendReason)) return;
    this.backend = pick.backend;
    this.backendReason = pick.reason;
    this.emit({ type: 'backend', backend: pick.backend, reason: pick.reason });
  }

  /** Starts the next backend that will start after `failed`, says so, and returns the plan (null when none would). */
  private async moveBackend(kind: BackendFaultKind, failed: BackendName, weightsRead: boolean, message: string, batch: number): Promise<RecoveryPlan | null> {
    const tried: BackendName[] = [failed];
    let plan = planRecovery(kind, failed, weightsRead, tried);
    while (plan) {
      try {
        await activateBackend(plan.backend);
        break;
      } catch {
        tried.push(plan.backend);
        plan = planRecovery(kind, failed, weightsRead, tried);
      }
    }
    this.emit({ type: 'backend-fault', fault: kind, failed, next: plan?.backend ?? null, from: plan?.from ?? null, batch, message });
    if (plan) {
      this.faults.watch();
      this.announceBackend({ backend: plan.backend, reason: { code: 'failover', failed } });
    }
    return plan;
  }
}
