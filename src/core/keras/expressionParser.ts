// The expression half of the parser: Python expressions with precedence,
// calls, attributes, literals and collections. What the importer does not
// evaluate (subscripts, comprehensions, lambdas, dicts) is read and kept as
// `other`, so its tokens are checked but never interpreted.
import { KerasSyntaxError, kerasError } from './errors';
import type { Argument, Expr } from './syntax';
import type { Token } from './tokenizer';

/** Deepest nesting of expressions the parser follows. */
export const MAX_NESTING = 100;

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'for', 'lambda', 'import', 'from', 'return', 'def', 'class', 'await', 'yield', 'None', 'True', 'False']);
const BINARY: Record<string, number> = {
  or: 1, and: 2, '<': 4, '>': 4, '==': 4, '>=': 4, '<=': 4, '!=': 4, in: 4, is: 4, not: 4,
  '|': 5, '^': 6, '&': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '//': 10, '%': 10, '@': 10,
};

/** Parses expressions from tokens[start..end) (one logical line). */
export class ExpressionParser {
  protected pos = 0;
  private depth = 0;

  constructor(protected readonly tokens: Token[], start: number, protected readonly end: number) {
    this.pos = start;
  }

  protected get token(): Token {
    return this.pos < this.end ? this.tokens[this.pos] : this.tokens[this.end];
  }

  protected is(text: string): boolean {
    const t = this.token;
    return (t.kind === 'op' || t.kind === 'name') && t.text === text && this.pos < this.end;
  }

  protected get done(): boolean {
    return this.pos >= this.end;
  }

  protected fail(): never {
    const t = this.token;
    const near = this.done ? 'end of line' : t.text.slice(0, 20);
    throw new KerasSyntaxError(kerasError('keras-syntax-error', t.line, { near }));
  }

