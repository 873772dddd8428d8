import { isBackendName, type BackendName } from '../../core/training/backends';

/** The backend forced by `?backend=webgpu|webgl|wasm|cpu`, or null when the query names none. */
export function backendFromQuery(search: string): BackendName | null {
  const value = new URLSearchParams(search).get('backend')?.trim().toLowerCase();
  return isBackendName(value) ? value : null;
}
