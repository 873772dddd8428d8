import { describe, it, expect } from 'vitest';
import katex from 'katex';
import { ACTIVATIONS, INITIALIZERS, LAYER_CATALOGUE, LAYER_TYPES, defaultParams } from './catalogue';
import { isParamValid } from './params';

const compiles = (latex: string): string => katex.renderToString(latex, { throwOnError: true, strict: 'error' });

describe('layer catalogue', () => {
  it('has one entry per layer type, keyed by its own type', () => {
    expect(LAYER_TYPES).toHaveLength(14);
    for (const type of LAYER_TYPES) expect(LAYER_CATALOGUE[type].type).toBe(type);
  });

  it('uses the contract defaults', () => {
    expect(defaultParams('dense')).toEqual({ units: 64, activation: 'relu', kernelInitializer: 'glorotUniform', useBias: true });
    expect(defaultParams('conv2d')).toEqual({ filters: 16, kernelSize: 3, strides: 1, padding: 'same', activation: 'relu', kernelInitializer: 'heNormal' });
    expect(defaultParams('separableConv2d')).toEqual({ filters: 16, kernelSize: 3, strides: 1, padding: 'same', activation: 'relu', depthMultiplier: 1 });
    expect(defaultParams('maxPool2d')).toEqual({ poolSize: 2, strides: 2, padding: 'valid' });
    expect(defaultParams('avgPool2d')).toEqual({ poolSize: 2, strides: 2, padding: 'valid' });
    expect(defaultParams('reshape')).toEqual({ targetShape: [28, 28, 1] });
    expect(defaultParams('dropout')).toEqual({ rate: 0.5 });
    expect(defaultParams('batchNorm')).toEqual({ momentum: 0.99, epsilon: 0.001 });
    expect(defaultParams('activation')).toEqual({ activation: 'relu' });
    for (const type of ['input', 'globalAvgPool2d', 'flatten', 'add', 'concatenate'] as const) {
      expect(defaultParams(type)).toEqual({});
    }
  });

  it('gives fresh default arrays', () => {
    const a = defaultParams('reshape');
    (a.targetShape as number[]).push(9);
    expect(defaultParams('reshape').targetShape).toEqual([28, 28, 1]);
  });

  it('has valid defaults, the UI-contract labels and valid KaTeX', () => {
    const labels = new Set<string>();
    for (const spec of Object.values(LAYER_CATALOGUE)) {
      expect(() => compiles(spec.latex), spec.type).not.toThrow();
      expect(spec.description.split('. ').length).toBeGreaterThanOrEqual(2);
      for (const p of spec.params) {
        expect(isParamValid(p, p.default), `${spec.type}.${p.key}`).toBe(true);
        labels.add(p.label);
      }
    }
    for (const label of ['Units', 'Filters', 'Kernel size', 'Stride', 'Rate', 'Activation']) expect(labels.has(label)).toBe(true);
  });

  it('has every activation and initializer with valid KaTeX', () => {
    expect(Object.keys(ACTIVATIONS)).toEqual(['linear', 'relu', 'leakyRelu', 'elu', 'selu', 'sigmoid', 'tanh', 'softmax', 'softplus', 'swish']);
    expect(Object.keys(INITIALIZERS)).toEqual(['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'leCunNormal', 'zeros']);
    for (const entry of [...Object.values(ACTIVATIONS), ...Object.values(INITIALIZERS)]) {
      expect(() => compiles(entry.latex), entry.id).not.toThrow();
    }
  });
});