  protected expect(text: string): void {
    if (!this.is(text)) this.fail();
    this.pos++;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) throw new KerasSyntaxError(kerasError('keras-too-deep', this.token.line, { max: MAX_NESTING }));
  }

  /** Expressions separated by commas; more than one (or a trailing comma) is a tuple. */
  protected testList(): Expr {
    const line = this.token.line;
    const first = this.starOrTest();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.is(',')) {
      this.pos++;
      if (this.done || this.is('=') || this.is(';') || this.is(')') || this.is(':')) break;
      items.push(this.starOrTest());
    }
    return { kind: 'sequence', items, tuple: true, line };
  }

  private starOrTest(): Expr {
    if (this.is('*')) {
      const line = this.token.line;
      this.pos++;
      this.binary(0);
      return { kind: 'other', line };
    }
    return this.test();
  }

  protected test(): Expr {
    this.enter();
    const line = this.token.line;
    try {
      if (this.is('lambda')) {
        this.pos++;
        while (!this.done && !this.is(':')) this.pos++;
        this.expect(':');
        this.test();
        return { kind: 'other', line };
      }
      if (this.token.kind === 'name' && this.tokens[this.pos + 1]?.text === ':=' && this.pos + 1 < this.end) {
        this.pos += 2;
        this.test();
        return { kind: 'other', line };
      }
      const body = this.binary(0);
      if (!this.is('if')) return body;
      this.pos++;
      this.binary(0);
      this.expect('else');
      this.test();
      return { kind: 'other', line };
    } finally {
      this.depth--;
    }
  }

  private binaryOperator(): string | null {
    const t = this.token;
    if (this.done || (t.kind !== 'op' && t.kind !== 'name') || !Object.hasOwn(BINARY, t.text)) return null;
    if (t.text === 'not' && this.tokens[this.pos + 1]?.text !== 'in') return null;
    return t.text;
  }

  private binary(min: number): Expr {
    let left = this.unary();
    for (let op = this.binaryOperator(); op !== null && BINARY[op] > min; op = this.binaryOperator()) {
      const line = this.token.line;
      this.pos += op === 'not' || (op === 'is' && this.tokens[this.pos + 1]?.text === 'not') ? 2 : 1;
      const right = this.binary(BINARY[op]);
      left = { kind: 'binary', op, left, right, line };
    }
    return left;
  }

  private unary(): Expr {
    this.enter();
    try {
      const t = this.token;
      if (this.is('-') || this.is('+') || this.is('~') || this.is('not')) {
        this.pos++;
        const operand = t.text === 'not' ? this.binary(3) : this.unary();
        return { kind: 'unary', op: t.text, operand, line: t.line };
      }
      if (this.is('await')) this.pos++;
      const base = this.primary();
      if (!this.is('**')) return base;
      this.pos++;
      return { kind: 'binary', op: '**', left: base, right: this.unary(), line: t.line };
    } finally {
      this.depth--;
    }
  }

  private primary(): Expr {
    let expr = this.atom();
    for (;;) {
      const line = this.token.line;
      if (this.is('.')) {
        this.pos++;
        if (this.token.kind !== 'name' || this.done) this.fail();
        expr = { kind: 'attribute', object: expr, name: this.tokens[this.pos++].text, line };
      } else if (this.is('(')) {
        this.pos++;
        expr = { kind: 'call', callee: expr, args: this.argumentsUntil(')'), line: expr.line };
      } else if (this.is('[')) {
        this.pos++;
        this.subscripts();
        expr = { kind: 'other', line };
      } else {
        return expr;
      }
    }
  }

  private argumentsUntil(close: string): Argument[] {
    const args: Argument[] = [];
    while (!this.is(close)) {
      const line = this.token.line;
      if (this.is('*') || this.is('**')) {
        const star = this.token.text as '*' | '**';
        this.pos++;
        args.push({ star, value: this.test(), line });
      } else if (this.token.kind === 'name' && this.tokens[this.pos + 1]?.text === '=' && this.pos + 1 < this.end) {
        const keyword = this.token.text;
        this.pos += 2;
        args.push({ keyword, value: this.test(), line });
      } else {
        const value = this.test();
        args.push({ value: this.is('for') ? this.comprehension(line) : value, line });
      }
      if (!this.is(',')) break;
      this.pos++;
    }
    this.expect(close);
    return args;
  }

  private comprehension(line: number): Expr {
    while (this.is('for') || this.is('async') || this.is('if')) {
      const keyword = this.tokens[this.pos++].text;
      if (keyword === 'async') continue;
      if (keyword === 'for') {
        this.testListUntil('in');
        this.expect('in');
      }
      this.binary(0);
    }
    return { kind: 'other', line };
  }

  /** Loop targets before `in`: expressions that stop short of comparisons. */
  private testListUntil(stop: string): void {
    while (!this.done && !this.is(stop)) {
      this.binary(BINARY.in);
      if (!this.is(',')) break;
      this.pos++;
    }
  }

  private subscripts(): void {
    while (!this.is(']')) {
      if (!this.is(':') && !this.is(',')) this.starOrTest();
      while (this.is(':')) {
        this.pos++;
        if (!this.is(':') && !this.is(',') && !this.is(']')) this.test();
      }
      if (!this.is(',')) break;
      this.pos++;
    }
    this.expect(']');
  }

  private collection(close: string, tuple: boolean, line: number): Expr {
    const items: Expr[] = [];
    let comma = false;
    while (!this.is(close)) {
      const item = this.starOrTest();
      if (this.is('for')) {
        this.comprehension(line);
        this.expect(close);
        return { kind: 'other', line };
      }
      items.push(item);
      if (!this.is(',')) break;
      comma = true;
      this.pos++;
    }
    this.expect(close);
    if (tuple && items.length === 1 && !comma) return items[0];
    return { kind: 'sequence', items, tuple, line };
  }

  private braces(line: number): Expr {
    let depth = 1;
    while (depth > 0 && !this.done) {
      if (this.is('{')) depth++;
      if (this.is('}')) depth--;
      this.pos++;
    }
    if (depth > 0) this.fail();
    return { kind: 'other', line };
  }

  private atom(): Expr {
    const t = this.token;
    if (this.done) this.fail();
    this.pos++;
    if (t.kind === 'number') return t.imaginary ? { kind: 'other', line: t.line } : { kind: 'number', value: t.value, int: t.int, line: t.line };
    if (t.kind === 'string') {
      let value = t.value;
      let plain = t.plain;
      while (this.token.kind === 'string' && !this.done) {
        const next = this.tokens[this.pos++] as Extract<Token, { kind: 'string' }>;
        value += next.value;
        plain &&= next.plain;
      }
      return plain ? { kind: 'string', value, line: t.line } : { kind: 'other', line: t.line };
    }
    if (t.kind === 'name') {
      if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
        return { kind: 'constant', value: t.text === 'None' ? null : t.text === 'True', line: t.line };
      }
      if (KEYWORDS.has(t.text)) {
        this.pos--;
        this.fail();
      }
      return { kind: 'name', id: t.text, line: t.line };
    }
    if (t.text === '(') return this.is('yield') ? (this.skipBalanced(')'), { kind: 'other', line: t.line }) : this.collection(')', true, t.line);
    if (t.text === '[') return this.collection(']', false, t.line);
    if (t.text === '{') return this.braces(t.line);
    if (t.text === '...') return { kind: 'other', line: t.line };
    this.pos--;
    return this.fail();
  }

  private skipBalanced(close: string): void {
    let depth = 1;
    while (!this.done && depth > 0) {
      if (this.is('(')) depth++;
      if (this.is(close)) depth--;
      this.pos++;
    }
  }
}
