// The step-through against tfjs's own optimizer update, on real MNIST with
// the tfjs CPU backend in Node: after two real training steps, the new value
// it reports for a weight is the value that weight takes when the run's own
// optimizer applies the same gradients; the run itself is left untouched.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/network/presets';
import { defaultOptimizerParams } from '../../core/training/optimizers';
import { DEFAULT_SETTINGS } from '../../core/training/settings';
import { UPDATE_RULES } from '../../core/training/stepThrough/updateRules';
import type { OptimizerId } from '../../core/training/types';
import { sessionHandlers } from '../commands';
import { createBatchSource } from '../engine/batchSource';
import { lossFunction } from '../engine/losses';
import { loadTestMnist } from '../engine/mnist.fixture';
import { Session } from '../engine/session';
import { Transfer } from '../engine/transfer';
import type { RunSpec, StepThroughResult, StepWeightUpdate, WeightPick } from '../protocol';

const mnist = loadTestMnist();
const mlp = PRESETS.find((preset) => preset.label === 'MLP 128-64-10')!;
const session = new Session(() => undefined, async () => mnist);
const handlers = sessionHandlers(session);
const images = [5, 6, 7, 8];

function specFor(optimizer: OptimizerId, extra: Partial<RunSpec['settings']> = {}): RunSpec {
  return {
    graph: mlp.graph,
    settings: {
      ...DEFAULT_SETTINGS,
      backend: 'cpu',
      batchSize: 16,
      trainingSamples: 320,
      optimizer,
      optimizerParams: defaultOptimizerParams(optimizer),
      learningRate: optimizer === 'sgd' ? 0.1 : optimizer === 'adadelta' ? 1 : 0.01,
      ...extra,
    },
  };
}

const unwrap = <T,>(reply: T | Transfer<T>): T => (reply instanceof Transfer ? reply.value : reply);

async function stepThrough(spec: RunSpec, pick: WeightPick): Promise<StepThroughResult> {
  return unwrap(await handlers['step-through']({ type: 'step-through', id: 1, spec, images, pick }));
}

async function weightsOf(model: tf.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array));
}

/** The update the same weight gets from the run's own optimizer on the same four images. */
async function tfjsUpdate(spec: RunSpec, update: StepWeightUpdate): Promise<{ before: number; gradient: number; after: number }> {
  const { run } = await session.stepSource(spec);
  const model = run!.model;
  const { xs, ys } = createBatchSource(mnist.train, spec.settings.trainingSamples).pickedBatch(images);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const variable = variables[update.pick.tensor];
  const before = (await variable.data())[update.pick.index];
  const { value, grads } = tf.variableGrads(() => lossFunction(spec.settings.loss)(ys, model.apply(xs, { training: true }) as tf.Tensor), variables);
  const gradient = (await grads[variable.name].data())[update.pick.index];
  run!.optimizer.applyGradients(grads);
  const after = (await variable.data())[update.pick.index];
  tf.dispose([value, xs, ys, ...Object.values(grads)]);
  return { before, gradient, after };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await session.init('data/', 'mnist', 'cpu');
});

