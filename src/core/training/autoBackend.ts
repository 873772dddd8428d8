// Auto that measures: which backends to time for a network, when to stop
// timing one, which wins, and the keys its pick is remembered under. Pure:
// the worker times the batches and keeps the memory.
import * as v from 'valibot';
import { networkAnalysis } from '../network/analyze';
import { resolveParams } from '../network/params';
import type { NetworkGraph } from '../network/types';
import { BACKEND_NAMES, type BackendName } from './backends';

/** Batches trained before the clock starts, so shader compiles and wasm set-up do not count. */
export const WARMUP_BATCHES = 1;
/** Most timed batches per backend. */
export const MAX_TIMED_BATCHES = 12;
/** Wall time one backend's timed batches may take (ms); at least one batch is always timed. */
export const TIMED_BUDGET_MS = 800;
/** A backend whose timed batch is this many times slower than the best so far stops being timed at once. */
export const CLEARLY_SLOWER = 3;

/** One backend's measured speed; `samplesPerSecond` null when it could not train the network. */
export interface BackendFigure {
  backend: BackendName;
  samplesPerSecond: number | null;
}

/** What the device offers, as far as choosing what to time goes. */
export interface AutoDevice {
  /** A WebGPU adapter exists (maybe a software fallback). */
  webgpu: boolean;
  /** The WebGPU adapter is real hardware. */
  webgpuHardware: boolean;
  /** WebGL 2 works in the worker. */
  webgl: boolean;
  /** The WebGL renderer as the browser names it (ANGLE, SwiftShader, a GPU). */
  webglRenderer: string;
  /** Logical processors (navigator.hardwareConcurrency). */
  cores: number;
}

/** Backends Auto times, likeliest fastest first, and the slow ones it times only as a fallback. */
export interface AutoCandidates {
  timed: BackendName[];
  /**
   * Software WebGL and WebGPU (SwiftShader, llvmpipe) and tfjs's plain-JS CPU
   * backend: 4-30x slower than WASM on every network measured on CPU-only
   * machines. A few batches cannot time them fairly either: software GL
   * compiles shaders for seconds on its first batch, and the CPU kernels are
   * JavaScript that V8 only makes fast after many calls (LeNet-5 times at
   * 8-16/s cold against 79/s in a long run). Timed only when no other backend
   * could train the network.
   */
  fallback: BackendName[];
}

/**
 * The backends to time on `device`, likeliest fastest first (hardware
 * WebGPU, hardware WebGL, WASM), so the clearly-slower cut ends the later
 * ones early; software WebGL and WebGPU and CPU are the fallback.
 */
export function autoCandidates(device: AutoDevice): AutoCandidates {
  const softwareGl = isSoftwareRenderer(device.webglRenderer);
  const timed: BackendName[] = [];
  const fallback: BackendName[] = [];
  if (device.webgpuHardware) timed.push('webgpu');
  if (device.webgl && !softwareGl) timed.push('webgl');
  timed.push('wasm');
  if (device.webgl && softwareGl) fallback.push('webgl');
  if (device.webgpu && !device.webgpuHardware) fallback.push('webgpu');
  fallback.push('cpu');
  return { timed, fallback };
}

/** True when the fallback backends must be timed too: none of the fast ones could train the network. */
export function needsFallback(figures: readonly BackendFigure[]): boolean {
  return !figures.some((figure) => figure.samplesPerSecond !== null);
}

/** Most samples in a batch timed on CPU (see timedBatchSize). */
export const CPU_TIMED_BATCH = 16;

/**
 * The batch size `backend` is timed with. CPU is timed on at most
 * CPU_TIMED_BATCH samples: it works through a batch sample by sample, so its
 * samples/s depend little on the batch size once warm, and one full batch of
 * a CNN can take it seconds (LeNet-5 at 64: 0.6-2.4 s here), which no time
 * budget can cut short.
 */
export function timedBatchSize(backend: BackendName, batchSize: number): number {
  return backend === 'cpu' ? Math.min(batchSize, CPU_TIMED_BATCH) : batchSize;
}

