// One training step taken apart: the run's own trainStep on a copied model
// and optimizer, watched through its observer so every layer's output, the
// gradients and the optimizer state can be read back from the real tensors.
import * as tf from '@tensorflow/tfjs';
import { initialState } from '../../core/training/stepThrough/updateRules';
import { defaultOptimizerParams, optimizerParam } from '../../core/training/optimizers';
import type { TrainingSettings } from '../../core/training/types';
import { layerGradientNorms, weightedLayers } from '../engine/gradientNorms';
import { activationModel } from '../engine/inspect';
import type { LossFunction } from '../engine/losses';
import { readTogether } from '../engine/readBack';
import { trainStep } from '../engine/trainStep';
import type { StepThroughResult, StepWeightTensor } from '../protocol';
import { STEP_VALUES_PER_IMAGE } from '../protocolStepThrough';
import { readSlots } from './optimizerState';
import { StepCapture } from './stepCapture';

/** What the step works on: a copy the caller hands over (the capture then owns it). */
export interface StepInputs {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  settings: Pick<TrainingSettings, 'optimizer' | 'optimizerParams' | 'clipNorm' | 'weightDecay'>;
  learningRate: number;
  loss: LossFunction;
  xs: tf.Tensor;
  ys: tf.Tensor;
}

/** The parts of the result the step itself measures (the caller adds images and where the copy came from). */
export type StepMeasures = Omit<StepThroughResult, 'source' | 'batch' | 'lossId' | 'images' | 'labels' | 'pixels' | 'update'>;

const rows = (values: Float32Array, width: number): number[][] =>
  Array.from({ length: values.length / width }, (_, i) => Array.from(values.subarray(i * width, (i + 1) * width)));

/** The tensor's name inside its layer: 'dense_1/kernel_3' -> 'kernel'. */
function localName(variable: tf.LayerVariable): string {
  return (variable.originalName.split('/').pop() ?? variable.originalName).replace(/_\d+$/, '');
}

/** Takes one step on the copy; resolves with its measures and a capture that owns the copy. */
export async function takeStep(inputs: StepInputs): Promise<{ measures: StepMeasures; capture: StepCapture }> {
  const { model, optimizer, settings, learningRate, loss, xs, ys } = inputs;
  const id = settings.optimizer;
  const layers = weightedLayers(model);
  const weights = model.trainableWeights;
  const variables = weights.map((weight) => weight.read() as tf.Variable);
  const step = optimizer.iterations + 1;
  const before = variables.map((variable) => tf.clone(variable));
  const stateBefore = await readSlots(id, optimizer);
  const inspector = activationModel(model);
  const outputIndex = inspector.outputs.findIndex((output) => output.sourceLayer === model.outputs[0].sourceLayer);
  const seen: { outputs: tf.Tensor[]; norms?: tf.Tensor; globalNorm?: tf.Tensor; applied: tf.Tensor[] } = { outputs: [], applied: [] };
  const decayFactor = learningRate * settings.weightDecay;
  const result = trainStep(model, optimizer, loss, xs, ys, {
    clipNorm: settings.clipNorm,
    decay: decayFactor,
    observe: {
      forward: (input) => {
        const out = inspector.apply(input, { training: true });
        seen.outputs = (Array.isArray(out) ? out : [out]) as tf.Tensor[];
        seen.outputs.forEach((tensor) => tf.keep(tensor));
        return seen.outputs[outputIndex];
      },
      gradients: (raw, given) => {
        seen.norms = layerGradientNorms(raw, layers) ?? tf.zeros([0]);
        seen.globalNorm = tf.tidy(() => tf.sqrt(tf.addN(variables.map((v) => tf.sum(tf.square(raw[v.name]))))));
        seen.applied = variables.map((variable) => tf.clone(given[variable.name]));
      },
    },
  });
  const stateAfter = await readSlots(id, optimizer);
  const { outputs, applied } = seen;
  const n = xs.shape[0];
  const predictions = outputs[outputIndex];
  const perImage = tf.tidy(() => tf.stack(Array.from({ length: n }, (_, i) => loss(tf.slice(ys, [i, 0], [1, -1]), tf.slice(predictions, [i, 0], [1, -1])))));
  const widths = outputs.map((output) => Math.min(STEP_VALUES_PER_IMAGE, output.size / n));
  const firstValues = tf.tidy(() => outputs.map((output, k) => tf.slice(tf.reshape(output, [n, -1]), [0, 0], [n, widths[k]])));
  const classes = ys.shape[1] ?? 10;
  const read = await readTogether([result.loss, perImage, seen.norms ?? tf.zeros([0]), seen.globalNorm ?? tf.scalar(0), tf.clone(ys), tf.clone(predictions), ...firstValues]);
  tf.dispose([result.correct, result.globalNorm, ...outputs]);
  const [lossValue, losses, normValues, global, targets, outputRows, ...values] = read;
  const tensors: StepWeightTensor[] = weights.map((weight, i) => ({
    layer: layers.find((layer) => layer.variables.includes(variables[i].name))?.name ?? weight.name,
    name: localName(weight),
    shape: [...weight.shape] as number[],
    size: variables[i].size,
  }));
  const params = Object.fromEntries(Object.keys(defaultOptimizerParams(id)).map((key) => [key, optimizerParam(id, settings.optimizerParams, key)]));
  const measures: StepMeasures = {
    layers: inspector.outputs.map((output, k) => ({
      layer: output.sourceLayer.name,
      type: output.sourceLayer.getClassName(),
      shape: [n, ...(output.shape.slice(1) as number[])],
      values: rows(values[k], widths[k]),
    })),
    targets: rows(targets, classes),
    outputs: rows(outputRows, classes),
    losses: Array.from(losses),
    loss: lossValue[0],
    gradientNorms: layers.map((layer, i) => ({ layer: layer.name, norm: normValues[i] })),
    globalNorm: global[0],
    clipNorm: settings.clipNorm,
    clipScale: settings.clipNorm > 0 ? settings.clipNorm / Math.max(global[0], settings.clipNorm) : 1,
    optimizer: { id, learningRate, params, step, backendEpsilon: tf.backend().epsilon() },
    tensors,
  };
  const capture = new StepCapture({
    optimizerId: id,
    model,
    optimizer,
    tensors,
    // trainStep decays kernels only (decoupled weight decay).
    decay: variables.map((variable) => (decayFactor > 0 && /kernel/.test(variable.name) ? decayFactor : 0)),
    before,
    applied,
    stateBefore,
    stateAfter,
    initial: initialState(id, settings.optimizerParams),
  });
  return { measures, capture };
}
