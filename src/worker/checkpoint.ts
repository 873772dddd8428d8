// Checkpoints of a training run: the model's weights and the optimizer's
// state (tfjs `getWeights()`: the step counter, then its slots) read into
// plain typed arrays, and put back into a freshly built model and optimizer
// so training goes on where it stood (Adam's bias correction included).
import * as tf from '@tensorflow/tfjs';
import type { SavedTensor } from '../core/checkpoint/types';
import { EngineError } from './engine/errors';

/** A tensor with its name, as tfjs optimizers give and take their state. */
type NamedTensor = { name: string; tensor: tf.Tensor };

/** The weights and optimizer state of a run, as plain data. */
export interface CapturedState {
  weights: SavedTensor[];
  optimizerState: SavedTensor[];
  topology: string;
}

/** Tensors to read, taken at one instant (clones share data until the originals change). */
export interface FrozenState {
  weights: NamedTensor[];
  optimizerState: NamedTensor[];
  topology: string;
}

/**
 * Takes the state at this instant. Call it while no step can run: the clones
 * keep these values even when the next step assigns new ones.
 */
export async function freezeState(model: tf.LayersModel, optimizer: tf.Optimizer): Promise<FrozenState> {
  const slots = await optimizer.getWeights();
  const weights = model.weights.map((weight) => ({ name: weight.originalName, tensor: tf.clone(weight.read()) }));
  // The step counter ('iter') is a fresh scalar; the slots are the optimizer's own variables.
  const optimizerState = slots.map((slot, index) => ({ name: slot.name, tensor: index === 0 ? slot.tensor : tf.clone(slot.tensor) }));
  return { weights, optimizerState, topology: JSON.stringify(model.toJSON(null, false)) };
}

async function read(named: NamedTensor): Promise<SavedTensor> {
  const { tensor, name } = named;
  const dtype = tensor.dtype === 'int32' ? 'int32' : 'float32';
  const data = await tensor.data();
  // A copy, never tfjs's own storage: it may be transferred.
  const values = dtype === 'int32' ? Int32Array.from(data) : Float32Array.from(data);
  return { name, shape: [...tensor.shape], dtype, values };
}

/** Reads frozen tensors into plain arrays and frees them. */
export async function readFrozen(frozen: FrozenState): Promise<CapturedState> {
  try {
    const weights = await Promise.all(frozen.weights.map(read));
    const optimizerState = await Promise.all(frozen.optimizerState.map(read));
    return { weights, optimizerState, topology: frozen.topology };
  } finally {
    tf.dispose([...frozen.weights, ...frozen.optimizerState].map((named) => named.tensor));
  }
}

const sameShape = (a: readonly number[], b: readonly (number | null)[]) => a.length === b.length && a.every((size, i) => size === b[i]);

function tensorOf(saved: SavedTensor): tf.Tensor {
  const size = saved.shape.reduce((product, dim) => product * dim, 1);
  if (saved.values.length !== size) throw new EngineError('bad-request', `The saved tensor ${saved.name} holds ${saved.values.length} values, not ${size}.`);
  return tf.tensor(saved.values, saved.shape, saved.dtype);
}

/** Puts saved weights and optimizer state into a model and an optimizer built from the same network. */
export async function restoreState(model: tf.LayersModel, optimizer: tf.Optimizer, state: Pick<CapturedState, 'weights' | 'optimizerState'>): Promise<void> {
  const expected = model.weights;
  if (state.weights.length !== expected.length) {
    throw new EngineError('bad-request', `The checkpoint has ${state.weights.length} weight tensors; this network has ${expected.length}.`);
  }
  state.weights.forEach((saved, i) => {
    if (!sameShape(saved.shape, expected[i].shape)) {
      throw new EngineError('bad-request', `The checkpoint's weight ${saved.name} has shape [${saved.shape}]; the network's ${expected[i].originalName} has [${expected[i].shape}].`);
    }
  });
  const weights = state.weights.map(tensorOf);
  try {
    model.setWeights(weights);
  } finally {
    tf.dispose(weights);
  }
  if (state.optimizerState.length === 0) return;
  const slots = state.optimizerState.map((saved) => ({ name: saved.name, tensor: tensorOf(saved) }));
  try {
    await optimizer.setWeights(slots);
  } finally {
    tf.dispose(slots.map((slot) => slot.tensor));
  }
}
