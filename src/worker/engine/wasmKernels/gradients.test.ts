// Every gradient kernel we give the wasm backend, against tfjs's CPU backend,
// over random shapes, strides, paddings, kernel sizes, channel counts and batch
// sizes (fast-check). Each case returns the forward result and all gradients.
// Trap (measured): tfjs-backend-wasm's own forward Conv2D and DepthwiseConv2D
// are wrong for a non-square kernel or unequal strides (e.g. a 1x2 kernel or
// strides [2, 1]); our layers always use square kernels and equal strides, so
// such cases compare the gradients only (and skip ReLU, which needs the forward).
import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBackends, randomValues, startBackends, TOLERANCE } from './backends.fixture';

type Padding = 'same' | 'valid';

beforeAll(startBackends);

/** Runs a property over cases and also checks the worst difference seen; fast-check prints the failing case. */
async function expectAllClose<T>(cases: fc.Arbitrary<T>, gradients: (c: T) => tf.Tensor[], numRuns: number): Promise<void> {
  let worst = 0;
  await fc.assert(fc.asyncProperty(cases, async (c) => {
    const { difference } = await compareBackends(() => gradients(c));
    worst = Math.max(worst, difference);
    return difference <= TOLERANCE;
  }), { numRuns });
  expect(worst).toBeLessThanOrEqual(TOLERANCE);
}

/** A random tensor of this shape from a seed. */
function random(seed: number, shape: number[], ties = false): tf.Tensor {
  return tf.tensor(randomValues(seed, tf.util.sizeFromShape(shape), ties), shape);
}

/** The forward result (unless left out) and the gradients of sum(f(inputs) * dy) for a random dy. */
function withGradients(seed: number, inputs: tf.Tensor[], f: (...args: tf.Tensor[]) => tf.Tensor, forward = true): tf.Tensor[] {
  const y = f(...inputs);
  const dy = random(seed + 99, y.shape);
  const grads = tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(f(...args), dy)))(inputs);
  return forward ? [y, ...grads] : grads;
}

const side = fc.integer({ min: 1, max: 12 });
const stride = fc.constantFrom(1, 2);
const padding = fc.constantFrom<Padding>('same', 'valid');
const seed = fc.integer({ min: 0, max: 2 ** 30 });

/** A convolution case; 'valid' cases get an image at least as large as the kernel. */
const convolution = fc.record({
  batch: fc.integer({ min: 1, max: 4 }),
  height: side,
  width: side,
  channels: fc.integer({ min: 1, max: 5 }),
  filters: fc.integer({ min: 1, max: 6 }),
  multiplier: fc.integer({ min: 1, max: 3 }),
  kernelHeight: fc.integer({ min: 1, max: 5 }),
  kernelWidth: fc.integer({ min: 1, max: 5 }),
  strideHeight: stride,
  strideWidth: stride,
  padding,
  fused: fc.boolean(),
  seed,
}).map((c) => {
  const fits = c.padding === 'same' ? c : { ...c, height: Math.max(c.height, c.kernelHeight), width: Math.max(c.width, c.kernelWidth) };
  const forward = c.strideHeight === c.strideWidth && c.kernelHeight === c.kernelWidth;
  return { ...fits, forward, fused: c.fused && forward };
});

type Convolution = typeof convolution extends fc.Arbitrary<infer T> ? T : never;

function imageOf(c: Convolution): tf.Tensor4D {
  return random(c.seed, [c.batch, c.height, c.width, c.channels]) as tf.Tensor4D;
}

describe('wasm convolution gradients equal the CPU backend', () => {
  it('Conv2D: input, filter and (fused with bias and ReLU) bias', async () => {
    await expectAllClose(convolution, (c) => {
      const filter = random(c.seed + 1, [c.kernelHeight, c.kernelWidth, c.channels, c.filters]);
      const strides: [number, number] = [c.strideHeight, c.strideWidth];
      if (!c.fused) {
        return withGradients(c.seed, [imageOf(c), filter], (x, w) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, strides, c.padding), c.forward);
      }
      const bias = random(c.seed + 2, [c.filters]);
      return withGradients(c.seed, [imageOf(c), filter, bias], (x, w, b) =>
        tf.fused.conv2d({ x: x as tf.Tensor4D, filter: w as tf.Tensor4D, bias: b, strides, pad: c.padding, activation: 'relu' }));
    }, 80);
  });

  it('DepthwiseConv2D: input and filter', async () => {
    await expectAllClose(convolution, (c) => {
      const filter = random(c.seed + 1, [c.kernelHeight, c.kernelWidth, c.channels, c.multiplier]);
      return withGradients(c.seed, [imageOf(c), filter], (x, w) =>
        tf.depthwiseConv2d(x as tf.Tensor4D, w as tf.Tensor4D, [c.strideHeight, c.strideWidth], c.padding), c.forward);
    }, 60);
  });

  it('SeparableConv2D: input, depthwise and pointwise filters', async () => {
    await expectAllClose(convolution.filter((c) => c.forward), (c) => {
      const depthwise = random(c.seed + 1, [c.kernelHeight, c.kernelWidth, c.channels, c.multiplier]);
      const pointwise = random(c.seed + 2, [1, 1, c.channels * c.multiplier, c.filters]);
      return withGradients(c.seed, [imageOf(c), depthwise, pointwise], (x, d, p) =>
        tf.separableConv2d(x as tf.Tensor4D, d as tf.Tensor4D, p as tf.Tensor4D, c.strideHeight, c.padding));
    }, 40);
  });
});

describe('wasm pooling gradients equal the CPU backend', () => {
  const pooling = fc.record({
    batch: fc.integer({ min: 1, max: 3 }),
    height: side,
    width: side,
    channels: fc.integer({ min: 1, max: 6 }),
    size: fc.integer({ min: 1, max: 3 }),
    strides: fc.integer({ min: 1, max: 3 }),
    padding,
    ties: fc.boolean(),
    seed,
  }).map((c) => c.padding === 'same' ? c : { ...c, height: Math.max(c.height, c.size), width: Math.max(c.width, c.size) });

  it('MaxPooling2D, including ties between window values (the first largest gets the gradient)', async () => {
    await expectAllClose(pooling, (c) => withGradients(c.seed, [random(c.seed, [c.batch, c.height, c.width, c.channels], c.ties)], (x) =>
      tf.maxPool(x as tf.Tensor4D, c.size, c.strides, c.padding)), 80);
  });

  it('AveragePooling2D', async () => {
    await expectAllClose(pooling, (c) => withGradients(c.seed, [random(c.seed, [c.batch, c.height, c.width, c.channels])], (x) =>
      tf.avgPool(x as tf.Tensor4D, c.size, c.strides, c.padding)), 40);
  });
});

describe('wasm matrix products equal the CPU backend', () => {
  const product = fc.record({
    batch: fc.constantFrom(1, 1, 2),
    m: fc.integer({ min: 1, max: 48 }),
    k: fc.integer({ min: 1, max: 48 }),
    n: fc.integer({ min: 1, max: 48 }),
    transposeA: fc.boolean(),
    transposeB: fc.boolean(),
    seed,
  });

  it('MatMul with either side transposed, and its gradients', async () => {
    await expectAllClose(product, (c) => {
      const a = random(c.seed, c.transposeA ? [c.batch, c.k, c.m] : [c.batch, c.m, c.k]);
      const b = random(c.seed + 1, c.transposeB ? [c.batch, c.n, c.k] : [c.batch, c.k, c.n]);
      return withGradients(c.seed, [a, b], (x, y) => tf.matMul(x, y, c.transposeA, c.transposeB));
    }, 60);
  });
});
