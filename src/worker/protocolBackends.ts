// Types of the messages about the backend: why the run uses its backend, and
// what a backend fault did. Types only, re-exported by protocol.ts: import them from there.
import type { BackendFigure } from '../core/training/autoBackend';
import type { BackendFaultKind, RecoveryPlan } from '../core/training/backendFaults';
import type { BackendName } from '../core/training/types';

/** Why Auto picked a backend on this device: the page turns it into words. */
export type AutoPickReason =
  | { code: 'webgpu-hardware' }
  | { code: 'webgl-hardware'; renderer: string }
  | { code: 'wasm-fastest'; convolutions: boolean }
  | { code: 'webgl-software' }
  | { code: 'webgpu-software' }
  | { code: 'cpu-fallback' };

/** Why the run uses its backend, as data (codes and parameters) the page turns into words. */
export type BackendReason =
  | { code: 'chosen' }
  /** Auto's pick; `skipped` holds the errors of the backends tried before it, as tfjs gave them. */
  | { code: 'auto'; pick: AutoPickReason; skipped: string[] }
  /** The run moved here after `failed` failed. */
  | { code: 'failover'; failed: BackendName }
  /** Auto is timing these backends on the run's network. */
  | { code: 'measuring'; backends: BackendName[] }
  /** Auto timed the backends (`skipped` were not timed) and `winner` was the fastest. */
  | { code: 'measured'; winner: BackendName; figures: BackendFigure[]; skipped: BackendName[] }
  /** The one fast backend here, taken untimed. */
  | { code: 'sole'; winner: BackendName; skipped: BackendName[] }
  /** Remembered from an earlier timing of this network on this device. */
  | { code: 'remembered'; winner: BackendName; figures: BackendFigure[] };

/** What a backend fault did: what failed, where the run went and from which weights. */
export interface BackendFaultEvent {
  fault: BackendFaultKind;
  failed: BackendName;
  /** The backend the run moved to, or null when none could start. */
  next: BackendName | null;
  /** 'current-weights': the run goes on from batch `batch`; 'fresh': it starts again from new weights. */
  from: RecoveryPlan['from'] | null;
  /** Batches trained when the fault struck. */
  batch: number;
  /** What tfjs or the browser said. */
  message: string;
}
