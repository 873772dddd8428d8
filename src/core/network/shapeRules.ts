// Shape rules, one per kind of layer, matching TensorFlow.js / Keras (channels
// last, shapes without the batch axis). Each catalogue entry names its rule.
// FLOPs count 2 per multiply-add in Dense and convolutions and 1 per output
// element for pooling, normalization, activation and merges; they are per
// sample, forward pass only.
import type { IssueCode } from './issues';
import { formatShape } from './issues';
import { choiceParam, flagParam, numberParam, shapeParam, type LayerParams } from './paramValues';
import type { Shape } from './types';

/** Shape of every MNIST sample fed to the Input layer. */
export const INPUT_SHAPE: Shape = [28, 28, 1];

/** What one layer gives for known input shapes. */
export interface LayerResult {
  ok: true;
  shape: Shape;
  /** All weights, including non-trainable ones (BatchNorm moving statistics). */
  params: number;
  trainableParams: number;
  flops: number;
}

/** Why a layer cannot take the shapes it is given. */
export interface LayerProblem {
  ok: false;
  code: IssueCode;
  params: Record<string, string | number>;
}

/** A layer's output shape, weights and FLOPs from its (resolved, valid) parameters and its input shapes. */
export type ShapeRule = (params: LayerParams, inputs: readonly Shape[]) => LayerResult | LayerProblem;

const size = (shape: Shape): number => shape.reduce((a, b) => a * b, 1);
const done = (shape: Shape, flops: number, params = 0, trainableParams = params): LayerResult => ({
  ok: true,
  shape,
  params,
  trainableParams,
  flops,
});
const problem = (code: IssueCode, params: Record<string, string | number>): LayerProblem => ({
  ok: false,
  code,
  params,
});
const first = (inputs: readonly Shape[]): Shape => inputs[0] ?? [];

/** Output length of a sliding window along one axis (Keras conv_output_length). */
export function windowOutput(inSize: number, window: number, stride: number, padding: string): number {
  return padding === 'same' ? Math.ceil(inSize / stride) : Math.floor((inSize - window) / stride) + 1;
}

/** Spatial output of a windowed layer, or the problem with its input. */
function windowed(
  input: Shape,
  window: number,
  stride: number,
  padding: string,
  channels: number,
): LayerProblem | { ok: true; shape: Shape } {
  if (input.length !== 3) return problem('needs-spatial-input', { shape: formatShape(input) });
  const [h, w] = input;
  if (padding === 'valid' && (window > h || window > w)) {
    return problem('kernel-too-large', { size: `${window}×${window}`, shape: formatShape(input) });
  }
  return { ok: true, shape: [windowOutput(h, window, stride, padding), windowOutput(w, window, stride, padding), channels] };
}

/** Input: every sample is one 28×28×1 image. */
export const inputShape: ShapeRule = () => done(INPUT_SHAPE, 0);

/** Dense: a flat input times a weight matrix, plus a bias. */
export const denseShape: ShapeRule = (params, inputs) => {
  const input = first(inputs);
  if (input.length !== 1) return problem('needs-flat-input', { shape: formatShape(input) });
  const units = numberParam(params, 'units');
  const bias = flagParam(params, 'useBias') ? units : 0;
  return done([units], 2 * input[0] * units, input[0] * units + bias);
};

/** A convolution's window over its input: kernel side, filters, input channels and output positions, or the problem. */
function convolution(params: LayerParams, inputs: readonly Shape[]) {
  const input = first(inputs);
  const k = numberParam(params, 'kernelSize');
  const filters = numberParam(params, 'filters');
  const out = windowed(input, k, numberParam(params, 'strides'), choiceParam(params, 'padding'), filters);
  return out.ok ? { ok: true as const, shape: out.shape, k, filters, inC: input[2], positions: out.shape[0] * out.shape[1] } : out;
}

/** Conv2D: k×k×C filters slid over the image, one bias per filter. */
export const conv2dShape: ShapeRule = (params, inputs) => {
  const conv = convolution(params, inputs);
  if (!conv.ok) return conv;
  const { shape, k, filters, inC, positions } = conv;
  return done(shape, 2 * k * k * inC * filters * positions, k * k * inC * filters + filters);
};

/** SeparableConv2D: a k×k filter per channel (times the depth multiplier), then a 1×1 convolution. */
export const separableConv2dShape: ShapeRule = (params, inputs) => {
  const conv = convolution(params, inputs);
  if (!conv.ok) return conv;
  const { shape, k, filters, inC, positions } = conv;
  const dm = numberParam(params, 'depthMultiplier');
  const weights = k * k * inC * dm + inC * dm * filters + filters;
  return done(shape, 2 * (k * k * inC * dm + inC * dm * filters) * positions, weights);
};

/** Max and average pooling: a window per channel, no weights. */
export const pool2dShape: ShapeRule = (params, inputs) => {
  const input = first(inputs);
  const k = numberParam(params, 'poolSize');
  const out = windowed(input, k, numberParam(params, 'strides'), choiceParam(params, 'padding'), input[2]);
  if (!out.ok) return out;
  return done(out.shape, size(out.shape) * k * k);
};

/** Global average pooling: one value per channel. */
export const globalPool2dShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  if (input.length !== 3) return problem('needs-spatial-input', { shape: formatShape(input) });
  return done([input[2]], size(input));
};

/** Flatten: every value in one vector (needs at least two axes, like tf.layers.flatten). */
export const flattenShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  if (input.length < 2) return problem('needs-spatial-input', { shape: formatShape(input) });
  return done([size(input)], 0);
};

/** Reshape: the same values in a new shape; one axis may be -1 (inferred). */
export const reshapeShape: ShapeRule = (params, inputs) => {
  const input = first(inputs);
  const target = shapeParam(params, 'targetShape');
  const from = size(input);
  const known = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const hasWildcard = target.includes(-1);
  const fits = hasWildcard ? from % known === 0 : known === from;
  if (!fits) {
    return problem('reshape-size-mismatch', {
      shape: formatShape(input),
      from,
      target: target.map((d) => (d === -1 ? '?' : d)).join('×'),
    });
  }
  return done(hasWildcard ? target.map((d) => (d === -1 ? from / known : d)) : [...target], 0);
};

/** Element-wise layers (Dropout, Activation): the shape passes through, one operation per value. */
export const elementwiseShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  return done(input, size(input));
};

/** BatchNorm: scale and shift per channel (trainable), moving mean and variance (not). */
export const batchNormShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  const channels = input[input.length - 1] ?? 1;
  return done(input, 2 * size(input), 4 * channels, 2 * channels);
};

/** Add: inputs of one shape summed element by element. */
export const addShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  const shapes = inputs.map(formatShape);
  if (shapes.some((s) => s !== shapes[0])) return problem('add-shape-mismatch', { shapes: shapes.join(', ') });
  return done(input, size(input) * (inputs.length - 1));
};

/** Concatenate: inputs that match in all but the last axis, joined along it. */
export const concatenateShape: ShapeRule = (_params, inputs) => {
  const input = first(inputs);
  const rank = input.length;
  const matches = inputs.every((s) => s.length === rank && s.slice(0, rank - 1).every((d, i) => d === input[i]));
  if (!matches || rank === 0) {
    return problem('concat-shape-mismatch', { shapes: inputs.map(formatShape).join(', ') });
  }
  const last = inputs.reduce((sum, s) => sum + s[rank - 1], 0);
  const shape = [...input.slice(0, rank - 1), last];
  return done(shape, size(shape));
};
