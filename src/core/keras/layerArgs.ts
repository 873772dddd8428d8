// Reading the arguments of one Keras layer call into the app's parameters,
// through the mapping table: Keras defaults for what is left out, coded
// errors for what the app cannot hold.
import type { LayerType, ParamValue } from '../network/types';
import { kerasError, type KerasImportError } from './errors';
import { KERAS_LAYERS, LAYER_COMMON_KEYWORDS, type FixedArg } from './layerMappings';
import { pyEquals, pyText, type PyValue } from './pyValue';

/** Longest layer name the importer takes. */
export const MAX_NAME_LENGTH = 100;

/** The arguments of a call, read as values (positional in order, keywords by name). */
export interface CallArguments {
  positional: PyValue[];
  keywords: Map<string, PyValue>;
  /** True when the call unpacks `*args` or `**kwargs`, which the importer cannot read. */
  unpacked: boolean;
}

/** What a layer call says beyond the layer's parameters. */
export interface LayerExtras {
  name?: string;
  /** The shape given by input_shape, batch_input_shape or input_dim (without the batch axis). */
  inputShape?: PyValue;
}

/** The result of reading one layer call. */
export type LayerReading = { ok: true; params: Record<string, ParamValue>; extras: LayerExtras } | { ok: false; errors: KerasImportError[] };

/** Keywords that place the input of a Sequential model's first layer. */
const INPUT_KEYWORDS = ['input_shape', 'batch_input_shape', 'input_dim'];

/** Checks the arguments that must keep what the app does (use_bias=True, data_format, ...). */
export function checkFixed(
  fixed: readonly FixedArg[],
  args: CallArguments,
  layer: string,
  line: number,
  consumed: Set<string>,
  errors: KerasImportError[],
): void {
  for (const spec of fixed) {
    const positional = spec.position !== undefined ? args.positional[spec.position] : undefined;
    const keyword = args.keywords.get(spec.keyword);
    if (positional !== undefined && keyword !== undefined) errors.push(kerasError('keras-duplicate-argument', line, { layer, argument: spec.keyword }));
    const value = keyword ?? positional;
    consumed.add(spec.keyword);
    if (spec.position !== undefined) consumed.add(`#${spec.position}`);
    if (value === undefined || spec.ignored || spec.accepts.some((ok) => pyEquals(ok, value))) continue;
    errors.push(
      kerasError('keras-unsupported-value', line, { layer, argument: spec.keyword, value: pyText(value), choices: spec.accepts.map(pyText).join(', ') }),
    );
  }
}

/** Reports positional arguments past the known ones and keywords nobody read. */
export function checkLeftovers(args: CallArguments, layer: string, line: number, consumed: Set<string>, errors: KerasImportError[]): void {
  if (args.unpacked) errors.push(kerasError('keras-not-literal', line, { layer, argument: '*args / **kwargs', value: 'an unpacked argument list' }));
  args.positional.forEach((_, i) => {
    if (!consumed.has(`#${i}`)) errors.push(kerasError('keras-extra-positional', line, { layer, position: i + 1 }));
  });
  for (const keyword of args.keywords.keys()) {
    if (!consumed.has(keyword)) errors.push(kerasError('keras-unknown-argument', line, { layer, argument: keyword }));
  }
}

/** Reads `name=` and the input-shape keywords every layer may carry. */
function readExtras(args: CallArguments, layer: string, line: number, consumed: Set<string>, errors: KerasImportError[]): LayerExtras {
  const extras: LayerExtras = {};
  const name = args.keywords.get('name');
  consumed.add('name');
  if (name !== undefined && name.kind !== 'none') {
    if (name.kind !== 'str') errors.push(kerasError('keras-not-literal', line, { layer, argument: 'name', value: pyText(name) }));
    else if (name.value.length === 0 || name.value.length > MAX_NAME_LENGTH || name.value.includes('/')) {
      errors.push(kerasError('keras-bad-name', line, { layer, name: name.value.slice(0, 40), max: MAX_NAME_LENGTH }));
    } else extras.name = name.value;
  }
  for (const keyword of INPUT_KEYWORDS) {
    const value = args.keywords.get(keyword);
    consumed.add(keyword);
    if (value === undefined) continue;
    if (keyword === 'input_dim') extras.inputShape = { kind: 'seq', items: [value], tuple: true };
    else if (keyword === 'batch_input_shape' && value.kind === 'seq') extras.inputShape = { ...value, items: value.items.slice(1) };
    else extras.inputShape = value;
  }
  checkFixed(LAYER_COMMON_KEYWORDS, args, layer, line, consumed, errors);
  return extras;
}

/** Reads a call whose only arguments are fixed ones plus name and input shape (activation layers, Input). */
export function readFixedArgs(fixed: readonly FixedArg[], className: string, args: CallArguments, line: number): { ok: true; extras: LayerExtras } | { ok: false; errors: KerasImportError[] } {
  const errors: KerasImportError[] = [];
  const consumed = new Set<string>();
  checkFixed(fixed, args, className, line, consumed, errors);
  const extras = readExtras(args, className, line, consumed, errors);
  checkLeftovers(args, className, line, consumed, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, extras };
}

/** Reads one layer's arguments as Keras means them; `className` is what the code called it. */
export function readLayerArgs(type: LayerType, className: string, args: CallArguments, line: number): LayerReading {
  const mapping = KERAS_LAYERS[type];
  const errors: KerasImportError[] = [];
  const consumed = new Set<string>();
  const params: Record<string, ParamValue> = {};
  const pendingSameAs: { param: string; from: string }[] = [];
  for (const spec of mapping.args) {
    const positional = args.positional[spec.position];
    const keyword = args.keywords.get(spec.keyword);
    consumed.add(spec.keyword);
    consumed.add(`#${spec.position}`);
    if (positional !== undefined && keyword !== undefined) {
      errors.push(kerasError('keras-duplicate-argument', line, { layer: className, argument: spec.keyword }));
    }
    const value = keyword ?? positional;
    const fallback = spec.kerasDefault;
    if (value === undefined || (value.kind === 'none' && typeof fallback === 'object' && fallback !== null && !Array.isArray(fallback))) {
      if (fallback === undefined) errors.push(kerasError('keras-missing-argument', line, { layer: className, argument: spec.keyword }));
      else if (typeof fallback === 'object' && !Array.isArray(fallback)) pendingSameAs.push({ param: spec.param, from: fallback.sameAs });
      else params[spec.param] = Array.isArray(fallback) ? [...fallback] : fallback;
      continue;
    }
    const read = spec.codec.read(value);
    if (read !== null) {
      params[spec.param] = read;
    } else if (value.kind === 'other' || (value.kind === 'ref' && spec.codec.kind !== 'activation')) {
      errors.push(kerasError('keras-not-literal', line, { layer: className, argument: spec.keyword, value: pyText(value) }));
    } else {
      errors.push(
        kerasError('keras-unsupported-value', line, {
          layer: className,
          argument: spec.keyword,
          value: pyText(value),
          expected: spec.codec.kind,
          choices: spec.codec.choices?.join(', ') ?? '',
        }),
      );
    }
  }
  for (const { param, from } of pendingSameAs) params[param] = params[from];
  checkFixed(mapping.fixed, args, className, line, consumed, errors);
  const extras = readExtras(args, className, line, consumed, errors);
  checkLeftovers(args, className, line, consumed, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params, extras };
}
