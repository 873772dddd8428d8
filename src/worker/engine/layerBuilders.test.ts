// The worker's builder tables cover the core catalogues exactly. The type
// assertions are checked by `npm run typecheck` (tsconfig.node.json includes
// the tests): if a table stops being exhaustive, the build fails, not just a test.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ACTIVATIONS, INITIALIZERS, LEAKY_RELU_ALPHA, type ActivationId, type InitializerId } from '../../core/network/activations';
import { LAYER_TYPES } from '../../core/network/catalogue';
import { chain } from '../../core/network/graph';
import { findPreset } from '../../core/network/presets';
import type { LayerType } from '../../core/network/types';
import { ACTIVATION_BUILDS, INITIALIZER_BUILDS, type ActivationBuild, type TfInitializer } from './activationLayers';
import { buildModel, hasConvolutions } from './buildModel';
import { LAYER_BUILDERS, type LayerBuilder } from './layerBuilders';

const sorted = (keys: string[]) => [...keys].sort();

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('builder tables', () => {
  it('have exactly one builder per layer type, activation and initializer of the catalogues', () => {
    expectTypeOf(LAYER_BUILDERS).toEqualTypeOf<Record<LayerType, LayerBuilder>>();
    expectTypeOf(ACTIVATION_BUILDS).toEqualTypeOf<Record<ActivationId, ActivationBuild>>();
    expectTypeOf(INITIALIZER_BUILDS).toEqualTypeOf<Record<InitializerId, (seed: number) => TfInitializer>>();
    expect(sorted(Object.keys(LAYER_BUILDERS))).toEqual(sorted(LAYER_TYPES));
    expect(sorted(Object.keys(ACTIVATION_BUILDS))).toEqual(sorted(Object.keys(ACTIVATIONS)));
    expect(sorted(Object.keys(INITIALIZER_BUILDS))).toEqual(sorted(Object.keys(INITIALIZERS)));
  });

  it('refuse, at compile time, a table that misses a type', () => {
    const { dense: _dense, ...withoutDense } = LAYER_BUILDERS;
    // @ts-expect-error Property 'dense' is missing: every layer type needs its builder.
    const incomplete: Record<LayerType, LayerBuilder> = withoutDense;
    expect(Object.keys(incomplete)).not.toContain('dense');
  });
});

describe('layer builders', { timeout: 30_000 }, () => {
  it('refuse an activation or initializer outside the catalogue instead of replacing it', () => {
    const input = tf.input({ shape: [784] });
    const build = (params: Record<string, string | number | boolean>) => () =>
      LAYER_BUILDERS.dense.build({ name: 'dense_x', params: { units: 4, useBias: true, ...params }, inputs: [input], seed: 1 });
    expect(build({ activation: 'relu', kernelInitializer: 'glorotOdd' })).toThrow(expect.objectContaining({ code: 'model-build-failed' }));
    expect(build({ activation: 'gelu', kernelInitializer: 'zeros' })).toThrow(/activation "gelu"/);
    expect(build({ activation: 'relu', kernelInitializer: 'zeros' })()).toBeInstanceOf(tf.SymbolicTensor);
  });

  it('build Leaky ReLU as its own layer with the catalogue alpha', () => {
    const model = buildModel(chain(['input', 'flatten', { type: 'dense', params: { units: 10, activation: 'leakyRelu' } }]), 3);
    const leaky = model.getLayer('dense_1_leaky_relu');
    expect(leaky.getConfig()).toMatchObject({ alpha: LEAKY_RELU_ALPHA });
    model.dispose();
  });

  it('mark the layers WASM cannot train', () => {
    expect(hasConvolutions(findPreset('lenet5')!.graph)).toBe(true);
    expect(hasConvolutions(findPreset('mlp')!.graph)).toBe(false);
    expect(LAYER_TYPES.filter((type) => LAYER_BUILDERS[type].convolution)).toEqual(['conv2d', 'separableConv2d']);
  });
});
