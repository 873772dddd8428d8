// Each tf optimizer is built with the catalogue's hyperparameters: the keys
// are tf.train's argument names, so its config must echo every default.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPTIMIZERS, OPTIMIZER_IDS } from '../../core/training/optimizers';
import { createOptimizer, disposeOptimizer } from './optimizers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('createOptimizer', () => {
  it.each(OPTIMIZER_IDS)('%s takes every hyperparameter from the catalogue', (id) => {
    const optimizer = createOptimizer({ optimizer: id, optimizerParams: {}, learningRate: 0.01 });
    const config = optimizer.getConfig();
    expect(config.learningRate).toBe(0.01);
    for (const h of OPTIMIZERS[id].hyperparams) expect(config[h.key], `${id}.${h.key}`).toBe(h.default);
    optimizer.dispose();
  });

  it('uses the settings where they are numbers', () => {
    const optimizer = createOptimizer({ optimizer: 'adam', optimizerParams: { beta1: 0.5, beta2: Number.NaN }, learningRate: 0.1 });
    expect(optimizer.getConfig()).toMatchObject({ beta1: 0.5, beta2: OPTIMIZERS.adam.hyperparams[1].default });
    optimizer.dispose();
  });

  it.each(OPTIMIZER_IDS)('%s: disposeOptimizer frees every tensor the optimizer made, after steps too', (id) => {
    const start = tf.memory().numTensors;
    const optimizer = createOptimizer({ optimizer: id, optimizerParams: {}, learningRate: 0.01 });
    const weight = tf.tidy(() => tf.variable(tf.ones([3])));
    for (let step = 0; step < 2; step++) optimizer.minimize(() => tf.sum(tf.square(weight)) as tf.Scalar);
    disposeOptimizer(optimizer);
    weight.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
