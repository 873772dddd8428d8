// An optimizer's per-weight state, read and copied. tfjs keeps it index by
// index in the order gradients arrive (the model's trainable weights), and
// names each entry `<variable>/<slot key>` in getWeights().
import * as tf from '@tensorflow/tfjs';
import type { OptimizerId, TrainingSettings } from '../../core/training/types';
import { createOptimizer } from '../engine/optimizers';

/** The optimizer's state tensors by slot key, each listed by trainable-weight index (empty before its first step). */
export type OptimizerSlots = Map<string, tf.Tensor[]>;

/** One state entry as tfjs 4.22 keeps it inside an optimizer. */
interface SlotEntry {
  originalName: string;
  variable: tf.Variable;
}

/**
 * Adamax's fields in tfjs 4.22: it has no getWeights()/setWeights() ("not
 * implemented for Adamax yet"), so its state is read where it is kept. The
 * step-through test fails if a tfjs upgrade moves them.
 */
interface AdamaxInternals {
  accumulatedFirstMoment: SlotEntry[];
  accumulatedWeightedInfNorm: SlotEntry[];
  iteration: tf.Variable;
  accBeta1: tf.Variable;
  iterations_: number;
}

function adamaxInternals(optimizer: tf.Optimizer): AdamaxInternals {
  return optimizer as unknown as AdamaxInternals;
}

function groupBySlot(entries: Array<{ name: string; tensor: tf.Tensor }>): OptimizerSlots {
  const slots: OptimizerSlots = new Map();
  for (const { name, tensor } of entries) {
    const key = name.slice(name.lastIndexOf('/') + 1);
    slots.set(key, [...(slots.get(key) ?? []), tensor]);
  }
  return slots;
}

/** Copies (clones) of the optimizer's state tensors, by slot key; the caller disposes them. */
export async function readSlots(id: OptimizerId, optimizer: tf.Optimizer): Promise<OptimizerSlots> {
  if (id === 'adamax') {
    const inner = adamaxInternals(optimizer);
    return groupBySlot([
      ...inner.accumulatedFirstMoment.map((entry) => ({ name: 'm', tensor: tf.clone(entry.variable) })),
      ...inner.accumulatedWeightedInfNorm.map((entry) => ({ name: 'v', tensor: tf.clone(entry.variable) })),
    ]);
  }
  const [iterations, ...entries] = await optimizer.getWeights();
  iterations.tensor.dispose();
  return groupBySlot(entries.map(({ name, tensor }) => ({ name, tensor: tf.clone(tensor) })));
}

/** Makes `target` (fresh, same settings) continue from `source`'s state and step count; `source` is not changed. */
async function copyState(id: OptimizerId, source: tf.Optimizer, target: tf.Optimizer): Promise<void> {
  if (id === 'adamax') {
    const from = adamaxInternals(source);
    const to = adamaxInternals(target);
    const copy = (entry: SlotEntry): SlotEntry => ({ originalName: entry.originalName, variable: tf.variable(entry.variable, false) });
    to.accumulatedFirstMoment = from.accumulatedFirstMoment.map(copy);
    to.accumulatedWeightedInfNorm = from.accumulatedWeightedInfNorm.map(copy);
    to.iteration.assign(from.iteration);
    to.accBeta1.assign(from.accBeta1);
    to.iterations_ = source.iterations;
    return;
  }
  const weights = await source.getWeights();
  await target.setWeights(weights);
  weights[0].tensor.dispose();
  if (id === 'adam') {
    // setWeights() recomputes β^t with pow(); the run multiplied it step by step. Take the run's, so the copy steps exactly as the run would.
    const from = source as unknown as AdamPowers;
    const to = target as unknown as AdamPowers;
    to.accBeta1.assign(from.accBeta1);
    to.accBeta2.assign(from.accBeta2);
  }
}

/** Adam's running powers β₁^t and β₂^t in tfjs 4.22 (private fields). */
interface AdamPowers {
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
}

/**
 * A new optimizer for the settings at `learningRate`, carrying on from
 * `source`'s state when there is one (else fresh, as a new run starts).
 */
export async function copyOptimizer(
  settings: Pick<TrainingSettings, 'optimizer' | 'optimizerParams'>,
  learningRate: number,
  source: tf.Optimizer | null,
): Promise<tf.Optimizer> {
  const optimizer = createOptimizer({ ...settings, learningRate });
  if (source) await copyState(settings.optimizer, source, optimizer);
  return optimizer;
}
