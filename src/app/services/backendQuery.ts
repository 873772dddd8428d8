import type { BackendName } from '../../core/training/types';

const FORCEABLE_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The backend forced by `?backend=webgpu|webgl|wasm|cpu`, or null when the query names none. */
export function backendFromQuery(search: string): BackendName | null {
  const value = new URLSearchParams(search).get('backend')?.trim().toLowerCase();
  return FORCEABLE_BACKENDS.find((backend) => backend === value) ?? null;
}
