// Splits Python source into tokens: names, numbers, strings, operators and the
// ends of logical lines. Comments, blank lines, line continuations and
// notebook lines (%magic, !shell) are dropped; indentation is not kept, since
// the importer reads statements in order whatever block they are in.
import { KerasSyntaxError, kerasError } from './errors';

/** One token; `line` is the 1-based line it starts on. */
export type Token =
  | { kind: 'name'; text: string; line: number }
  | { kind: 'number'; text: string; line: number; value: number; int: boolean; imaginary: boolean }
  | { kind: 'string'; text: string; line: number; value: string; plain: boolean }
  | { kind: 'op'; text: string; line: number }
  | { kind: 'newline'; text: ''; line: number }
  | { kind: 'end'; text: ''; line: number };

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '@=', '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']',
  '{', '}', ',', ':', '.', ';', '=',
];
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/y;
const STRING_PREFIX = /(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])(?=['"])/y;

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** The value of a non-raw string body: Python's backslash escapes decoded. */
function decodeEscapes(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, escape: string) => {
    if (Object.hasOwn(SIMPLE_ESCAPES, escape)) return SIMPLE_ESCAPES[escape];
    const head = escape[0];
    if (head === 'x' || head === 'u' || head === 'U') {
      const code = Number.parseInt(escape.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (/[0-7]/.test(head)) return String.fromCodePoint(Number.parseInt(escape, 8));
    return whole;
  });
}

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

/** Tokens of the source, ending with an `end` token; throws KerasSyntaxError on the first problem. */
export function tokenize(source: string): Token[] {
  const text = source.replace(/\r\n?/g, '\n');
  const tokens: Token[] = [];
  const brackets: { char: string; line: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineHasTokens = false;
  let lineStart = true;

  const push = (token: Token) => {
    tokens.push(token);
    lineHasTokens = true;
    lineStart = false;
  };

  while (pos < text.length) {
    const char = text[pos];
    if (char === ' ' || char === '\t' || char === '\f') {
      pos++;
      continue;
    }
    if (lineStart && brackets.length === 0 && (char === '%' || (char === '!' && text[pos + 1] !== '='))) {
      while (pos < text.length && text[pos] !== '\n') pos++;
      continue;
    }
    if (char === '#') {
      while (pos < text.length && text[pos] !== '\n') pos++;
      continue;
    }
    if (char === '\n') {
      if (brackets.length === 0 && lineHasTokens) tokens.push({ kind: 'newline', text: '', line });
      if (brackets.length === 0) {
        lineHasTokens = false;
        lineStart = true;
      }
      line++;
      pos++;
      continue;
    }
    if (char === '\\') {
      if (text[pos + 1] !== '\n') throw new KerasSyntaxError(kerasError('keras-unexpected-character', line, { character: '\\' }));
      line++;
      pos += 2;
      lineStart = false;
      continue;
    }
    const prefix = matchAt(STRING_PREFIX, text, pos) ?? '';
    const quote = text[pos + prefix.length];
    if (quote === '"' || quote === "'") {
      const start = line;
      const triple = text.startsWith(quote.repeat(3), pos + prefix.length);
      const delimiter = triple ? quote.repeat(3) : quote;
      let at = pos + prefix.length + delimiter.length;
      const bodyStart = at;
      for (;;) {
        if (at >= text.length || (!triple && text[at] === '\n')) {
          throw new KerasSyntaxError(kerasError('keras-unterminated-string', start));
        }
        if (text[at] === '\\') {
          if (text[at + 1] === '\n') line++;
          at += 2;
          continue;
        }
        if (text.startsWith(delimiter, at)) break;
        if (text[at] === '\n') line++;
        at++;
      }
      const body = text.slice(bodyStart, at);
      const flags = prefix.toLowerCase();
      const raw = flags.includes('r');
      const plain = !flags.includes('b') && !flags.includes('f');
      push({ kind: 'string', text: text.slice(pos, at + delimiter.length), line: start, value: raw ? body : decodeEscapes(body), plain });
      pos = at + delimiter.length;
      continue;
    }
    const number = /[0-9]/.test(char) || (char === '.' && /[0-9]/.test(text[pos + 1] ?? '')) ? matchAt(NUMBER, text, pos) : null;
    if (number) {
      const imaginary = /[jJ]$/.test(number);
      const digits = number.replace(/_/g, '').replace(/[jJ]$/, '');
      const int = !imaginary && (/^0[xXoObB]/.test(digits) || !/[.eE]/.test(digits));
      push({ kind: 'number', text: number, line, value: Number(digits), int, imaginary });
      pos += number.length;
      continue;
    }
    const name = matchAt(NAME, text, pos);
    if (name) {
      push({ kind: 'name', text: name, line });
      pos += name.length;
      continue;
    }
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, pos));
    if (!op) {
      const character = String.fromCodePoint(text.codePointAt(pos) as number);
      throw new KerasSyntaxError(kerasError('keras-unexpected-character', line, { character }));
    }
    if (op === '(' || op === '[' || op === '{') brackets.push({ char: op, line });
    if (Object.hasOwn(CLOSING, op)) {
      const open = brackets.pop();
      if (!open || open.char !== CLOSING[op]) throw new KerasSyntaxError(kerasError('keras-unmatched-bracket', line, { bracket: op }));
    }
    push({ kind: 'op', text: op, line });
    pos += op.length;
  }
  const open = brackets[brackets.length - 1];
  if (open) throw new KerasSyntaxError(kerasError('keras-unclosed-bracket', open.line, { bracket: open.char }));
  if (lineHasTokens) tokens.push({ kind: 'newline', text: '', line });
  tokens.push({ kind: 'end', text: '', line });
  return tokens;
}
