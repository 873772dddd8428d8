// Writing Python source text safely. Everything that comes from a document
// (layer names, parameter values) reaches the script through these functions,
// so nothing in it can end a string or a comment early or add code.

/** Python keywords (and soft keywords), which cannot be identifiers. */
const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield match case type _'
  ).split(' '),
);

/** Names the exported script uses itself; a layer variable must not take them. */
const SCRIPT_NAMES = new Set(['keras', 'layers', 'math', 'np', 'model', 'inputs', 'input', 'build_model', 'main', 'leaky_relu']);

function escapeCodePoint(code: number): string {
  if (code === 0x5c) return '\\\\';
  if (code === 0x22) return '\\"';
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  if (code >= 0x20 && code <= 0x7e) return String.fromCharCode(code);
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** A double-quoted Python string literal for any text: only printable ASCII stays as it is,
 * everything else (line breaks, quotes, backslashes, non-ASCII, lone surrogates) is escaped. */
export function pyString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += escapeCodePoint(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
      i++;
    } else {
      out += escapeCodePoint(unit);
    }
  }
  return `${out}"`;
}

/** A Python int literal; a value that is not a whole number is written as a float. */
export function pyInt(value: unknown): string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? String(n) : pyFloat(n);
}

/** A Python float literal (0.5, 1e-07, 2.0, float("inf"), float("nan")). */
export function pyFloat(value: unknown): string {
  const n = Number(value);
  if (Number.isNaN(n)) return 'float("nan")';
  if (!Number.isFinite(n)) return n > 0 ? 'float("inf")' : '-float("inf")';
  const text = String(n);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/** A Python bool literal. */
export function pyBool(value: unknown): string {
  return value ? 'True' : 'False';
}

/** A Python tuple of ints: (28, 28, 1), (784,). */
export function pyIntTuple(values: readonly unknown[]): string {
  const items = values.map(pyInt);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/** Any parameter value as a Python literal, for values the mapping does not know how to write. */
export function pyLiteral(value: unknown): string {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? pyInt(value) : pyFloat(value);
  if (typeof value === 'boolean') return pyBool(value);
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return pyIntTuple(value);
  return 'None';
}

/** An English grouping of a count for docstrings: 1863690 -> "1,863,690". */
export function groupDigits(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A Python identifier made from a layer name, unique among `taken` (which it extends):
 * "dense_1" stays, "my layer" becomes "my_layer", "1st" becomes "layer_1st", "input" becomes "input_". */
export function pyIdentifier(name: string, taken: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (base === '' || /^_*$/.test(base)) base = 'layer';
  if (/^\d/.test(base)) base = `layer_${base}`;
  if (PYTHON_KEYWORDS.has(base) || SCRIPT_NAMES.has(base)) base = `${base}_`;
  let candidate = base;
  for (let k = 2; taken.has(candidate); k++) candidate = `${base}_${k}`;
  taken.add(candidate);
  return candidate;
}

/** The entry of a table for a key from a document, never one of Object's own properties. */
export function ownEntry<T>(table: Record<string, T>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
