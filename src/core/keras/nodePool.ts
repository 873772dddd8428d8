// The layers the importer has made, in the order the code made them, and the
// app graph it builds from the ones the chosen model uses.
import { LAYER_CATALOGUE, defaultParams } from '../network/catalogue';
import { NODE_SPACING, NODE_X } from '../network/graph';
import { INPUT_SHAPE } from '../network/shapes';
import type { Edge, LayerNode, LayerType, ParamValue, NetworkGraph } from '../network/types';
import { kerasError, type KerasImportError } from './errors';
import { pyText, type PyValue } from './pyValue';

/** Most layers one import may make. */
export const MAX_LAYERS = 500;

/** One layer made by the code. `name` is absent when the code gave none. */
export interface PoolNode {
  type: LayerType;
  params: Record<string, ParamValue>;
  name?: string;
  line: number;
  /** Made by the importer itself: the Flatten after a flat 784-value input. */
  implied?: boolean;
}

/** What an input shape means for the app, whose input is always the 28×28×1 image. */
export type InputKind = 'image' | 'flat';

/** (28, 28, 1) and (28, 28) are the images; (784,) is the same images flattened (the app adds a Flatten). */
export function inputKindOf(shape: PyValue): InputKind | null {
  const dims = shape.kind === 'int' ? [shape.value] : shape.kind === 'seq' ? shape.items.map((d) => (d.kind === 'int' ? d.value : Number.NaN)) : [];
  const [h, w, c] = INPUT_SHAPE;
  if (dims.length === 1 && dims[0] === h * w * c) return 'flat';
  if (dims.length >= 2 && dims.length <= 3 && dims[0] === h && dims[1] === w && (dims.length === 2 || dims[2] === c)) return 'image';
  return null;
}

/** The app's default name for a layer the code did not name: input, dense_1, dense_2, ... */
function autoName(type: LayerType, taken: ReadonlySet<string>): string {
  if (type === 'input' && !taken.has('input')) return 'input';
  const prefix = LAYER_CATALOGUE[type].namePrefix;
  let k = 1;
  while (taken.has(`${prefix}_${k}`)) k++;
  return `${prefix}_${k}`;
}

export class NodePool {
  readonly nodes: PoolNode[] = [];
  readonly edges: { source: number; target: number }[] = [];

  /** Adds a node fed by `sources`; null once the pool is full. */
  add(node: PoolNode, sources: readonly number[]): number | null {
    if (this.nodes.length >= MAX_LAYERS) return null;
    const index = this.nodes.push(node) - 1;
    for (const source of sources) this.edges.push({ source, target: index });
    return index;
  }

  /** An Input node for `shape` (the image when undefined), followed by a Flatten for a flat input.
   * Returns the node the next layer reads from and the Input node, or the problem with the shape. */
  addInput(shape: PyValue | undefined, line: number, name?: string): { node: number; input: number } | KerasImportError {
    const kind = shape === undefined ? 'image' : inputKindOf(shape);
    if (kind === null) return kerasError('keras-input-not-mnist', line, { shape: pyText(shape as PyValue), size: INPUT_SHAPE.reduce((a, b) => a * b, 1) });
    const input = this.add({ type: 'input', params: {}, name, line }, []);
    if (input === null) return kerasError('keras-too-many-layers', line, { max: MAX_LAYERS });
    if (kind === 'image') return { node: input, input };
    const flatten = this.add({ type: 'flatten', params: {}, line, implied: true }, [input]);
    return flatten === null ? kerasError('keras-too-many-layers', line, { max: MAX_LAYERS }) : { node: flatten, input };
  }

  /** The nodes `output` depends on (itself included), plus the input, in the order they were made. */
  private used(input: number, output: number): number[] {
    const keep = new Set([input, output]);
    const stack = [output];
    while (stack.length > 0) {
      const target = stack.pop() as number;
      for (const edge of this.edges) {
        if (edge.target === target && !keep.has(edge.source)) {
          keep.add(edge.source);
          stack.push(edge.source);
        }
      }
    }
    return [...keep].sort((a, b) => a - b);
  }

  /** The app graph of the model from `input` to `output`: the code's names where it gave them (unique),
   * default names otherwise, every layer below the one before it. */
  toGraph(input: number, output: number): { graph: NetworkGraph } | { errors: KerasImportError[] } {
    const indices = this.used(input, output);
    const errors: KerasImportError[] = [];
    const given = new Set<string>();
    for (const index of indices) {
      const name = this.nodes[index].name;
      if (name === undefined) continue;
      if (given.has(name)) errors.push(kerasError('keras-duplicate-name', this.nodes[index].line, { name }));
      given.add(name);
    }
    if (errors.length > 0) return { errors };
    const ids = new Map<number, string>();
    const nodes: LayerNode[] = indices.map((index, row) => {
      const node = this.nodes[index];
      const name = node.name ?? autoName(node.type, given);
      given.add(name);
      ids.set(index, name);
      return {
        id: name,
        type: node.type,
        name,
        params: { ...defaultParams(node.type), ...node.params },
        position: { x: NODE_X, y: row * NODE_SPACING },
      };
    });
    const edges: Edge[] = this.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => {
        const source = ids.get(edge.source) as string;
        const target = ids.get(edge.target) as string;
        return { id: `${source}->${target}`, source, target };
      });
    return { graph: { nodes, edges } };
  }
}
