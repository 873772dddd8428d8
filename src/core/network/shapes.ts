// Shape rules per layer type, matching TensorFlow.js / Keras (channels last,
// shapes without the batch axis). FLOPs count 2 per multiply-add in Dense and
// convolutions and 1 per output element for pooling, normalization, activation
// and merges; they are per sample, forward pass only.
import type { IssueCode } from './issues';
import { formatShape } from './issues';
import type { LayerType, ParamValue, Shape } from './types';

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

/** Infers one layer's output shape, parameter count and FLOPs from its (resolved, valid) params. */
export function inferLayer(
  type: LayerType,
  params: Record<string, ParamValue>,
  inputs: readonly Shape[],
): LayerResult | LayerProblem {
  const num = (key: string): number => params[key] as number;
  const input = inputs[0] ?? [];
  switch (type) {
    case 'input':
      return done(INPUT_SHAPE, 0);
    case 'dense': {
      if (input.length !== 1) return problem('needs-flat-input', { shape: formatShape(input) });
      const units = num('units');
      const bias = params.useBias === false ? 0 : units;
      return done([units], 2 * input[0] * units, input[0] * units + bias);
    }
    case 'conv2d':
    case 'separableConv2d': {
      const k = num('kernelSize');
      const filters = num('filters');
      const out = windowed(input, k, num('strides'), String(params.padding), filters);
      if (!out.ok) return out;
      const inC = input[2];
      const positions = out.shape[0] * out.shape[1];
      if (type === 'conv2d') {
        return done(out.shape, 2 * k * k * inC * filters * positions, k * k * inC * filters + filters);
      }
      const dm = num('depthMultiplier');
      const weights = k * k * inC * dm + inC * dm * filters + filters;
      return done(out.shape, 2 * (k * k * inC * dm + inC * dm * filters) * positions, weights);
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      const k = num('poolSize');
      const out = windowed(input, k, num('strides'), String(params.padding), input[2]);
      if (!out.ok) return out;
      return done(out.shape, size(out.shape) * k * k);
    }
    case 'globalAvgPool2d':
      if (input.length !== 3) return problem('needs-spatial-input', { shape: formatShape(input) });
      return done([input[2]], size(input));
    case 'flatten':
      if (input.length < 2) return problem('needs-spatial-input', { shape: formatShape(input) });
      return done([size(input)], 0);
    case 'reshape':
      return reshape(input, params.targetShape as number[]);
    case 'dropout':
      return done(input, size(input));
    case 'batchNorm': {
      const channels = input[input.length - 1] ?? 1;
      return done(input, 2 * size(input), 4 * channels, 2 * channels);
    }
    case 'activation':
      return done(input, size(input));
    case 'add': {
      const shapes = inputs.map(formatShape);
      if (shapes.some((s) => s !== shapes[0])) return problem('add-shape-mismatch', { shapes: shapes.join(', ') });
      return done(input, size(input) * (inputs.length - 1));
    }
    case 'concatenate':
      return concatenate(inputs);
  }
}

function reshape(input: Shape, target: number[]): LayerResult | LayerProblem {
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
}

function concatenate(inputs: readonly Shape[]): LayerResult | LayerProblem {
  const first = inputs[0];
  const rank = first.length;
  const matches = inputs.every(
    (s) => s.length === rank && s.slice(0, rank - 1).every((d, i) => d === first[i]),
  );
  if (!matches || rank === 0) {
    return problem('concat-shape-mismatch', { shapes: inputs.map(formatShape).join(', ') });
  }
  const last = inputs.reduce((sum, s) => sum + s[rank - 1], 0);
  const shape = [...first.slice(0, rank - 1), last];
  return done(shape, size(shape));
}