describe('step-through', { timeout: 120_000 }, () => {
  it('before any run: starts from the initial weights, and the loss is the mean of the images\u2019 losses', async () => {
    const result = await stepThrough(specFor('adam'), { tensor: 0, index: 300 });
    expect(result.source).toBe('initial');
    expect(result.optimizer.step).toBe(1);
    expect(result.layers.map((layer) => layer.shape)).toEqual([[4, 784], [4, 128], [4, 64], [4, 10]]);
    expect(result.layers[1].values).toHaveLength(4);
    expect(result.labels).toEqual(images.map((i) => mnist.train.labels[i]));
    expect(result.pixels).toHaveLength(4 * 784);
    const mean = result.losses.reduce((a, b) => a + b, 0) / 4;
    expect(result.loss).toBeCloseTo(mean, 6);
    result.outputs.forEach((row, i) => expect(result.losses[i]).toBeCloseTo(-Math.log(row[result.labels[i]]), 5));
    expect(result.gradientNorms.map((norm) => norm.layer)).toHaveLength(3);
    expect(result.globalNorm).toBeCloseTo(Math.hypot(...result.gradientNorms.map((norm) => norm.norm)), 5);
    expect(result.tensors.map((t) => `${t.name} ${t.shape.join('x')}`)).toEqual(['kernel 784x128', 'bias 128', 'kernel 128x64', 'bias 64', 'kernel 64x10', 'bias 10']);
    expect(result.update.coordinates).toEqual([2, 44]);
  });

  for (const id of ['sgd', 'momentum', 'adam', 'adagrad', 'rmsprop', 'adadelta', 'adamax'] as const) {
    it(`${id}: after two steps, the new value is the weight after tfjs's own update, and the run is untouched`, async () => {
      const spec = specFor(id);
      await session.reset();
      await session.step(spec);
      await session.step(spec);
      const { run } = await session.stepSource(spec);
      const weightsBefore = await weightsOf(run!.model);
      const result = await stepThrough(spec, { tensor: 2, index: null });
      expect(result.source).toBe('run');
      expect(result.batch).toBe(2);
      expect(result.optimizer.step).toBe(3);
      expect(run!.optimizer.iterations).toBe(2);
      expect(await weightsOf(run!.model)).toEqual(weightsBefore);

      const { update } = result;
      expect(update.after).not.toBe(update.before);
      const reference = await tfjsUpdate(spec, update);
      expect(update.before).toBe(reference.before);
      expect(update.gradient).toBe(reference.gradient);
      expect(update.after).toBe(reference.after);

      // The catalogue's rule, with the numbers shown, gives that value too.
      const state = Object.fromEntries(update.state.map((s) => [s.key, s.before]));
      const formula = UPDATE_RULES[id].apply({ ...result.optimizer, theta: update.before, gradient: update.gradient, state, decay: update.decay });
      expect(formula.theta).toBeCloseTo(update.after, 6);
      update.state.forEach((s) => expect(formula.state[s.key]).toBeCloseTo(s.after, 6));
      if (id !== 'sgd') expect(update.state.some((s) => s.before !== 0)).toBe(true);
    });
  }

  it('another weight of the same step, decoupled decay and clipping, and flat tf memory', async () => {
    const spec = specFor('momentum', { weightDecay: 0.01, clipNorm: 0.05 });
    await session.reset();
    await session.step(spec);
    const first = await stepThrough(spec, { tensor: 4, index: 7 });
    expect(first.clipScale).toBeCloseTo(Math.min(1, 0.05 / first.globalNorm), 6);
    expect(first.update.decay).toBeCloseTo(0.01 * 0.01, 12);
    const reference = await tfjsUpdate({ ...spec, settings: { ...spec.settings, clipNorm: 0 } }, first.update);
    expect(first.update.gradient).toBeCloseTo(reference.gradient * first.clipScale, 7);
    const bias = unwrap(await handlers['step-through-weight']({ type: 'step-through-weight', id: 2, pick: { tensor: 5, index: 3 } }));
    expect(bias).toMatchObject({ pick: { tensor: 5, index: 3 }, decay: 0 });
    const state = Object.fromEntries(bias.state.map((s) => [s.key, s.before]));
    expect(UPDATE_RULES.momentum.apply({ ...first.optimizer, theta: bias.before, gradient: bias.gradient, state, decay: 0 }).theta).toBeCloseTo(bias.after, 6);
    await expect(Promise.resolve().then(() => handlers['step-through-weight']({ type: 'step-through-weight', id: 3, pick: { tensor: 9, index: 0 } }))).rejects.toMatchObject({ code: 'bad-request' });
    await expect(handlers['step-through']({ type: 'step-through', id: 4, spec, images: [0, 1, 2, 3, 4, 5, 6, 7, 8], pick: { tensor: 0, index: 0 } })).rejects.toMatchObject({ code: 'bad-request' });

    await session.reset();
    await stepThrough(spec, { tensor: 0, index: null });
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await stepThrough(spec, { tensor: i, index: null });
    expect(tf.memory().numTensors).toBe(tensors);
  });
});
