// The tfjs backends, once: their ids, labels, and the Auto choice. The
// Backend menu, the `?backend=` query, validation and the worker read this.

/** Every tfjs backend the app can run on, fastest-on-a-GPU first. */
export const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

/** A tfjs backend actually in use. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** `auto` lets the engine pick; the others force one tfjs backend. */
export type BackendChoice = 'auto' | BackendName;

/** Every choice of the Backend menu, in menu order. */
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', ...BACKEND_NAMES];

/** How each choice is named in the UI (the UI contract's Backend options). */
export const BACKEND_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto',
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WASM',
  cpu: 'CPU',
};

/** True when `value` names a tfjs backend (not Auto). */
export function isBackendName(value: unknown): value is BackendName {
  return BACKEND_NAMES.some((name) => name === value);
}

/** True when `value` is a Backend menu choice. */
export function isBackendChoice(value: unknown): value is BackendChoice {
  return value === 'auto' || isBackendName(value);
}
