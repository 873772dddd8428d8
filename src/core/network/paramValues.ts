// Typed reads of one layer's parameters (already resolved and checked against
// the catalogue), shared by the shape rules and the worker's layer builders.
import type { ParamValue } from './types';

/** A layer's parameters by catalogue key. */
export type LayerParams = Readonly<Record<string, ParamValue>>;

/** A numeric parameter; NaN when the value is not a number. */
export function numberParam(params: LayerParams, key: string): number {
  const value = params[key];
  return typeof value === 'number' ? value : Number.NaN;
}

/** A flag that is on unless set to false (Use bias). */
export function flagParam(params: LayerParams, key: string): boolean {
  return params[key] !== false;
}

/** A choice parameter's id; '' when the value is not a string. */
export function choiceParam(params: LayerParams, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? value : '';
}

/** A shape parameter (Reshape's target); [] when the value is not a list. */
export function shapeParam(params: LayerParams, key: string): number[] {
  const value = params[key];
  return Array.isArray(value) ? value : [];
}
