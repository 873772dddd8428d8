// Values the importer reads from Python source without running it.

/** A literal (or a name) as written in the source; `other` is anything the importer does not evaluate. */
export type PyValue =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'seq'; items: PyValue[]; tuple: boolean }
  /** A dotted name that is not a value the importer knows: tf.nn.relu, leaky_relu. */
  | { kind: 'ref'; path: string[] }
  /** A call the importer does not run, kept for arguments such as keras.initializers.HeNormal(seed=1). */
  | { kind: 'call'; path: string[]; args: PyValue[]; kwargs: Record<string, PyValue> }
  | { kind: 'other' };

/** Longest value text shown in a message. */
const MAX_TEXT = 40;

function text(value: PyValue): string {
  switch (value.kind) {
    case 'int':
    case 'float':
      return String(value.value);
    case 'str':
      return `'${value.value}'`;
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'seq': {
      const items = value.items.map(text);
      if (value.tuple) return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      return `[${items.join(', ')}]`;
    }
    case 'ref':
      return value.path.join('.');
    case 'call':
      return `${value.path.join('.')}(...)`;
    case 'other':
      return 'an expression';
  }
}

/** How a value looks in Python, shortened for messages: (3, 5), 'tanh', None. */
export function pyText(value: PyValue): string {
  const full = text(value);
  return full.length > MAX_TEXT ? `${full.slice(0, MAX_TEXT - 1)}…` : full;
}

/** True when two literal values are equal as Python compares them (1 == 1.0, (1, 1) == [1, 1] is not). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  const numeric = (v: PyValue): number | null => (v.kind === 'int' || v.kind === 'float' ? v.value : null);
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) return na === nb;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'str':
      return a.value === (b as typeof a).value;
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'none':
      return true;
    case 'seq': {
      const other = b as typeof a;
      return a.tuple === other.tuple && a.items.length === other.items.length && a.items.every((item, i) => pyEquals(item, other.items[i]));
    }
    default:
      return false;
  }
}

/** Shorthands for literals in mapping tables. */
export const py = {
  int: (value: number): PyValue => ({ kind: 'int', value }),
  float: (value: number): PyValue => ({ kind: 'float', value }),
  str: (value: string): PyValue => ({ kind: 'str', value }),
  bool: (value: boolean): PyValue => ({ kind: 'bool', value }),
  none: { kind: 'none' } as PyValue,
  tuple: (...items: PyValue[]): PyValue => ({ kind: 'seq', items, tuple: true }),
};
