// What the importer knows about a Python value while it reads the code, and
// what a dotted name such as layers.Dense or keras.Sequential stands for.
import type { LayerType, ParamValue } from '../network/types';
import type { LayerExtras } from './layerArgs';
import { KERAS_ACTIVATION_LAYERS, layerTypeOfClass, mergeTypeOfHelper } from './layerMappings';
import type { PyValue } from './pyValue';

/** A layer object made but not yet called on a tensor (or put into a Sequential model). */
export interface PendingLayer {
  type: LayerType;
  className: string;
  params: Record<string, ParamValue>;
  extras: LayerExtras;
  line: number;
  used: boolean;
}

/** A keras.Sequential model being filled. */
export interface SequentialModel {
  line: number;
  layers: PendingLayer[];
  /** A keras.Input tensor given as its first item or added first. */
  inputTensor?: Extract<Value, { kind: 'tensor' }>;
  /** A shape from model.build(...) or an InputLayer, with the line that gave it. */
  inputShape?: { value: PyValue; line: number; name?: string };
}

/** One value of the program as the importer sees it. */
export type Value =
  | { kind: 'literal'; value: PyValue; line: number }
  | { kind: 'symbol'; path: string[] }
  | { kind: 'layer'; layer: PendingLayer }
  /** The output of a layer: `node` indexes the node pool; `input` is the Input node it starts from. */
  | { kind: 'tensor'; node: number; input: number }
  | { kind: 'list'; items: Value[]; tuple: boolean }
  | { kind: 'sequential'; model: SequentialModel }
  | { kind: 'method'; model: SequentialModel; name: string }
  | { kind: 'model'; input: number; output: number }
  /** The result of something already reported as an error: used silently, so errors do not cascade. */
  | { kind: 'poison' };

/** The value as a literal for an argument: tensors and models are `other`. */
export function toPy(value: Value): PyValue {
  switch (value.kind) {
    case 'literal':
      return value.value;
    case 'symbol':
      return { kind: 'ref', path: value.path };
    case 'list':
      return { kind: 'seq', items: value.items.map(toPy), tuple: value.tuple };
    default:
      return { kind: 'other' };
  }
}

/** What a dotted name means to the importer. */
export type Meaning =
  | { kind: 'layer-class'; type: LayerType; className: string }
  | { kind: 'activation-layer'; className: string }
  | { kind: 'merge-helper'; type: LayerType; name: string }
  | { kind: 'input' }
  | { kind: 'sequential' }
  | { kind: 'model' }
  | { kind: 'unknown-layer'; name: string }
  | { kind: 'other' };

/** Reads a dotted name: layers.Dense, keras.layers.Dense, tf.keras.layers.Dense and a bare Dense are
 * the Dense class; keras.Input and Input make an input; keras.Sequential, keras.Model build models. */
export function meaningOf(path: readonly string[]): Meaning {
  const last = path[path.length - 1];
  const parent = path.length > 1 ? path[path.length - 2] : undefined;
  const inLayers = parent === undefined || parent === 'layers';
  const topLevel = parent === undefined || parent === 'keras' || parent === 'models';
  if (last === 'Input' && (inLayers || parent === 'keras')) return { kind: 'input' };
  if (last === 'Sequential' && topLevel) return { kind: 'sequential' };
  if ((last === 'Model' || last === 'Functional') && topLevel) return { kind: 'model' };
  if (inLayers) {
    const type = layerTypeOfClass(last);
    if (type !== undefined) return { kind: 'layer-class', type, className: last };
    if (Object.hasOwn(KERAS_ACTIVATION_LAYERS, last)) return { kind: 'activation-layer', className: last };
  }
  if (parent === 'layers') {
    const merge = mergeTypeOfHelper(last);
    return merge ? { kind: 'merge-helper', type: merge, name: last } : { kind: 'unknown-layer', name: last };
  }
  return { kind: 'other' };
}
