// The test-only door to fault injection: open only when the page address has
// `?test-faults=1`, so a normal visit cannot provoke a fault.
import type { TestFaultKind } from '../../core/testFaults';

/** True when the page was opened with `?test-faults=1`. */
export function testFaultsAllowed(search: string): boolean {
  return new URLSearchParams(search).get('test-faults') === '1';
}

/**
 * The one function e2e tests call: `window.npTestFault('out-of-memory')` makes
 * the worker's next batch fail as tfjs would; `'close'`, `'throw'`, `'hang'`
 * make the worker itself die or stop answering.
 */
export type TestFaultHook = (fault: TestFaultKind) => Promise<void>;

/** Puts the hook on `window.npTestFault` for end-to-end tests. */
export function exposeTestFaults(hook: TestFaultHook): void {
  (globalThis as typeof globalThis & { npTestFault?: TestFaultHook }).npTestFault = hook;
}
