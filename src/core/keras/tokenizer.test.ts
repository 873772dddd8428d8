import { describe, expect, it } from 'vitest';
import { pyString } from './python';
import { tokenize, type Token } from './tokenizer';

const kinds = (tokens: Token[]) => tokens.map((t) => (t.kind === 'op' || t.kind === 'name' ? t.text : t.kind));
const strings = (source: string) => tokenize(source).flatMap((t) => (t.kind === 'string' ? [t.value] : []));

describe('tokenize', () => {
  it('ends logical lines only outside brackets and continuations', () => {
    expect(kinds(tokenize('a = f(1,\n  2)  # comment\n\n\nb = 1 + \\\n 2\n'))).toEqual([
      'a', '=', 'f', '(', 'number', ',', 'number', ')', 'newline', 'b', '=', 'number', '+', 'number', 'newline', 'end',
    ]);
  });

  it('numbers lines from 1 across strings and continuations', () => {
    const tokens = tokenize('x = """a\nb"""\ny = 2\n');
    expect(tokens.find((t) => t.kind === 'name' && t.text === 'y')?.line).toBe(3);
  });

  it('reads Python numbers, telling ints from floats', () => {
    const numbers = tokenize('1 1_000 0x1F 0o17 0b101 1.5 .5 1e-3 2E5 3j').filter((t) => t.kind === 'number');
    expect(numbers.map((t) => (t.kind === 'number' ? [t.value, t.int, t.imaginary] : []))).toEqual([
      [1, true, false], [1000, true, false], [31, true, false], [15, true, false], [5, true, false],
      [1.5, false, false], [0.5, false, false], [0.001, false, false], [200000, false, false], [3, false, true],
    ]);
  });

  it('decodes string escapes, keeps raw strings, and marks f- and b-strings as not plain', () => {
    expect(strings(String.raw`a = 'it\'s' "tab\there" r'\d+' '\x41\u00e9\U0001F600\101' '\N{DASH}'`)).toEqual([
      "it's", 'tab\there', '\\d+', 'Aé\u{1F600}A', '\\N{DASH}',
    ]);
    const f = tokenize('print(f"{x!r}", b"raw")').filter((t) => t.kind === 'string');
    expect(f.map((t) => (t.kind === 'string' ? t.plain : true))).toEqual([false, false]);
  });

  it('reads back every string pyString writes', () => {
    for (const text of ['plain', 'quote " and \\ backslash', 'line\nbreak\r\t', 'é中\u{1F600}', '\ud800 lone', '"""', '\u2028\u0000']) {
      expect(strings(`x = ${pyString(text)}`)).toEqual([text]);
    }
  });

  it('skips notebook magics and shell lines', () => {
    expect(kinds(tokenize('%matplotlib inline\n!pip install keras\nx != 1\n'))).toEqual(['x', '!=', 'number', 'newline', 'end']);
  });
});
