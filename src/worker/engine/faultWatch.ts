// Watches the live backend for faults (a lost WebGPU device, a lost WebGL
// context) and holds the faults a test asked for. The training loop calls
// check() before each batch; it throws what tfjs would throw, so a test fault
// takes the same path as a real one.
import * as tf from '@tensorflow/tfjs';
import type { BackendFaultKind } from '../../core/training/backendFaults';
import { BACKEND_LABELS, type BackendName } from '../../core/training/backends';
import { EngineError } from './errors';

/** What tfjs throws when each backend runs out of memory. */
const OUT_OF_MEMORY_MESSAGES: Record<BackendName, string> = {
  webgpu: 'GPU out of memory: the buffer could not be allocated (Failed to allocate)',
  webgl: 'WebGL Error: OUT_OF_MEMORY',
  wasm: 'Aborted(OOM). Build with -sASSERTIONS for more info.',
  cpu: 'RangeError: Array buffer allocation failed',
};

/** The WebGL context of tfjs's WebGL backend, when that backend is live. */
function webglContext(): WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } };
  return backend.gpgpu?.gl ?? null;
}

/** The GPUDevice of tfjs's WebGPU backend, when that backend is live. */
function webgpuDevice(): { lost: Promise<{ message: string; reason?: string }>; destroy(): void } | null {
  if (tf.getBackend() !== 'webgpu') return null;
  const backend = tf.backend() as unknown as { device?: { lost: Promise<{ message: string; reason?: string }>; destroy(): void } };
  return backend.device ?? null;
}

/** Loses tfjs's WebGL context for real; returns what was lost, or null when WebGL is not live. */
function loseWebglContext(): string | null {
  const lose = webglContext()?.getExtension('WEBGL_lose_context');
  if (!lose) return null;
  lose.loseContext();
  return 'WebGL context lost (WEBGL_lose_context)';
}

/** Destroys tfjs's WebGPU device for real; returns what was lost, or null when WebGPU is not live. */
function destroyWebgpuDevice(): string | null {
  const device = webgpuDevice();
  if (!device) return null;
  device.destroy();
  return 'GPU device was lost: destroyed';
}

/** A backend's faults: real ones it noticed, and test ones asked for. */
export class FaultWatch {
  /** What was lost, as the browser said it; null while the backend is healthy. */
  private lost: string | null = null;
  private readonly armed = new Set<BackendFaultKind>();
  private watched: unknown = null;
  /** Resolves the test request that armed a loss, once the loss has happened. */
  private lossDone: (() => void) | null = null;

  /** Listens for the live backend's device or context being lost (once per device or context). */
  watch(): void {
    const gl = webglContext();
    const device = webgpuDevice();
    const target = gl ?? device;
    if (target === null || target === this.watched) return;
    this.watched = target;
    this.lost = null;
    // The worker's lib types leave out WebGL's canvas; in a worker it is tfjs's OffscreenCanvas.
    const canvas = (gl as unknown as { canvas?: OffscreenCanvas } | null)?.canvas;
    canvas?.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      // The event may come after the run has left this context (a loss the watch already acted on).
      if (this.watched === gl) this.lost = 'WebGL context lost (webglcontextlost)';
    });
    void device?.lost.then((info) => {
      if (this.watched === device) this.lost = `GPU device was lost: ${info.message || info.reason || 'no reason given'}`;
    });
  }

  /**
   * Test only (the page sends it only under ?test-faults=1): makes the next
   * batch, or the next backend start, fail.
   */
  arm(kind: BackendFaultKind, training: boolean): Promise<void> {
    this.armed.add(kind);
    if (kind !== 'context-lost' && kind !== 'device-lost') return Promise.resolve();
    if (!training) {
      this.loseNow();
      return Promise.resolve();
    }
    // The request that armed it waits until the loop loses the device, so no other request reads from it meanwhile.
    return new Promise((resolve) => {
      this.lossDone = resolve;
    });
  }

  /** Performs an armed context or device loss now (called between batches, and when the loop ends). */
  loseNow(): void {
    if (this.armed.delete('context-lost')) this.lost = loseWebglContext() ?? 'WebGL context lost.';
    if (this.armed.delete('device-lost')) this.lost = destroyWebgpuDevice() ?? 'GPU device was lost: destroyed';
    this.lossDone?.();
    this.lossDone = null;
  }

  /**
   * Throws when the backend was lost or a test fault is due; called before
   * each batch, when no read-back is in flight. A test's context or device
   * loss is real where the live backend has one (WEBGL_lose_context,
   * GPUDevice.destroy()), done here, between batches, while the arming
   * request still holds the command queue: no read waits on the lost device.
   */
  check(): void {
    this.loseNow();
    if (this.lost !== null) throw new Error(this.lost);
    if (this.armed.delete('out-of-memory')) throw new Error(OUT_OF_MEMORY_MESSAGES[tf.getBackend() as BackendName]);
  }

  /** Throws a start failure for `backend` when a test asked for one. */
  checkStart(backend: BackendName): void {
    if (this.armed.delete('start-failed')) {
      throw new EngineError('backend-failed', `${BACKEND_LABELS[backend]} failed to start (test fault: the backend's setup threw)`, backend);
    }
  }

  /** Forgets a loss once the run has left that backend. */
  clearLoss(): void {
    this.lost = null;
    this.watched = null;
  }
}

/** A model's weights read back to the CPU, to move a run to another backend. */
export type SavedWeights = { shape: number[]; values: Float32Array }[];

/** Reads every weight with dataSync, or null when the backend can no longer give them. */
export function readWeights(model: tf.LayersModel): SavedWeights | null {
  try {
    const saved = model.getWeights().map((weight) => ({ shape: weight.shape, values: Float32Array.from(weight.dataSync()) }));
    return saved.every(({ values }) => values.every(Number.isFinite)) ? saved : null;
  } catch {
    return null;
  }
}

/** Puts saved weights into a freshly built model of the same architecture. */
export function restoreWeights(model: tf.LayersModel, saved: SavedWeights): void {
  const tensors = saved.map(({ shape, values }) => tf.tensor(values, shape));
  model.setWeights(tensors);
  tf.dispose(tensors);
}
