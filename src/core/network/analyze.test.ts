import { describe, it, expect } from 'vitest';
import { analyzeNetwork } from './analyze';
import type { ChainItem } from './graph';
import { chain } from './graph';
import { inferLayer, windowOutput } from './shapes';
import { resolveParams } from './params';
import type { LayerType, ParamValue, Shape } from './types';

/** Infers one layer with defaults plus overrides. */
const infer = (type: LayerType, params: Record<string, ParamValue>, ...inputs: Shape[]) =>
  inferLayer(type, resolveParams(type, params), inputs);

describe('windowOutput (Keras conv_output_length)', () => {
  it.each([
    [28, 3, 1, 'same', 28],
    [28, 3, 2, 'same', 14],
    [28, 5, 3, 'same', 10],
    [28, 3, 1, 'valid', 26],
    [28, 5, 2, 'valid', 12],
    [7, 2, 2, 'valid', 3],
    [7, 2, 2, 'same', 4],
  ])('in %i, window %i, stride %i, %s -> %i', (inSize, k, s, padding, out) => {
    expect(windowOutput(inSize, k, s, padding)).toBe(out);
  });
});

describe('inferLayer', () => {
  it('Dense on a flat input', () => {
    expect(infer('dense', { units: 32 }, [784])).toEqual({ ok: true, shape: [32], params: 25_120, trainableParams: 25_120, flops: 2 * 784 * 32 });
    expect(infer('dense', { units: 32, useBias: false }, [784])).toMatchObject({ params: 25_088 });
  });

  it('Conv2D same and valid', () => {
    expect(infer('conv2d', { filters: 8, kernelSize: 3, strides: 2 }, [28, 28, 1])).toMatchObject({ shape: [14, 14, 8], params: 80 });
    expect(infer('conv2d', { filters: 4, kernelSize: 5, padding: 'valid' }, [12, 12, 3])).toMatchObject({
      shape: [8, 8, 4],
      params: 5 * 5 * 3 * 4 + 4,
      flops: 2 * 5 * 5 * 3 * 4 * 64,
    });
  });

  it('SeparableConv2D counts depthwise, pointwise and bias weights', () => {
    expect(infer('separableConv2d', { filters: 32, kernelSize: 3, depthMultiplier: 2 }, [14, 14, 16])).toMatchObject({
      shape: [14, 14, 32],
      params: 3 * 3 * 16 * 2 + 16 * 2 * 32 + 32,
    });
  });

  it('pooling, global pooling and flatten', () => {
    expect(infer('maxPool2d', {}, [28, 28, 6])).toMatchObject({ shape: [14, 14, 6], params: 0 });
    expect(infer('avgPool2d', { poolSize: 3, strides: 2, padding: 'same' }, [7, 7, 4])).toMatchObject({ shape: [4, 4, 4] });
    expect(infer('avgPool2d', { poolSize: 3, strides: 2 }, [7, 7, 4])).toMatchObject({ shape: [3, 3, 4] });
    expect(infer('globalAvgPool2d', {}, [7, 7, 32])).toMatchObject({ shape: [32], params: 0 });
    expect(infer('flatten', {}, [7, 7, 32])).toMatchObject({ shape: [1568] });
  });

  it('BatchNorm has 4C weights of which 2C train', () => {
    expect(infer('batchNorm', {}, [14, 14, 16])).toMatchObject({ shape: [14, 14, 16], params: 64, trainableParams: 32 });
    expect(infer('batchNorm', {}, [128])).toMatchObject({ params: 512, trainableParams: 256 });
  });

  it('Reshape with a fixed and an inferred axis', () => {
    expect(infer('reshape', { targetShape: [28, 28, 1] }, [784])).toMatchObject({ shape: [28, 28, 1] });
    expect(infer('reshape', { targetShape: [-1, 7] }, [784])).toMatchObject({ shape: [112, 7] });
    expect(infer('reshape', { targetShape: [-1, 5] }, [784])).toMatchObject({ ok: false, code: 'reshape-size-mismatch' });
  });

  it('Add and Concatenate', () => {
    expect(infer('add', {}, [4, 4, 8], [4, 4, 8], [4, 4, 8])).toMatchObject({ shape: [4, 4, 8], flops: 2 * 128 });
    expect(infer('concatenate', {}, [4, 4, 8], [4, 4, 3])).toMatchObject({ shape: [4, 4, 11] });
    expect(infer('concatenate', {}, [10], [20])).toMatchObject({ shape: [30] });
    expect(infer('concatenate', {}, [4, 4, 8], [5, 4, 8])).toMatchObject({ ok: false, code: 'concat-shape-mismatch' });
  });

  it('Flatten needs at least two axes, like tf.layers.flatten', () => {
    expect(infer('flatten', {}, [784])).toMatchObject({ ok: false, code: 'needs-spatial-input' });
    expect(infer('flatten', {}, [28, 28])).toMatchObject({ shape: [784] });
  });

  it('same padding accepts a kernel larger than the input', () => {
    expect(infer('conv2d', { kernelSize: 11 }, [5, 5, 2])).toMatchObject({ shape: [5, 5, 16] });
  });
});

describe('analyzeNetwork', () => {
  it('counts BatchNorm moving statistics as non-trainable', () => {
    const items: (LayerType | ChainItem)[] = [
      'input',
      { type: 'conv2d', params: { filters: 8 } },
      'batchNorm',
      'flatten',
      { type: 'dense', params: { units: 10, activation: 'softmax' } },
    ];
    const a = analyzeNetwork(chain(items), 'categoricalCrossentropy');
    expect(a.issues).toEqual([]);
    const total = 80 + 32 + (28 * 28 * 8 * 10 + 10);
    expect(a.totalParams).toBe(total);
    expect(a.trainableParams).toBe(total - 16);
    expect(a.memoryBytes(2)).toBe(4 * total * 4);
  });

  it('orders a branching graph topologically and keeps Concatenate input order', () => {
    const graph = chain(['input', 'flatten', { type: 'dense', params: { units: 6 } }, 'concatenate', { type: 'dense', params: { units: 10, activation: 'softmax' } }]);
    graph.edges.push({ id: 'skip', source: 'flatten_1', target: 'concatenate_1' });
    const a = analyzeNetwork(graph, 'categoricalCrossentropy');
    expect(a.issues).toEqual([]);
    expect(a.order).toEqual(['input', 'flatten_1', 'dense_1', 'concatenate_1', 'dense_2']);
    expect(a.inputsOf.concatenate_1).toEqual(['dense_1', 'flatten_1']);
    expect(a.nodes.concatenate_1.outputShape).toEqual([790]);
    expect(a.nodes.concatenate_1.inputShapes).toEqual([[6], [784]]);
    expect(a.outputId).toBe('dense_2');
  });

  it('fills missing params with catalogue defaults', () => {
    const graph = chain(['input', 'flatten', 'dense']);
    graph.nodes[2].params = {};
    const a = analyzeNetwork(graph);
    expect(a.nodes.dense_1.outputShape).toEqual([64]);
    expect(a.issues.map((i) => i.code)).toEqual(['output-not-10-classes']);
  });

  it('handles an empty graph', () => {
    const a = analyzeNetwork({ nodes: [], edges: [] });
    expect(a.issues.map((i) => i.code)).toEqual(['no-input-layer', 'no-output']);
    expect(a.outputId).toBeNull();
    expect(a.totalParams).toBe(0);
  });
});
