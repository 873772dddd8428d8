// Layer parameters as the catalogue declares them: kinds, ranges, defaults,
// and the choices layers share (activation, initializer, padding).
import { ACTIVATIONS, INITIALIZERS } from './activations';
import type { ParamValue } from './types';

/** One editable layer parameter: its key in `LayerNode.params`, UI label, kind, range and default. */
export interface ParamSpec {
  key: string;
  label: string;
  kind: 'int' | 'float' | 'choice' | 'bool' | 'shape';
  min?: number;
  max?: number;
  step?: number;
  default: ParamValue;
  choices?: { value: string; label: string }[];
  help?: string;
}

const activationChoices = Object.values(ACTIVATIONS).map((a) => ({ value: a.id, label: a.label }));
const initializerChoices = Object.values(INITIALIZERS).map((a) => ({ value: a.id, label: a.label }));

/** Padding of windowed layers: 'same' keeps ceil(input / stride), 'valid' uses only full windows. */
export const PADDINGS = ['same', 'valid'] as const;
export type Padding = (typeof PADDINGS)[number];

/** True when `value` is a padding id. */
export function isPadding(value: unknown): value is Padding {
  return PADDINGS.some((padding) => padding === value);
}

const PADDING_LABELS: Record<Padding, string> = { same: 'Same', valid: 'Valid' };
const paddingChoices = PADDINGS.map((value) => ({ value, label: PADDING_LABELS[value] }));

/** A layer's activation choice, defaulting to `fallback`. */
export const activation = (fallback: string): ParamSpec => ({
  key: 'activation',
  label: 'Activation',
  kind: 'choice',
  default: fallback,
  choices: activationChoices,
});
/** A layer's kernel initializer choice. */
export const initializer = (fallback: string): ParamSpec => ({
  key: 'kernelInitializer',
  label: 'Kernel initializer',
  kind: 'choice',
  default: fallback,
  choices: initializerChoices,
});
/** A windowed layer's padding choice. */
export const padding = (fallback: string): ParamSpec => ({
  key: 'padding',
  label: 'Padding',
  kind: 'choice',
  default: fallback,
  choices: paddingChoices,
  help: "'same' pads so the output is ceil(input / stride); 'valid' uses only full windows.",
});
/** An integer parameter with its range and default. */
export const int = (key: string, label: string, min: number, max: number, fallback: number): ParamSpec => ({
  key,
  label,
  kind: 'int',
  min,
  max,
  step: 1,
  default: fallback,
});
