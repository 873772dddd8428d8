// The catalogue checks of a document's graph. What the app itself could never
// hold is refused (unknown layer types or choices, a value of the wrong kind,
// duplicate ids or names, wires to nowhere). What the builder can hold is
// loaded and left for the live analysis to flag, as it flags an edit: numbers
// out of range, loops, missing inputs, shapes that do not fit.
import { LAYER_CATALOGUE, type ParamSpec } from '../network/catalogue';
import { NODE_SPACING, NODE_X } from '../network/graph';
import type { Edge, LayerNode, LayerType, NetworkGraph, ParamValue } from '../network/types';
import { documentError, type DocumentError, type DocumentWarning } from './errors';
import { MAX_NAME_LENGTH, MAX_SHAPE_AXES } from './format';
import { kindOf, type StructuredEdge, type StructuredNode } from './schema';

/** Ids the builder makes (dense_1, dense_1~2) and any like them; never `__proto__` and the like. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/** Names TensorFlow.js accepts for a layer (its tensor-name rule, less the scope divider "/"). */
const LAYER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

type Checked<T> = { value: T } | { error: DocumentError };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One parameter read by its catalogue entry: the right kind, a known choice, else an error. */
function readParam(spec: ParamSpec, value: unknown, path: string): Checked<ParamValue> {
  const wrong = (expected: string) => ({ error: documentError('wrong-type', { expected, received: kindOf(value) }, path) });
  switch (spec.kind) {
    case 'int':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : wrong('a number');
    case 'bool':
      return typeof value === 'boolean' ? { value } : wrong('true or false');
    case 'choice': {
      if (typeof value !== 'string') return wrong('text');
      const allowed = (spec.choices ?? []).map((choice) => choice.value);
      return allowed.includes(value)
        ? { value }
        : { error: documentError('unknown-choice', { value: value.slice(0, MAX_NAME_LENGTH), allowed: allowed.join(', ') }, path) };
    }
    case 'shape': {
      if (!Array.isArray(value) || !value.every((d) => Number.isInteger(d))) return wrong('a list of whole numbers');
      if (value.length > MAX_SHAPE_AXES) return { error: documentError('too-long', { max: `${MAX_SHAPE_AXES} axes` }, path) };
      return { value: value.map((d: number) => d) };
    }
  }
}

/** A node's parameters: every catalogue key, filled with its default when missing. */
function readParams(
  type: LayerType,
  raw: unknown,
  path: string,
  warnings: DocumentWarning[],
): Checked<Record<string, ParamValue>> {
  if (raw !== undefined && !isPlainObject(raw)) {
    return { error: documentError('wrong-type', { expected: 'an object', received: kindOf(raw) }, path) };
  }
  const given = raw ?? {};
  const specs = LAYER_CATALOGUE[type].params;
  const params: Record<string, ParamValue> = {};
  for (const spec of specs) {
    if (!Object.hasOwn(given, spec.key)) {
      params[spec.key] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
      continue;
    }
    const read = readParam(spec, given[spec.key], `${path}.${spec.key}`);
    if ('error' in read) return read;
    params[spec.key] = read.value;
  }
  for (const key of Object.keys(given)) {
    if (!specs.some((spec) => spec.key === key)) warnings.push({ code: 'unknown-field-ignored', path: `${path}.${key.slice(0, MAX_NAME_LENGTH)}`, params: {} });
  }
  return { value: params };
}

function readNode(raw: StructuredNode, index: number, warnings: DocumentWarning[]): Checked<LayerNode> {
  const path = `graph.nodes[${index}]`;
  if (raw.id.length > MAX_NAME_LENGTH || !ID_PATTERN.test(raw.id)) {
    return { error: documentError('invalid-id', { id: raw.id.slice(0, MAX_NAME_LENGTH) }, `${path}.id`) };
  }
  if (!Object.hasOwn(LAYER_CATALOGUE, raw.type)) {
    return { error: documentError('unknown-layer-type', { type: raw.type.slice(0, MAX_NAME_LENGTH) }, path) };
  }
  if (raw.name.length > MAX_NAME_LENGTH || !LAYER_NAME_PATTERN.test(raw.name)) {
    return { error: documentError('invalid-layer-name', { name: raw.name.slice(0, MAX_NAME_LENGTH) }, `${path}.name`) };
  }
  const type = raw.type as LayerType;
  const params = readParams(type, raw.params, `${path}.params`, warnings);
  if ('error' in params) return params;
  const position = raw.position ? { x: raw.position.x, y: raw.position.y } : { x: NODE_X, y: index * NODE_SPACING };
  return { value: { id: raw.id, type, name: raw.name, params: params.value, position } };
}

/** Wires between known layers, each once; ids are always `source->target`, as the builder makes them. */
function readEdges(rawEdges: StructuredEdge[], nodeIds: Set<string>): Checked<Edge[]> {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of rawEdges.entries()) {
    const path = `graph.edges[${index}]`;
    for (const end of [raw.source, raw.target]) {
      if (!nodeIds.has(end)) return { error: documentError('wire-to-unknown-layer', { node: end.slice(0, MAX_NAME_LENGTH) }, path) };
    }
    const id = `${raw.source}->${raw.target}`;
    if (seen.has(id)) return { error: documentError('duplicate-wire', { source: raw.source, target: raw.target }, path) };
    seen.add(id);
    edges.push({ id, source: raw.source, target: raw.target });
  }
  return { value: edges };
}

/** The graph of a structurally valid document, or why it cannot be loaded. */
export function checkGraph(
  rawNodes: StructuredNode[],
  rawEdges: StructuredEdge[],
  warnings: DocumentWarning[],
): Checked<NetworkGraph> {
  const nodes: LayerNode[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const [index, raw] of rawNodes.entries()) {
    const node = readNode(raw, index, warnings);
    if ('error' in node) return node;
    const { id, name } = node.value;
    if (ids.has(id)) return { error: documentError('duplicate-id', { id }, `graph.nodes[${index}].id`) };
    if (names.has(name)) return { error: documentError('duplicate-layer-name', { name }, `graph.nodes[${index}].name`) };
    ids.add(id);
    names.add(name);
    nodes.push(node.value);
  }
  if (rawNodes.some((raw) => raw.position === undefined)) {
    warnings.push({ code: 'layout-filled', path: 'graph.nodes', params: {} });
  }
  const edges = readEdges(rawEdges, ids);
  if ('error' in edges) return edges;
  return { value: { nodes, edges: edges.value } };
}
