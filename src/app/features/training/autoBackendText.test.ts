import { describe, expect, it } from 'vitest';
import type { BackendFigure } from '../../../core/training/autoBackend';
import { formatFigures, formatSpeed, measuredReason, rememberedReason, soleReason } from './autoBackendText';

describe('formatSpeed', () => {
  it.each([
    [7043.2, '7,000/s'],
    [7091, '7,100/s'],
    [954, '950/s'],
    [1359, '1,400/s'],
    [32.4, '32/s'],
    [5.6, '6/s'],
    [26755, '27,000/s'],
  ])('%d samples/s reads %s', (speed, text) => {
    expect(formatSpeed(speed)).toBe(text);
  });
});

describe('formatFigures', () => {
  it('lists the figures fastest first, then what could not train, then the winner', () => {
    const figures = [
      { backend: 'webgl', samplesPerSecond: 1600 },
      { backend: 'cpu', samplesPerSecond: 950 },
      { backend: 'webgpu', samplesPerSecond: null },
      { backend: 'wasm', samplesPerSecond: 7100 },
    ] satisfies BackendFigure[];
    expect(formatFigures(figures, 'wasm')).toBe('WASM 7,100/s · WebGL 1,600/s · CPU 950/s · WebGPU could not train it → WASM');
  });
});

describe('reasons', () => {
  const figures: BackendFigure[] = [{ backend: 'wasm', samplesPerSecond: 870 }, { backend: 'cpu', samplesPerSecond: 106 }];

  it('a measured pick names the winner, the figures and what was not timed', () => {
    expect(measuredReason(figures, 'wasm', ['webgl', 'webgpu'])).toBe(
      'Auto chose WASM, the fastest for this network here: WASM 870/s · CPU 110/s → WASM (not timed: WebGL and WebGPU, which compute on the processor here, far slower than WASM)',
    );
  });

  it('a sole fast backend is taken untimed, and the reason names the slow ones', () => {
    expect(soleReason('wasm', ['webgl', 'webgpu', 'cpu'])).toBe(
      'Auto chose WASM: with no hardware GPU here it is the one fast backend, so there was nothing to time (not timed: WebGL, WebGPU and CPU, which compute on the processor here, far slower than WASM)',
    );
  });

  it('a remembered pick says it was remembered', () => {
    expect(rememberedReason(figures, 'wasm')).toBe('Auto chose WASM, remembered from timing this network on this device: WASM 870/s · CPU 110/s → WASM');
  });
});
