// When a backend fails (it will not start, its GPU device or WebGL context is
// lost, it runs out of memory), which backend takes over and from what. Pure:
// the worker reports what happened and whether the weights could be read.
import { BACKEND_NAMES, type BackendName } from './backends';

/** The ways a backend can fail under a run. */
export const BACKEND_FAULT_KINDS = ['start-failed', 'device-lost', 'context-lost', 'out-of-memory'] as const;

/** One way a backend can fail. */
export type BackendFaultKind = (typeof BACKEND_FAULT_KINDS)[number];

/** Where a run goes on after a fault: the backend, and whether it keeps the weights it had. */
export interface RecoveryPlan {
  backend: BackendName;
  /** 'current-weights': the weights read just before the fault; 'fresh': a new run from new weights. */
  from: 'current-weights' | 'fresh';
}

/** What tfjs and the browser say for each fault, as seen in their error messages. */
const FAULT_PATTERNS: readonly (readonly [Exclude<BackendFaultKind, 'start-failed'>, RegExp])[] = [
  ['context-lost', /context (was )?lost|CONTEXT_LOST_WEBGL|webglcontextlost/i],
  ['device-lost', /device (was |is )?(lost|destroyed)|GPUDevice.*lost/i],
  ['out-of-memory', /out of memory|OUT_OF_MEMORY|Aborted\(OOM\)|Cannot enlarge memory|Array buffer allocation failed|Failed to allocate|Maximum memory size exceeded|Out of bounds memory access/i],
];

/** The fault an error message describes, or null when it is not a backend fault (a bug, bad input). */
export function classifyBackendFault(message: string): BackendFaultKind | null {
  return FAULT_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? null;
}

/** True when a fault takes the backend's memory with it, so the weights on it cannot be read back. */
export function losesWeights(kind: BackendFaultKind): boolean {
  return kind === 'device-lost' || kind === 'context-lost';
}

/** The next backend after `failed` in the order webgpu → webgl → wasm → cpu that has not failed yet, or null. */
export function nextBackend(failed: BackendName, alreadyFailed: readonly BackendName[] = []): BackendName | null {
  const after = BACKEND_NAMES.slice(BACKEND_NAMES.indexOf(failed) + 1);
  return after.find((name) => !alreadyFailed.includes(name)) ?? null;
}

/**
 * Where the run goes after `kind` on `failed`: the next backend, from the
 * weights when they could still be read (`weightsRead`) and the fault did not
 * take them with it, else a fresh run. Null when no backend is left.
 */
export function planRecovery(
  kind: BackendFaultKind,
  failed: BackendName,
  weightsRead: boolean,
  alreadyFailed: readonly BackendName[] = [],
): RecoveryPlan | null {
  const backend = nextBackend(failed, alreadyFailed);
  if (backend === null) return null;
  return { backend, from: weightsRead && !losesWeights(kind) ? 'current-weights' : 'fresh' };
}
