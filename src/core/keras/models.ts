// The model-level calls of Keras code: keras.Input, InputLayer, activation
// layers, keras.Sequential (with model.add) and keras.Model.
import { kerasError, type KerasImportError } from './errors';
import { readFixedArgs, type CallArguments } from './layerArgs';
import { KERAS_ACTIVATION_LAYERS, type FixedArg } from './layerMappings';
import type { NodePool } from './nodePool';
import { py, pyText, type PyValue } from './pyValue';
import { toPy, type PendingLayer, type SequentialModel, type Value } from './values';

/** What these calls need from the interpreter. */
export interface ModelContext {
  readonly pool: NodePool;
  report(error: KerasImportError): void;
  apply(layer: PendingLayer, argument: Value | undefined, line: number): Value;
  full(line: number): Value;
}

type Tensor = Extract<Value, { kind: 'tensor' }>;

const INPUT_FIXED: FixedArg[] = [
  { keyword: 'shape', position: 0, accepts: [], ignored: true },
  { keyword: 'batch_shape', accepts: [], ignored: true },
  { keyword: 'batch_size', accepts: [], ignored: true },
  { keyword: 'dtype', accepts: [py.none, py.str('float32')] },
  { keyword: 'sparse', accepts: [py.none, py.bool(false)] },
];

/** The shape an Input or InputLayer call gives, without the batch axis. */
function givenShape(args: CallArguments, extras: { inputShape?: PyValue }): PyValue | undefined {
  const batchShape = args.keywords.get('batch_shape');
  if (batchShape?.kind === 'seq') return { ...batchShape, items: batchShape.items.slice(1) };
  return args.keywords.get('shape') ?? args.positional[0] ?? extras.inputShape;
}

const reportAll = (ctx: ModelContext, errors: KerasImportError[]): Value => {
  errors.forEach((error) => ctx.report(error));
  return { kind: 'poison' };
};

/** keras.Input(shape=...): an Input node (and a Flatten after a flat 784 input), as a tensor. */
export function readInput(ctx: ModelContext, args: CallArguments, line: number): Value {
  const reading = readFixedArgs(INPUT_FIXED, 'Input', args, line);
  if (!reading.ok) return reportAll(ctx, reading.errors);
  const shape = givenShape(args, reading.extras);
  if (shape === undefined) return reportAll(ctx, [kerasError('keras-missing-argument', line, { layer: 'Input', argument: 'shape' })]);
  const made = ctx.pool.addInput(shape, line, reading.extras.name);
  if ('code' in made) return reportAll(ctx, [made]);
  return { kind: 'tensor', node: made.node, input: made.input };
}

/** layers.InputLayer(shape=...) (or Keras 2's input_shape=): the input of a Sequential model. */
export function readInputLayer(ctx: ModelContext, args: CallArguments, line: number): Value {
  const reading = readFixedArgs(INPUT_FIXED, 'InputLayer', args, line);
  if (!reading.ok) return reportAll(ctx, reading.errors);
  const shape = givenShape(args, reading.extras);
  const extras = { name: reading.extras.name, inputShape: shape };
  return { kind: 'layer', layer: { type: 'input', className: 'InputLayer', params: {}, extras, line, used: false } };
}

/** layers.ReLU(), layers.LeakyReLU(), ...: the app's Activation layer with that function. */
export function readActivationLayer(ctx: ModelContext, className: string, args: CallArguments, line: number): Value {
  const entry = KERAS_ACTIVATION_LAYERS[className];
  const reading = readFixedArgs(entry.fixed, className, args, line);
  if (!reading.ok) return reportAll(ctx, reading.errors);
  return { kind: 'layer', layer: { type: 'activation', className, params: { activation: entry.activation }, extras: reading.extras, line, used: false } };
}

function isInputTensor(ctx: ModelContext, tensor: Tensor): boolean {
  return tensor.node === tensor.input || ctx.pool.nodes[tensor.node]?.implied === true;
}

const lineOf = (value: Value, fallback: number): number => (value.kind === 'literal' ? value.line : fallback);

