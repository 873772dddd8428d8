// Reads the statements as Keras code without running anything: it follows
// names, literals, layer objects and tensors, and records the layers the code
// makes into a node pool. Calls it does not know are kept as inert values.
import { kerasError, type KerasImportError } from './errors';
import { readLayerArgs, type CallArguments } from './layerArgs';
import { KERAS_LAYERS } from './layerMappings';
import { NodePool } from './nodePool';
import { buildSequential, makeModel, readActivationLayer, readInput, readInputLayer, sequentialItem, type ModelContext } from './models';
import type { PyValue } from './pyValue';
import type { Argument, Expr, Statement } from './syntax';
import { meaningOf, toPy, type PendingLayer, type Value } from './values';

/** The model the code builds: the last one it made or changed. */
export type ChosenModel =
  | { kind: 'sequential'; value: Extract<Value, { kind: 'sequential' }> }
  | { kind: 'functional'; input: number; output: number }
  | null;

const other = (line: number): Value => ({ kind: 'literal', value: { kind: 'other' }, line });

function arithmetic(op: string, a: PyValue, b: PyValue): PyValue {
  if (op === '+' && a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
  if ((a.kind !== 'int' && a.kind !== 'float') || (b.kind !== 'int' && b.kind !== 'float')) return { kind: 'other' };
  const int = a.kind === 'int' && b.kind === 'int';
  const x = a.value;
  const y = b.value;
  const results: Record<string, () => PyValue> = {
    '+': () => ({ kind: int ? 'int' : 'float', value: x + y }),
    '-': () => ({ kind: int ? 'int' : 'float', value: x - y }),
    '*': () => ({ kind: int ? 'int' : 'float', value: x * y }),
    '/': () => ({ kind: 'float', value: x / y }),
    '//': () => ({ kind: int ? 'int' : 'float', value: Math.floor(x / y) }),
    '**': () => ({ kind: int && y >= 0 ? 'int' : 'float', value: x ** y }),
  };
  return Object.hasOwn(results, op) && !(y === 0 && (op === '/' || op === '//')) ? results[op]() : { kind: 'other' };
}

export class Interpreter implements ModelContext {
  readonly pool = new NodePool();
  readonly errors: KerasImportError[] = [];
  chosen: ChosenModel = null;
  /** The newest layer output made by calling a layer on a tensor (for code without a model). */
  lastTensor: Extract<Value, { kind: 'tensor' }> | null = null;
  private readonly scope = new Map<string, Value>();

  report(error: KerasImportError): void {
    this.errors.push(error);
  }

  run(statements: readonly Statement[]): void {
    for (const statement of statements) {
      if (statement.kind === 'import') {
        for (const binding of statement.bindings) this.scope.set(binding.name, { kind: 'symbol', path: binding.path });
      } else if (statement.kind === 'assign') {
        const value = this.evaluate(statement.value);
        for (const target of statement.targets) this.bind(target, value);
      } else {
        this.evaluate(statement.expr);
      }
    }
  }

  private bind(target: Expr, value: Value): void {
    if (target.kind === 'name') {
      this.scope.set(target.id, value);
    } else if (target.kind === 'sequence') {
      const items = value.kind === 'list' && value.items.length === target.items.length ? value.items : null;
      target.items.forEach((item, i) => this.bind(item, items ? items[i] : other(target.line)));
    }
  }

  evaluate(expr: Expr): Value {
    switch (expr.kind) {
      case 'name':
        return this.scope.get(expr.id) ?? { kind: 'symbol', path: [expr.id] };
      case 'number':
        return { kind: 'literal', value: { kind: expr.int ? 'int' : 'float', value: expr.value }, line: expr.line };
      case 'string':
        return { kind: 'literal', value: { kind: 'str', value: expr.value }, line: expr.line };
      case 'constant':
        return { kind: 'literal', value: expr.value === null ? { kind: 'none' } : { kind: 'bool', value: expr.value }, line: expr.line };
      case 'sequence':
        return { kind: 'list', items: expr.items.map((item) => this.evaluate(item)), tuple: expr.tuple };
      case 'attribute': {
        const object = this.evaluate(expr.object);
        if (object.kind === 'symbol') return { kind: 'symbol', path: [...object.path, expr.name] };
        if (object.kind === 'sequential') return { kind: 'method', model: object.model, name: expr.name };
        return object.kind === 'poison' ? object : other(expr.line);
      }
      case 'unary': {
        const operand = this.evaluate(expr.operand);
        const v = operand.kind === 'literal' ? operand.value : null;
        if (v && (v.kind === 'int' || v.kind === 'float') && (expr.op === '-' || expr.op === '+')) {
          return { kind: 'literal', value: { kind: v.kind, value: expr.op === '-' ? -v.value : v.value }, line: expr.line };
        }
        return other(expr.line);
      }
      case 'binary': {
        const left = this.evaluate(expr.left);
        const right = this.evaluate(expr.right);
        if (left.kind !== 'literal' || right.kind !== 'literal') return other(expr.line);
        return { kind: 'literal', value: arithmetic(expr.op, left.value, right.value), line: expr.line };
      }
      case 'call':
        return this.call(expr);
      case 'other':
        return other(expr.line);
    }
  }

  /** Evaluates call arguments; values are kept for tensors, literals for layer arguments. */
  private argumentsOf(args: readonly Argument[]): { values: Value[]; keywords: Map<string, Value>; unpacked: boolean } {
    const values: Value[] = [];
    const keywords = new Map<string, Value>();
    let unpacked = false;
    for (const arg of args) {
      const value = this.evaluate(arg.value);
      if (arg.star) unpacked = true;
      else if (arg.keyword !== undefined) keywords.set(arg.keyword, value);
      else values.push(value);
    }
    return { values, keywords, unpacked };
  }

  private call(expr: Extract<Expr, { kind: 'call' }>): Value {
    const callee = this.evaluate(expr.callee);
    const evaluated = this.argumentsOf(expr.args);
    const literal: CallArguments = {
      positional: evaluated.values.map(toPy),
      keywords: new Map([...evaluated.keywords].map(([k, v]) => [k, toPy(v)])),
      unpacked: evaluated.unpacked,
    };
    const line = expr.line;
    switch (callee.kind) {
      case 'symbol':
        return this.callSymbol(callee.path, evaluated, literal, line);
      case 'layer':
        return this.apply(callee.layer, evaluated.values[0], line);
      case 'method':
        return this.callMethod(callee, evaluated.values, literal, line);
      case 'literal':
        if (callee.value.kind === 'call' && evaluated.values[0]?.kind === 'tensor') {
          this.report(kerasError('keras-unknown-layer', callee.line, { name: callee.value.path[callee.value.path.length - 1] }));
          return { kind: 'poison' };
        }
        return other(line);
      case 'poison':
        return callee;
      default:
        return other(line);
    }
  }

  private callSymbol(path: string[], evaluated: { values: Value[]; keywords: Map<string, Value> }, args: CallArguments, line: number): Value {
    const meaning = meaningOf(path);
    switch (meaning.kind) {
      case 'layer-class': {
        if (meaning.type === 'input') return readInputLayer(this, args, line);
        const reading = readLayerArgs(meaning.type, meaning.className, args, line);
        if (!reading.ok) {
          reading.errors.forEach((error) => this.report(error));
          return { kind: 'poison' };
        }
        return { kind: 'layer', layer: { type: meaning.type, className: meaning.className, params: reading.params, extras: reading.extras, line, used: false } };
      }
      case 'activation-layer':
        return readActivationLayer(this, meaning.className, args, line);
      case 'merge-helper': {
        const rest: CallArguments = { ...args, positional: args.positional.slice(1) };
        const reading = readLayerArgs(meaning.type, meaning.name, rest, line);
        if (!reading.ok) {
          reading.errors.forEach((error) => this.report(error));
          return { kind: 'poison' };
        }
        const layer: PendingLayer = { type: meaning.type, className: meaning.name, params: reading.params, extras: reading.extras, line, used: false };
        return this.apply(layer, evaluated.values[0], line);
      }
      case 'input':
        return readInput(this, args, line);
      case 'sequential': {
        const model = buildSequential(this, evaluated.values[0] ?? evaluated.keywords.get('layers'), args, line);
        this.chosen = { kind: 'sequential', value: model };
        return model;
      }
      case 'model': {
        const model = makeModel(this, evaluated, line);
        if (model.kind === 'model') this.chosen = { kind: 'functional', input: model.input, output: model.output };
        return model;
      }
      case 'unknown-layer':
        this.report(kerasError('keras-unknown-layer', line, { name: meaning.name }));
        return { kind: 'poison' };
      case 'other':
        return { kind: 'literal', value: { kind: 'call', path, args: args.positional, kwargs: Object.fromEntries(args.keywords) }, line };
    }
  }

  private callMethod(method: Extract<Value, { kind: 'method' }>, values: Value[], args: CallArguments, line: number): Value {
    const model = method.model;
    if (method.name === 'add') {
      sequentialItem(this, model, values[0], line);
      this.chosen = { kind: 'sequential', value: { kind: 'sequential', model } };
    } else if (method.name === 'pop') {
      model.layers.pop();
    } else if (method.name === 'build') {
      const shape = args.positional[0] ?? args.keywords.get('input_shape');
      if (shape?.kind === 'seq' && model.inputShape === undefined && model.inputTensor === undefined) {
        model.inputShape = { value: { ...shape, items: shape.items.slice(1) }, line };
      }
    }
    return other(line);
  }

  /** Calls a layer object on a tensor (or, for Add and Concatenate, a list of tensors). */
  apply(layer: PendingLayer, argument: Value | undefined, line: number): Value {
    if (argument?.kind === 'poison') return argument;
    if (layer.used) {
      this.report(kerasError('keras-shared-layer', line, { layer: layer.className }));
      return { kind: 'poison' };
    }
    layer.used = true;
    const role = KERAS_LAYERS[layer.type].role;
    if (role === 'input') {
      this.report(kerasError('keras-not-a-layer', line, { value: layer.className }));
      return { kind: 'poison' };
    }
    const merge = role === 'merge';
    const inputs = merge && argument?.kind === 'list' ? argument.items : argument ? [argument] : [];
    if (inputs.some((item) => item.kind === 'poison')) return { kind: 'poison' };
    const tensors = inputs.filter((item): item is Extract<Value, { kind: 'tensor' }> => item.kind === 'tensor');
    if (tensors.length === 0 || tensors.length !== inputs.length || (!merge && argument?.kind !== 'tensor')) {
      const given = argument?.kind === 'symbol' ? argument.path.join('.') : '';
      this.report(kerasError('keras-not-a-tensor', line, { layer: layer.className, value: given }));
      return { kind: 'poison' };
    }
    const sources = tensors.map((tensor) => tensor.node);
    if (new Set(sources).size !== sources.length) {
      this.report(kerasError('keras-repeated-input', line, { layer: layer.className }));
      return { kind: 'poison' };
    }
    const node = this.pool.add({ type: layer.type, params: layer.params, name: layer.extras.name, line }, sources);
    if (node === null) return this.full(line);
    const tensor: Extract<Value, { kind: 'tensor' }> = { kind: 'tensor', node, input: tensors[0].input };
    this.lastTensor = tensor;
    return tensor;
  }

  /** Reports that the code makes too many layers. */
  full(line: number): Value {
    if (!this.errors.some((error) => error.code === 'keras-too-many-layers')) {
      this.report(kerasError('keras-too-many-layers', line, { max: this.pool.nodes.length }));
    }
    return { kind: 'poison' };
  }
}
