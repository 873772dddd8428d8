// The faults e2e tests may provoke (only in a page opened with `?test-faults=1`):
// a backend failing as tfjs would, or the whole worker dying or hanging.
import { BACKEND_FAULT_KINDS, type BackendFaultKind } from './training/backendFaults';

/** Ways the worker itself fails: it closes, throws outside any handler, or hangs in a kernel that never returns. */
export const WORKER_FAULT_KINDS = ['close', 'throw', 'hang'] as const;

/** One way the worker itself fails. */
export type WorkerFaultKind = (typeof WORKER_FAULT_KINDS)[number];

/** Every fault a test may ask for, backend and worker alike. */
export const TEST_FAULT_KINDS = [...BACKEND_FAULT_KINDS, ...WORKER_FAULT_KINDS] as const;

/** One fault a test may ask for. */
export type TestFaultKind = BackendFaultKind | WorkerFaultKind;

/** True for a fault of the worker itself (sent outside the command queue, since the queue may be busy). */
export function isWorkerFault(kind: TestFaultKind): kind is WorkerFaultKind {
  return (WORKER_FAULT_KINDS as readonly string[]).includes(kind);
}

/** The name of a training worker started with `?test-faults=1`: only such a worker kills or hangs itself on request. */
export const TEST_FAULTS_WORKER_NAME = 'training-test-faults';
