// What one taken-apart step keeps on the device, so any weight's update can
// be read afterwards: the copy's weights before and after, the gradients the
// optimizer received, and its state before and after.
import * as tf from '@tensorflow/tfjs';
import { UPDATE_RULES } from '../../core/training/stepThrough/updateRules';
import type { OptimizerId } from '../../core/training/types';
import { EngineError } from '../engine/errors';
import { readTogether } from '../engine/readBack';
import type { StepWeightTensor, StepWeightUpdate, WeightPick } from '../protocol';
import { disposeOptimizer } from '../engine/optimizers';
import type { OptimizerSlots } from './optimizerState';

/** Everything a StepCapture holds; it owns every tensor here. */
export interface CaptureParts {
  optimizerId: OptimizerId;
  /** The copied model and optimizer, after the step. */
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  tensors: StepWeightTensor[];
  /** Per trainable tensor: its decoupled decay factor (0: none), its value before, the gradient applied. */
  decay: number[];
  before: tf.Tensor[];
  applied: tf.Tensor[];
  /** State before (empty when the optimizer had not stepped: then each slot's initial value) and after. */
  stateBefore: OptimizerSlots;
  stateAfter: OptimizerSlots;
  /** Each slot's value before a first step. */
  initial: Record<string, number>;
}

/** Row-major coordinates of a flat index in a shape. */
export function coordinatesOf(index: number, shape: readonly number[]): number[] {
  const coordinates: number[] = [];
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    coordinates.unshift(rest % shape[axis]);
    rest = Math.floor(rest / shape[axis]);
  }
  return coordinates;
}

const entry = (tensor: tf.Tensor, index: number) => tf.slice(tf.reshape(tensor, [-1]), index, 1);

export class StepCapture {
  constructor(private readonly parts: CaptureParts) {}

  get tensors(): StepWeightTensor[] {
    return this.parts.tensors;
  }

  /** The picked weight through the update (index null: the weight of that tensor with the largest gradient). */
  async weightUpdate(pick: WeightPick): Promise<StepWeightUpdate> {
    const { tensors, before, applied, model, stateBefore, stateAfter, initial, decay } = this.parts;
    const t = pick.tensor;
    if (!Number.isInteger(t) || t < 0 || t >= tensors.length) {
      throw new EngineError('bad-request', `There is no weight tensor ${t}: the network has ${tensors.length}.`);
    }
    const index = pick.index ?? (await readTogether([tf.tidy(() => tf.argMax(tf.abs(tf.reshape(applied[t], [-1]))))]))[0][0];
    if (!Number.isInteger(index) || index < 0 || index >= tensors[t].size) {
      throw new EngineError('bad-request', `Weight ${index} does not exist: ${tensors[t].layer} ${tensors[t].name} has indices 0 to ${tensors[t].size - 1}.`);
    }
    const after = model.trainableWeights[t].read();
    const keys = UPDATE_RULES[this.parts.optimizerId].slots.map((slot) => slot.key);
    const values = await readTogether(tf.tidy(() => [
      entry(before[t], index),
      entry(applied[t], index),
      entry(after, index),
      ...keys.map((key) => stateBefore.get(key)?.[t] ? entry(stateBefore.get(key)![t], index) : tf.tensor1d([initial[key]])),
      ...keys.map((key) => entry(stateAfter.get(key)![t], index)),
    ]));
    const [old, gradient, updated] = values.map((v) => v[0]);
    return {
      pick: { tensor: t, index },
      coordinates: coordinatesOf(index, tensors[t].shape),
      before: old,
      gradient,
      after: updated,
      state: keys.map((key, k) => ({ key, before: values[3 + k][0], after: values[3 + keys.length + k][0] })),
      decay: decay[t],
    };
  }

  /** Frees the copy and every kept tensor. */
  dispose(): void {
    const { before, applied, stateBefore, stateAfter, optimizer, model } = this.parts;
    tf.dispose([...before, ...applied, ...[...stateBefore.values(), ...stateAfter.values()].flat()]);
    disposeOptimizer(optimizer);
    model.dispose();
  }
}