/** Puts one item of a Sequential list (or of model.add) into the model. */
export function sequentialItem(ctx: ModelContext, model: SequentialModel, item: Value | undefined, line: number): void {
  if (item === undefined || item.kind === 'poison') return;
  const empty = model.layers.length === 0 && model.inputTensor === undefined && model.inputShape === undefined;
  if (item.kind === 'layer') {
    const layer = item.layer;
    if (layer.used) {
      ctx.report(kerasError('keras-shared-layer', line, { layer: layer.className }));
    } else if (layer.type === 'input') {
      if (empty) model.inputShape = { value: layer.extras.inputShape ?? { kind: 'none' }, line: layer.line, name: layer.extras.name };
      else ctx.report(kerasError('keras-not-a-layer', layer.line, { value: 'InputLayer' }));
    } else {
      model.layers.push(layer);
    }
    layer.used = true;
  } else if (item.kind === 'tensor' && isInputTensor(ctx, item) && empty) {
    model.inputTensor = item;
  } else if (item.kind === 'literal' && item.value.kind === 'call') {
    ctx.report(kerasError('keras-unknown-layer', item.line, { name: item.value.path[item.value.path.length - 1] }));
  } else {
    const value = item.kind === 'tensor' ? 'a tensor' : item.kind === 'symbol' ? item.path.join('.') : pyText(toPy(item));
    ctx.report(kerasError('keras-not-a-layer', lineOf(item, line), { value }));
  }
}

const SEQUENTIAL_FIXED: FixedArg[] = [
  { keyword: 'layers', position: 0, accepts: [], ignored: true },
  { keyword: 'trainable', position: 1, accepts: [py.bool(true)] },
  { keyword: 'name', position: 2, accepts: [], ignored: true },
];

/** keras.Sequential([...]): a model filled from its list (and later model.add calls). */
export function buildSequential(ctx: ModelContext, items: Value | undefined, args: CallArguments, line: number): Extract<Value, { kind: 'sequential' }> {
  const model: SequentialModel = { line, layers: [] };
  const reading = readFixedArgs(SEQUENTIAL_FIXED, 'Sequential', { ...args, keywords: new Map([...args.keywords].filter(([k]) => k !== 'name')) }, line);
  if (!reading.ok) reading.errors.forEach((error) => ctx.report(error));
  if (items?.kind === 'list') items.items.forEach((item) => sequentialItem(ctx, model, item, line));
  else if (items !== undefined && !(items.kind === 'literal' && items.value.kind === 'none')) sequentialItem(ctx, model, items, line);
  return { kind: 'sequential', model };
}

/** The input and output nodes of a Sequential model, its layers added to the pool as a chain. */
export function finishSequential(ctx: ModelContext, model: SequentialModel): { input: number; output: number } | null {
  let start: { node: number; input: number };
  if (model.inputTensor) {
    start = model.inputTensor;
  } else {
    const first = model.layers[0];
    const shape = model.inputShape?.value ?? first?.extras.inputShape;
    const made = ctx.pool.addInput(shape?.kind === 'none' ? undefined : shape, model.inputShape?.line ?? first?.line ?? model.line, model.inputShape?.name);
    if ('code' in made) {
      ctx.report(made);
      return null;
    }
    start = made;
  }
  let previous = start.node;
  for (const layer of model.layers) {
    const node = ctx.pool.add({ type: layer.type, params: layer.params, name: layer.extras.name, line: layer.line }, [previous]);
    if (node === null) {
      ctx.full(layer.line);
      return null;
    }
    previous = node;
  }
  return { input: start.input, output: previous };
}

function single(ctx: ModelContext, value: Value | undefined, role: 'inputs' | 'outputs', line: number): Tensor | null {
  const items = value?.kind === 'list' ? value.items : value ? [value] : [];
  if (items.some((item) => item.kind === 'poison')) return null;
  if (items.length > 1) {
    ctx.report(kerasError(role === 'inputs' ? 'keras-multiple-inputs' : 'keras-multiple-outputs', line, { count: items.length }));
    return null;
  }
  const tensor = items[0];
  if (tensor?.kind !== 'tensor' || (role === 'inputs' && !isInputTensor(ctx, tensor))) {
    ctx.report(kerasError('keras-not-a-tensor', line, { layer: 'Model', value: role }));
    return null;
  }
  return tensor;
}

/** keras.Model(inputs, outputs): the functional model from an Input to a layer's output. */
export function makeModel(ctx: ModelContext, evaluated: { values: Value[]; keywords: Map<string, Value> }, line: number): Value {
  for (const keyword of evaluated.keywords.keys()) {
    if (!['inputs', 'outputs', 'name', 'trainable'].includes(keyword)) ctx.report(kerasError('keras-unknown-argument', line, { layer: 'Model', argument: keyword }));
  }
  const input = single(ctx, evaluated.values[0] ?? evaluated.keywords.get('inputs'), 'inputs', line);
  const output = single(ctx, evaluated.values[1] ?? evaluated.keywords.get('outputs'), 'outputs', line);
  if (!input || !output) return { kind: 'poison' };
  return { kind: 'model', input: input.input, output: output.node };
}
