import { describe, expect, it } from 'vitest';
import { classifyBackendFault, losesWeights, nextBackend, planRecovery } from './backendFaults';

describe('classifyBackendFault', () => {
  it.each([
    ['WebGL Error: OUT_OF_MEMORY', 'out-of-memory'],
    ['Aborted(OOM). Build with -sASSERTIONS for more info.', 'out-of-memory'],
    ['Cannot enlarge memory arrays to size 2147549184 bytes', 'out-of-memory'],
    ['RangeError: Array buffer allocation failed', 'out-of-memory'],
    ['WebAssembly.Memory.grow(): Maximum memory size exceeded', 'out-of-memory'],
    ['WebGL context lost.', 'context-lost'],
    ['CONTEXT_LOST_WEBGL', 'context-lost'],
    ['GPU device was lost: destroyed', 'device-lost'],
    ['The GPUDevice is lost', 'device-lost'],
  ])('"%s" is %s', (message, kind) => {
    expect(classifyBackendFault(message)).toBe(kind);
  });

  it('leaves other errors alone', () => {
    expect(classifyBackendFault('Error when checking input: expected dense_input to have shape [null,784]')).toBeNull();
    expect(classifyBackendFault('Cannot read properties of undefined')).toBeNull();
  });
});

describe('nextBackend', () => {
  it('walks webgpu → webgl → wasm → cpu, skipping backends that already failed', () => {
    expect(nextBackend('webgpu')).toBe('webgl');
    expect(nextBackend('webgl')).toBe('wasm');
    expect(nextBackend('wasm')).toBe('cpu');
    expect(nextBackend('cpu')).toBeNull();
    expect(nextBackend('webgpu', ['webgl'])).toBe('wasm');
    expect(nextBackend('webgpu', ['webgl', 'wasm', 'cpu'])).toBeNull();
  });
});

describe('planRecovery', () => {
  it('keeps the weights after a failed start or out of memory when they could be read', () => {
    expect(planRecovery('out-of-memory', 'webgl', true)).toEqual({ backend: 'wasm', from: 'current-weights' });
    expect(planRecovery('start-failed', 'webgl', true)).toEqual({ backend: 'wasm', from: 'current-weights' });
    expect(planRecovery('out-of-memory', 'wasm', true)).toEqual({ backend: 'cpu', from: 'current-weights' });
  });

  it('starts a fresh run when the weights could not be read, or the fault took them', () => {
    expect(planRecovery('out-of-memory', 'webgl', false)).toEqual({ backend: 'wasm', from: 'fresh' });
    expect(planRecovery('context-lost', 'webgl', true)).toEqual({ backend: 'wasm', from: 'fresh' });
    expect(planRecovery('device-lost', 'webgpu', true)).toEqual({ backend: 'webgl', from: 'fresh' });
    expect(losesWeights('device-lost') && losesWeights('context-lost')).toBe(true);
    expect(losesWeights('out-of-memory') || losesWeights('start-failed')).toBe(false);
  });

  it('gives up when no backend is left', () => {
    expect(planRecovery('out-of-memory', 'cpu', true)).toBeNull();
    expect(planRecovery('device-lost', 'webgpu', false, ['webgl', 'wasm', 'cpu'])).toBeNull();
  });
});
