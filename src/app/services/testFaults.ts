// The test-only door to the worker's fault injection: open only when the page
// address has `?test-faults=1`, so a normal visit cannot provoke a fault.
import type { BackendFaultKind } from '../../core/training/backendFaults';

/** True when the page was opened with `?test-faults=1`. */
export function testFaultsAllowed(search: string): boolean {
  return new URLSearchParams(search).get('test-faults') === '1';
}

/** The function e2e tests call: `window.npTestFault('out-of-memory')` makes the worker's next batch fail. */
export type TestFaultHook = (fault: BackendFaultKind) => Promise<void>;

/** Puts the hook on `window.npTestFault` for end-to-end tests. */
export function exposeTestFaults(hook: TestFaultHook): void {
  (globalThis as typeof globalThis & { npTestFault?: TestFaultHook }).npTestFault = hook;
}
