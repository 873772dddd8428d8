// How much memory training a network takes, estimated before it is built, and
// how much this device can give a browser tab. Pure: the page passes in the
// device's memory (navigator.deviceMemory) when the browser tells it.
import type { NetworkAnalysis } from './analyze';
import type { NetworkGraph } from './types';

/** Bytes of one float32 value. */
export const BYTES_PER_VALUE = 4;

/** Most bytes a training run may take in any browser tab, however large the device (tfjs backends and tabs rarely get more). */
export const MEMORY_CEILING_BYTES = 2e9;

/** The share of the device's memory a run may take: the browser, the page and other tabs need the rest. */
export const DEVICE_MEMORY_SHARE = 0.25;

/** The device memory assumed when the browser does not say (navigator.deviceMemory is Chromium-only), in GB. */
export const ASSUMED_DEVICE_MEMORY_GB = 4;

/** One layer's part of the estimate. */
export interface LayerMemory {
  nodeId: string;
  name: string;
  /** Weights, their gradients and the optimizer's slots per weight. */
  parameterBytes: number;
  /** Its output for the whole batch, kept for backpropagation, and that output's gradient. */
  activationBytes: number;
  bytes: number;
}

/** The estimate for the whole network at one batch size and optimizer. */
export interface MemoryEstimate {
  /** Parameters × (weight + gradient + optimizer slots) × 4 bytes. */
  parameterBytes: number;
  /** Activations per sample × batch size × 2 (value and gradient) × 4 bytes. */
  activationBytes: number;
  totalBytes: number;
  /** Every layer's share, in the analysis's order. */
  layers: LayerMemory[];
  /** The layer that takes the most memory (the one to shrink first), or null for an empty network. */
  largest: LayerMemory | null;
  /** False when some layer's shape is unknown: the figures then count the known layers only. */
  complete: boolean;
}

function valuesIn(shape: readonly number[]): number {
  return shape.reduce((product, size) => product * size, 1);
}

/**
 * Estimates the memory of training: per layer, parameters × (2 + optimizer
 * slots) float32 values, plus its per-sample output × batch size × 2 (the
 * activation kept for backpropagation and its gradient).
 */
export function estimateTrainingMemory(
  graph: NetworkGraph,
  analysis: NetworkAnalysis,
  optimizerSlots: number,
  batchSize: number,
): MemoryEstimate {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const layers = analysis.order.map((nodeId): LayerMemory => {
    const node = analysis.nodes[nodeId];
    const parameterBytes = node.params * (2 + optimizerSlots) * BYTES_PER_VALUE;
    const activationBytes = node.outputShape ? valuesIn(node.outputShape) * batchSize * 2 * BYTES_PER_VALUE : 0;
    return { nodeId, name: names.get(nodeId) ?? nodeId, parameterBytes, activationBytes, bytes: parameterBytes + activationBytes };
  });
  const parameterBytes = layers.reduce((sum, layer) => sum + layer.parameterBytes, 0);
  const activationBytes = layers.reduce((sum, layer) => sum + layer.activationBytes, 0);
  const largest = layers.reduce<LayerMemory | null>((best, layer) => (best === null || layer.bytes > best.bytes ? layer : best), null);
  const complete = analysis.order.every((nodeId) => analysis.nodes[nodeId].outputShape !== null);
  return { parameterBytes, activationBytes, totalBytes: parameterBytes + activationBytes, layers, largest, complete };
}

/**
 * The most memory a run may take on this device: DEVICE_MEMORY_SHARE of its
 * memory in GB (`deviceMemoryGb`, from navigator.deviceMemory; assumed
 * ASSUMED_DEVICE_MEMORY_GB when unknown), never more than MEMORY_CEILING_BYTES.
 */
export function memoryBudget(deviceMemoryGb?: number): number {
  const known = typeof deviceMemoryGb === 'number' && Number.isFinite(deviceMemoryGb) && deviceMemoryGb > 0;
  const device = (known ? deviceMemoryGb : ASSUMED_DEVICE_MEMORY_GB) * 1e9;
  return Math.min(MEMORY_CEILING_BYTES, device * DEVICE_MEMORY_SHARE);
}

/** Too much memory for this device: what the estimate found and what the budget allows. */
export interface MemoryOverrun {
  estimate: MemoryEstimate;
  budgetBytes: number;
}

/** The overrun when the estimate is above the budget, else null. */
export function checkMemory(estimate: MemoryEstimate, budgetBytes: number): MemoryOverrun | null {
  return estimate.totalBytes > budgetBytes ? { estimate, budgetBytes } : null;
}
