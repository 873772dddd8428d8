// How one parameter value is written in Keras and read back, plus the Keras
// names of the app's activations and initializers (keyed by catalogue id, so
// a new activation without its Keras name fails to compile).
import type { ActivationId, InitializerId } from '../network/catalogue';
import type { ParamValue } from '../network/types';
import { ownEntry, pyBool, pyFloat, pyInt, pyIntTuple, pyLiteral, pyString } from './python';
import type { PyValue } from './pyValue';

/** One activation in Keras: its name, other names Keras code uses, and a script helper when
 * the Keras function needs an argument to match the app. */
export interface KerasActivation {
  name: string;
  aliases: string[];
  /** Python written for it instead of the quoted name (a function the script defines). */
  helper?: { identifier: string; code: string[] };
}

/** The app's leaky ReLU has slope 0.3 (the Keras layer's default); the Keras function defaults to 0.2. */
const LEAKY_RELU_HELPER = {
  identifier: 'leaky_relu',
  code: [
    'def leaky_relu(x):',
    '    """The app\'s leaky ReLU: slope 0.3 below zero (the Keras function\'s default is 0.2)."""',
    '    return keras.activations.leaky_relu(x, negative_slope=0.3)',
  ],
};

/** Every activation's Keras name. Reading `activation='leaky_relu'` gives the app's leaky ReLU (slope 0.3). */
export const KERAS_ACTIVATIONS: Record<ActivationId, KerasActivation> = {
  linear: { name: 'linear', aliases: [] },
  relu: { name: 'relu', aliases: [] },
  leakyRelu: { name: 'leaky_relu', aliases: [], helper: LEAKY_RELU_HELPER },
  elu: { name: 'elu', aliases: [] },
  selu: { name: 'selu', aliases: [] },
  sigmoid: { name: 'sigmoid', aliases: [] },
  tanh: { name: 'tanh', aliases: [] },
  softmax: { name: 'softmax', aliases: [] },
  softplus: { name: 'softplus', aliases: [] },
  swish: { name: 'swish', aliases: ['silu'] },
};

/** Every initializer's Keras name and class name. */
export const KERAS_INITIALIZERS: Record<InitializerId, { name: string; className: string }> = {
  glorotUniform: { name: 'glorot_uniform', className: 'GlorotUniform' },
  glorotNormal: { name: 'glorot_normal', className: 'GlorotNormal' },
  heUniform: { name: 'he_uniform', className: 'HeUniform' },
  heNormal: { name: 'he_normal', className: 'HeNormal' },
  leCunNormal: { name: 'lecun_normal', className: 'LecunNormal' },
  zeros: { name: 'zeros', className: 'Zeros' },
};

/** What kind of value a codec takes, for messages. */
export type CodecKind = 'int' | 'float' | 'bool' | 'size' | 'shape' | 'choice' | 'activation' | 'initializer';

/** Writes an app value as Python and reads a Python value back (null: the app cannot hold it). */
export interface ValueCodec {
  kind: CodecKind;
  write: (value: ParamValue | undefined) => string;
  read: (value: PyValue) => ParamValue | null;
  /** The Python values it accepts, when they are a short list. */
  choices?: string[];
}

const isInt = (v: PyValue): v is { kind: 'int'; value: number } => v.kind === 'int';

/** A whole number. */
export const intCodec: ValueCodec = {
  kind: 'int',
  write: (value) => (typeof value === 'number' ? pyInt(value) : pyLiteral(value)),
  read: (v) => (isInt(v) ? v.value : null),
};

/** A real number (a Python int is fine too). */
export const floatCodec: ValueCodec = {
  kind: 'float',
  write: (value) => (typeof value === 'number' ? pyFloat(value) : pyLiteral(value)),
  read: (v) => (v.kind === 'int' || v.kind === 'float' ? v.value : null),
};