/**
 * Samples in the warm-up batch, trained before the clock starts. GPU backends
 * compile shaders per shape, so they warm up on the timed batch; CPU compiles
 * nothing, and its first call's set-up (about 1.3 s for LeNet-5 here) does
 * not depend on the batch, so one sample warms it.
 */
export function warmupBatchSize(backend: BackendName, timedBatch: number): number {
  return backend === 'cpu' ? 1 : timedBatch;
}

/** True for a WebGL renderer that draws on the CPU (SwiftShader, llvmpipe, Microsoft's basic renderer). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}

/** True when one timed batch of `batchSize` samples in `seconds` is clearly slower than `best` samples/s. */
export function isClearlySlower(batchSize: number, seconds: number, best: number | null): boolean {
  return best !== null && seconds > 0 && batchSize / seconds * CLEARLY_SLOWER < best;
}

/** True while a backend's timing goes on: under the batch cap and the time budget, and not clearly slower than the best. */
export function keepTiming(timed: number, elapsedMs: number, lastBatch: { size: number; seconds: number }, best: number | null): boolean {
  if (timed >= MAX_TIMED_BATCHES || elapsedMs >= TIMED_BUDGET_MS) return false;
  return !isClearlySlower(lastBatch.size, lastBatch.seconds, best);
}

/** The fastest backend among the figures (the earlier one on a tie), or null when none could train. */
export function chooseWinner(figures: readonly BackendFigure[]): BackendName | null {
  let best: BackendFigure | null = null;
  for (const figure of figures) {
    if (figure.samplesPerSecond === null || !Number.isFinite(figure.samplesPerSecond)) continue;
    if (best === null || figure.samplesPerSecond > (best.samplesPerSecond ?? 0)) best = figure;
  }
  return best?.backend ?? null;
}

/** The best speed so far among the figures (samples/s), or null. */
export function bestSpeed(figures: readonly BackendFigure[]): number | null {
  const winner = chooseWinner(figures);
  return figures.find((figure) => figure.backend === winner)?.samplesPerSecond ?? null;
}

/** 32-bit FNV-1a of a string, as 8 hex digits: short, stable keys. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * What the network computes, per batch: each layer's type, parameters and
 * output shape in topological order, wired by position in that order, plus
 * the batch size. Names, ids and canvas positions do not enter it.
 */
export function networkShapeText(graph: NetworkGraph, batchSize: number): string {
  const analysis = networkAnalysis(graph);
  const index = new Map(analysis.order.map((id, position) => [id, position]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const layers = analysis.order.map((id) => {
    const node = byId.get(id)!;
    const params = resolveParams(node.type, node.params);
    const sorted = Object.keys(params).sort().map((key) => [key, params[key]]);
    return [node.type, sorted, analysis.nodes[id]?.outputShape ?? null, analysis.inputsOf[id].map((source) => index.get(source))];
  });
  return JSON.stringify({ batchSize, layers });
}

/** A short stable signature of a network's shape and batch size (see networkShapeText). */
export function networkSignature(graph: NetworkGraph, batchSize: number): string {
  return `${fnv1a(networkShapeText(graph, batchSize))}-b${batchSize}`;
}

/** A short key for the device: its WebGL renderer, its cores, and whether hardware WebGPU exists. */
export function deviceKey(device: AutoDevice): string {
  return fnv1a(JSON.stringify([device.webglRenderer, device.cores, device.webgpuHardware]));
}

/** The key Auto's pick for one network on one device is remembered under. */
export function autoPickKey(signature: string, device: string): string {
  return `auto-backend:${device}:${signature}`;
}

/** What Auto remembers: the winner and the figures it won with. */
export interface RememberedPick {
  backend: BackendName;
  figures: BackendFigure[];
}

const BACKEND_SCHEMA = v.picklist(BACKEND_NAMES);
const REMEMBERED_SCHEMA = v.object({
  backend: BACKEND_SCHEMA,
  figures: v.array(v.object({ backend: BACKEND_SCHEMA, samplesPerSecond: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))) })),
});

/** A remembered pick read back from storage, checked; null when it is missing or not one. */
export function readRememberedPick(stored: unknown): RememberedPick | null {
  const parsed = v.safeParse(REMEMBERED_SCHEMA, stored);
  return parsed.success ? parsed.output : null;
}
