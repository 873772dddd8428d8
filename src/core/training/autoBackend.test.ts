import { describe, expect, it } from 'vitest';
import { findPreset } from '../network/presets';
import type { NetworkGraph } from '../network/types';
import {
  autoCandidates,
  autoPickKey,
  bestSpeed,
  chooseWinner,
  CLEARLY_SLOWER,
  CPU_TIMED_BATCH,
  deviceKey,
  isClearlySlower,
  keepTiming,
  MAX_TIMED_BATCHES,
  needsFallback,
  networkSignature,
  readRememberedPick,
  TIMED_BUDGET_MS,
  timedBatchSize,
  warmupBatchSize,
  type AutoDevice,
} from './autoBackend';

const graphOf = (id: string): NetworkGraph => findPreset(id)!.graph;
const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const cpuOnly: AutoDevice = { webgpu: true, webgpuHardware: false, webgl: true, webglRenderer: SWIFTSHADER, cores: 2 };
const gpu: AutoDevice = { webgpu: true, webgpuHardware: true, webgl: true, webglRenderer: 'ANGLE (NVIDIA, GeForce RTX 3060)', cores: 8 };

describe('networkSignature', () => {
  it('is the same for the same shapes whatever the names, ids and canvas positions', () => {
    const graph = graphOf('lenet5');
    const renamed: NetworkGraph = {
      nodes: graph.nodes.map((node, i) => ({ ...node, id: `n${i}`, name: `layer_${i}`, position: { x: i * 37, y: -i } })),
      edges: graph.edges.map((edge) => ({
        id: `e-${edge.id}`,
        source: `n${graph.nodes.findIndex((node) => node.id === edge.source)}`,
        target: `n${graph.nodes.findIndex((node) => node.id === edge.target)}`,
      })),
    };
    expect(networkSignature(renamed, 64)).toBe(networkSignature(graph, 64));
  });

  it('changes with the batch size, a layer parameter, and the network', () => {
    const graph = graphOf('mlp');
    const wider: NetworkGraph = { ...graph, nodes: graph.nodes.map((node) => (node.params.units === 128 ? { ...node, params: { ...node.params, units: 256 } } : node)) };
    const signatures = new Set([
      networkSignature(graph, 64),
      networkSignature(graph, 128),
      networkSignature(wider, 64),
      networkSignature(graphOf('lenet5'), 64),
      networkSignature(graphOf('resnet'), 64),
    ]);
    expect(signatures.size).toBe(5);
    expect(networkSignature(graph, 64)).toMatch(/^[0-9a-f]{8}-b64$/);
  });

  it('tells a skip connection from a plain chain of the same layers', () => {
    const resnet = graphOf('resnet');
    const withoutSkips: NetworkGraph = { ...resnet, edges: resnet.edges.filter((edge) => !edge.id.includes('->')) };
    expect(withoutSkips.edges.length).toBeLessThan(resnet.edges.length);
    expect(networkSignature(withoutSkips, 64)).not.toBe(networkSignature(resnet, 64));
  });
});

describe('deviceKey and autoPickKey', () => {
  it('differs by renderer, cores and hardware WebGPU, and keys a pick per network and device', () => {
    const keys = new Set([
      deviceKey(cpuOnly),
      deviceKey({ ...cpuOnly, cores: 4 }),
      deviceKey({ ...cpuOnly, webglRenderer: 'llvmpipe' }),
      deviceKey({ ...cpuOnly, webgpuHardware: true }),
    ]);
    expect(keys.size).toBe(4);
    expect(deviceKey({ ...cpuOnly })).toBe(deviceKey(cpuOnly));
    expect(autoPickKey('0badf00d-b64', deviceKey(cpuOnly))).toBe(`auto-backend:${deviceKey(cpuOnly)}:0badf00d-b64`);
  });
});

describe('autoCandidates', () => {
  it('without a GPU has one fast candidate, WASM, with software WebGL and WebGPU and CPU as the fallback', () => {
    expect(autoCandidates(cpuOnly)).toEqual({ timed: ['wasm'], fallback: ['webgl', 'webgpu', 'cpu'] });
  });

  it('with a GPU times the GPU backends first', () => {
    expect(autoCandidates(gpu)).toEqual({ timed: ['webgpu', 'webgl', 'wasm'], fallback: ['cpu'] });
  });

  it('without WebGL or WebGPU has WASM, and CPU as the fallback', () => {
    expect(autoCandidates({ webgpu: false, webgpuHardware: false, webgl: false, webglRenderer: '', cores: 2 })).toEqual({ timed: ['wasm'], fallback: ['cpu'] });
  });
});

