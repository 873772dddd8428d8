/** Layer kinds: each has one entry in LAYER_CATALOGUE (catalogue.ts) and one builder in the worker's LAYER_BUILDERS. */
export type LayerType =
  | 'input'
  | 'dense'
  | 'conv2d'
  | 'separableConv2d'
  | 'maxPool2d'
  | 'avgPool2d'
  | 'globalAvgPool2d'
  | 'flatten'
  | 'reshape'
  | 'dropout'
  | 'batchNorm'
  | 'activation'
  | 'add'
  | 'concatenate';

/** A layer parameter's value: numbers, choices (strings), flags, or a target shape. */
export type ParamValue = number | string | boolean | number[];

/** A tensor shape per sample, without the batch dimension: [28, 28, 1] or [784]. */
export type Shape = readonly number[];

/** One layer on the canvas. `name` is unique in its graph and names the tf layer. */
export interface LayerNode {
  id: string;
  type: LayerType;
  name: string;
  params: Record<string, ParamValue>;
  position: { x: number; y: number };
}

/** A wire from one layer's output to another's input. For Concatenate, the
 * order of its incoming edges in `edges` is the order of concatenation. */
export interface Edge {
  id: string;
  source: string;
  target: string;
}

/** The network as a directed graph; chains are the simple case. */
export interface NetworkGraph {
  nodes: LayerNode[];
  edges: Edge[];
}
