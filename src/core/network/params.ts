// Layer parameters as a node carries them: filling defaults and checking ranges.
import type { LayerNode, LayerType, ParamValue } from './types';
import type { ParamSpec } from './catalogue';
import { LAYER_CATALOGUE } from './catalogue';

/** A node's parameters with catalogue defaults filled in for missing keys. */
export function resolveParams(type: LayerType, params: Record<string, ParamValue>): Record<string, ParamValue> {
  const resolved: Record<string, ParamValue> = { ...params };
  for (const spec of LAYER_CATALOGUE[type].params) {
    if (resolved[spec.key] === undefined) resolved[spec.key] = spec.default;
  }
  return resolved;
}

/** Human-readable allowed range of a parameter, e.g. "integer 1..4096". */
export function allowedRange(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'int':
      return `integer ${spec.min}..${spec.max}`;
    case 'float':
      return `${spec.min}..${spec.max}`;
    case 'choice':
      return (spec.choices ?? []).map((c) => c.value).join(' | ');
    case 'bool':
      return 'true | false';
    case 'shape':
      return 'positive integers, at most one -1';
  }
}

/** True when `value` fits the parameter's kind and range. */
export function isParamValid(spec: ParamSpec, value: ParamValue): boolean {
  switch (spec.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && inRange(spec, value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && inRange(spec, value);
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).some((c) => c.value === value);
    case 'bool':
      return typeof value === 'boolean';
    case 'shape':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((d) => Number.isInteger(d) && (d >= 1 || d === -1)) &&
        value.filter((d) => d === -1).length <= 1
      );
  }
}

function inRange(spec: ParamSpec, value: number): boolean {
  return (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
}

/** The first parameter of a node that is outside its catalogue range, or null. */
export function findBadParam(
  node: Pick<LayerNode, 'type' | 'params'>,
): { key: string; value: string; allowed: string } | null {
  const params = resolveParams(node.type, node.params);
  for (const spec of LAYER_CATALOGUE[node.type].params) {
    const value = params[spec.key];
    if (!isParamValid(spec, value)) {
      return { key: spec.key, value: JSON.stringify(value) ?? String(value), allowed: allowedRange(spec) };
    }
  }
  return null;
}
