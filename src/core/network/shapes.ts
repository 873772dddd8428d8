// One layer's output shape, weights and FLOPs, by the shape rule its
// catalogue entry carries (the rules themselves are in shapeRules.ts).
import { LAYER_CATALOGUE } from './catalogue';
import type { LayerProblem, LayerResult } from './shapeRules';
import type { LayerType, ParamValue, Shape } from './types';

export { INPUT_SHAPE, windowOutput } from './shapeRules';
export type { LayerProblem, LayerResult, ShapeRule } from './shapeRules';

/** Infers one layer's output shape, parameter count and FLOPs from its (resolved, valid) params. */
export function inferLayer(
  type: LayerType,
  params: Record<string, ParamValue>,
  inputs: readonly Shape[],
): LayerResult | LayerProblem {
  return LAYER_CATALOGUE[type].shape(params, inputs);
}
