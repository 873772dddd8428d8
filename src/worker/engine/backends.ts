// Choosing and switching the tfjs backend. "Auto" picks by device, because the
// fastest backend depends on it (TFJS-NOTES: on a CPU WASM wins, for
// convolutions too once wasmKernels/ adds their training kernels; on a GPU the order flips).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { isSoftwareRenderer } from '../../core/training/autoBackend';
import { BACKEND_LABELS as LABELS, type BackendChoice, type BackendName } from '../../core/training/backends';
import type { AutoPickReason, BackendReason } from '../protocol';
import { EngineError } from './errors';
import { registerWasmTrainingKernels } from './wasmKernels/registerWasmTrainingKernels';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});
registerWasmTrainingKernels();

/** What this device offers, probed once per worker. */
export interface DeviceCapabilities {
  /** A WebGPU adapter exists (maybe a software fallback). */
  webgpu: boolean;
  /** The WebGPU adapter is real hardware, not a fallback. */
  webgpuHardware: boolean;
  /** WebGL 2 works on an OffscreenCanvas in this worker. */
  webgl: boolean;
  /** The WebGL renderer is a GPU, not SwiftShader or llvmpipe. */
  webglHardware: boolean;
  webglRenderer: string;
}

let capabilities: Promise<DeviceCapabilities> | null = null;

/** Probes WebGPU and WebGL once; later calls share the answer. */
export function probeDevice(): Promise<DeviceCapabilities> {
  capabilities ??= probe();
  return capabilities;
}

async function probe(): Promise<DeviceCapabilities> {
  const caps: DeviceCapabilities = { webgpu: false, webgpuHardware: false, webgl: false, webglHardware: false, webglRenderer: '' };
  const gpu = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { isFallbackAdapter?: boolean }; isFallbackAdapter?: boolean } | null> } }).gpu;
  if (gpu) {
    try {
      const adapter = await gpu.requestAdapter();
      if (adapter) {
        caps.webgpu = true;
        caps.webgpuHardware = !(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false);
      }
    } catch {
      caps.webgpu = false;
    }
  }
  if (typeof OffscreenCanvas !== 'undefined') {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') as WebGL2RenderingContext | null;
    if (gl) {
      caps.webgl = true;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      caps.webglRenderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      caps.webglHardware = !isSoftwareRenderer(caps.webglRenderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  }
  return caps;
}

/** One of Auto's candidates and why it is one. */
export interface AutoCandidate {
  backend: BackendName;
  reason: AutoPickReason;
}

/** The backend to use and why (a code the page turns into words). */
export interface BackendPick {
  backend: BackendName;
  reason: BackendReason;
}

/** Decides which backend "Auto" means for this device and network. */
export function pickAutoBackend(caps: DeviceCapabilities, hasConvolutions: boolean): AutoCandidate[] {
  const picks: AutoCandidate[] = [];
  if (caps.webgpuHardware) picks.push({ backend: 'webgpu', reason: { code: 'webgpu-hardware' } });
  if (caps.webglHardware) picks.push({ backend: 'webgl', reason: { code: 'webgl-hardware', renderer: caps.webglRenderer } });
  picks.push({ backend: 'wasm', reason: { code: 'wasm-fastest', convolutions: hasConvolutions } });
  if (caps.webgl && !caps.webglHardware) picks.push({ backend: 'webgl', reason: { code: 'webgl-software' } });
  if (caps.webgpu && !caps.webgpuHardware) picks.push({ backend: 'webgpu', reason: { code: 'webgpu-software' } });
  picks.push({ backend: 'cpu', reason: { code: 'cpu-fallback' } });
  return picks;
}

async function unavailableReason(backend: BackendName): Promise<string | null> {
  const caps = await probeDevice();
  if (backend === 'webgpu' && !caps.webgpu) return 'this browser offers no WebGPU adapter';
  if (backend === 'webgl' && !caps.webgl) return 'WebGL 2 is not available in workers in this browser';
  return null;
}

/** Switches tfjs to one backend or throws a coded error saying why it cannot. */
export async function activateBackend(backend: BackendName): Promise<void> {
  if (tf.getBackend() === backend) return;
  const missing = await unavailableReason(backend);
  if (missing) {
    throw new EngineError('backend-unavailable', `${LABELS[backend]} is not available: ${missing}. Choose Auto or another backend.`, backend);
  }
  let ok: boolean;
  try {
    ok = await tf.setBackend(backend);
    await tf.ready();
  } catch (error) {
    throw new EngineError('backend-failed', `${LABELS[backend]} failed to start (${(error as Error).message}). Choose Auto or another backend.`, backend);
  }
  if (!ok || tf.getBackend() !== backend) {
    throw new EngineError('backend-failed', `${LABELS[backend]} failed to start on this device. Choose Auto or another backend.`, backend);
  }
}

/** Activates the chosen backend, trying Auto's candidates in order; returns what runs. */
export async function useBackend(choice: BackendChoice, hasConvolutions: boolean): Promise<BackendPick> {
  if (choice !== 'auto') {
    await activateBackend(choice);
    return { backend: choice, reason: { code: 'chosen' } };
  }
  const picks = pickAutoBackend(await probeDevice(), hasConvolutions);
  const failures: string[] = [];
  for (const pick of picks) {
    try {
      await activateBackend(pick.backend);
      return { backend: pick.backend, reason: { code: 'auto', pick: pick.reason, skipped: failures } };
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  throw new EngineError('backend-failed', `No tfjs backend could start: ${failures.join('; ')}`);
}