/** True or False. */
export const boolCodec: ValueCodec = {
  kind: 'bool',
  write: (value) => (typeof value === 'boolean' ? pyBool(value) : pyLiteral(value)),
  read: (v) => (v.kind === 'bool' ? v.value : null),
};

/** A square window or stride: 5, (5, 5) or [5, 5] in Keras, one number in the app. */
export const sizeCodec: ValueCodec = {
  kind: 'size',
  write: intCodec.write,
  read: (v) => {
    if (isInt(v)) return v.value;
    if (v.kind === 'seq' && v.items.length === 2 && v.items.every(isInt)) {
      const [a, b] = v.items as { value: number }[];
      return a.value === b.value ? a.value : null;
    }
    return null;
  },
};

/** A target shape: a tuple of ints, -1 for one inferred axis. */
export const shapeCodec: ValueCodec = {
  kind: 'shape',
  write: (value) => (Array.isArray(value) ? pyIntTuple(value) : pyLiteral(value)),
  read: (v) => {
    if (v.kind !== 'seq' || v.items.length === 0 || !v.items.every(isInt)) return null;
    return v.items.map((item) => (item as { value: number }).value);
  },
};

/** One of a few strings, the same in Keras and in the app (padding). */
export function choiceCodec(values: readonly string[]): ValueCodec {
  return {
    kind: 'choice',
    write: (value) => pyLiteral(value),
    read: (v) => (v.kind === 'str' && values.includes(v.value.toLowerCase()) ? v.value.toLowerCase() : null),
    choices: values.map((value) => pyString(value)),
  };
}

const activationByKerasName = new Map<string, ActivationId>();
for (const id of Object.keys(KERAS_ACTIVATIONS) as ActivationId[]) {
  const entry = KERAS_ACTIVATIONS[id];
  for (const name of [entry.name, ...entry.aliases, ...(entry.helper ? [entry.helper.identifier] : [])]) {
    activationByKerasName.set(name, id);
  }
}

/** The app's activation id for a Keras activation name, or undefined. */
export function activationFromKeras(name: string): ActivationId | undefined {
  return activationByKerasName.get(name);
}

/** An activation: 'relu', None (linear), or a reference such as keras.activations.relu or tf.nn.relu. */
export const activationCodec: ValueCodec = {
  kind: 'activation',
  write: (value) => {
    const entry = ownEntry(KERAS_ACTIVATIONS, value);
    if (!entry) return pyLiteral(value);
    return entry.helper ? entry.helper.identifier : pyString(entry.name);
  },
  read: (v) => {
    if (v.kind === 'none') return 'linear';
    if (v.kind === 'str') return activationFromKeras(v.value) ?? null;
    if (v.kind === 'ref') return activationFromKeras(v.path[v.path.length - 1]) ?? null;
    return null;
  },
  choices: Object.values(KERAS_ACTIVATIONS).map((a) => pyString(a.name)),
};

const initializerByKerasName = new Map<string, InitializerId>();
for (const id of Object.keys(KERAS_INITIALIZERS) as InitializerId[]) {
  initializerByKerasName.set(KERAS_INITIALIZERS[id].name, id);
  initializerByKerasName.set(KERAS_INITIALIZERS[id].className, id);
}

/** An initializer: 'he_normal', 'HeNormal', or keras.initializers.HeNormal() (a seed argument is ignored). */
export const initializerCodec: ValueCodec = {
  kind: 'initializer',
  write: (value) => {
    const entry = ownEntry(KERAS_INITIALIZERS, value);
    return entry ? pyString(entry.name) : pyLiteral(value);
  },
  read: (v) => {
    if (v.kind === 'str') return initializerByKerasName.get(v.value) ?? null;
    if (v.kind === 'call') {
      const onlySeed = v.args.length === 0 && Object.keys(v.kwargs).every((key) => key === 'seed');
      return onlySeed ? (initializerByKerasName.get(v.path[v.path.length - 1]) ?? null) : null;
    }
    return null;
  },
  choices: Object.values(KERAS_INITIALIZERS).map((i) => pyString(i.name)),
};