describe('needsFallback and the batch sizes timed', () => {
  it('times the fallback only when none of the fast backends could train', () => {
    expect(needsFallback([{ backend: 'webgl', samplesPerSecond: null }, { backend: 'wasm', samplesPerSecond: null }])).toBe(true);
    expect(needsFallback([{ backend: 'webgl', samplesPerSecond: null }, { backend: 'wasm', samplesPerSecond: 870 }])).toBe(false);
    expect(needsFallback([])).toBe(true);
  });

  it('times CPU on a small batch, the others on the run\'s batch', () => {
    expect(timedBatchSize('cpu', 64)).toBe(CPU_TIMED_BATCH);
    expect(timedBatchSize('cpu', 8)).toBe(8);
    expect(timedBatchSize('wasm', 64)).toBe(64);
    expect(timedBatchSize('webgl', 512)).toBe(512);
  });

  it('warms CPU up on one sample, the others on the timed batch', () => {
    expect(warmupBatchSize('cpu', 16)).toBe(1);
    expect(warmupBatchSize('wasm', 64)).toBe(64);
    expect(warmupBatchSize('webgl', 64)).toBe(64);
  });
});

describe('choosing the winner', () => {
  it('picks the highest samples/s, ignoring backends that could not train', () => {
    const figures = [
      { backend: 'wasm', samplesPerSecond: 870 },
      { backend: 'webgl', samplesPerSecond: 150 },
      { backend: 'webgpu', samplesPerSecond: null },
      { backend: 'cpu', samplesPerSecond: 106 },
    ] as const;
    expect(chooseWinner(figures)).toBe('wasm');
    expect(bestSpeed(figures)).toBe(870);
    expect(chooseWinner([{ backend: 'webgl', samplesPerSecond: 9000 }, ...figures])).toBe('webgl');
  });

  it('keeps the earlier backend on a tie, and has no winner when none trained', () => {
    expect(chooseWinner([{ backend: 'webgl', samplesPerSecond: 500 }, { backend: 'wasm', samplesPerSecond: 500 }])).toBe('webgl');
    expect(chooseWinner([{ backend: 'wasm', samplesPerSecond: null }])).toBeNull();
    expect(bestSpeed([])).toBeNull();
  });
});

describe('when timing stops', () => {
  it(`stops a backend at once when its batch is over ${CLEARLY_SLOWER}x slower than the best so far`, () => {
    // 64 samples in 0.5 s is 128/s; the best is 870/s.
    expect(isClearlySlower(64, 0.5, 870)).toBe(true);
    expect(isClearlySlower(64, 0.1, 870)).toBe(false);
    expect(isClearlySlower(64, 10, null)).toBe(false);
    expect(keepTiming(1, 500, { size: 64, seconds: 0.5 }, 870)).toBe(false);
    expect(keepTiming(1, 100, { size: 64, seconds: 0.1 }, 870)).toBe(true);
  });

  it('stops at the batch cap and the time budget', () => {
    const quick = { size: 64, seconds: 0.01 };
    expect(keepTiming(MAX_TIMED_BATCHES - 1, 100, quick, null)).toBe(true);
    expect(keepTiming(MAX_TIMED_BATCHES, 100, quick, null)).toBe(false);
    expect(keepTiming(3, TIMED_BUDGET_MS, quick, null)).toBe(false);
  });
});

describe('readRememberedPick', () => {
  it('takes back what was stored', () => {
    const pick = { backend: 'wasm', figures: [{ backend: 'wasm', samplesPerSecond: 7100 }, { backend: 'webgl', samplesPerSecond: null }] };
    expect(readRememberedPick(structuredClone(pick))).toEqual(pick);
  });

  it.each([undefined, null, 'wasm', { backend: 'tpu', figures: [] }, { backend: 'wasm', figures: [{ backend: 'cpu', samplesPerSecond: -1 }] }, { backend: 'wasm' }])(
    'refuses %j',
    (stored) => {
      expect(readRememberedPick(stored)).toBeNull();
    },
  );
});
