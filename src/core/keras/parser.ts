// The statement half of the parser, enough to read Keras model code:
// assignments, expression statements, return and imports (expressions are in
// expressionParser.ts). Block headers (def, class, if, for, ...) are skipped
// and their bodies read in order. Nothing is evaluated here.
import { KerasSyntaxError, type KerasImportError } from './errors';
import { ExpressionParser } from './expressionParser';
import type { Expr, Statement } from './syntax';
import type { Token } from './tokenizer';

const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'def', 'class', 'try', 'except', 'finally', 'async']);
const SKIPPED = new Set(['pass', 'break', 'continue', 'raise', 'assert', 'global', 'nonlocal', 'del', 'yield']);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@=']);

class StatementParser extends ExpressionParser {
  /** Statements of one logical line (simple statements separated by ';'). */
  statements(): Statement[] {
    const first = this.token;
    if (first.kind === 'op' && first.text === '@') return [];
    const last = this.tokens[this.end - 1];
    const header = last.kind === 'op' && last.text === ':';
    if ((first.kind === 'name' && COMPOUND.has(first.text)) || header) return this.afterHeader();
    const out: Statement[] = [];
    while (!this.done) {
      const statement = this.simple();
      if (statement) out.push(statement);
      if (this.done) break;
      this.expect(';');
    }
    return out;
  }

  private afterHeader(): Statement[] {
    let depth = 0;
    while (!this.done) {
      const t = this.token;
      this.pos++;
      if (t.kind !== 'op') continue;
      if ('([{'.includes(t.text)) depth++;
      else if (')]}'.includes(t.text)) depth--;
      else if (t.text === ':' && depth === 0) return this.done ? [] : this.statements();
    }
    return [];
  }

  private skipRest(): void {
    while (!this.done && !this.is(';')) this.pos++;
  }

  private simple(): Statement | null {
    const t = this.token;
    if (t.kind === 'name' && SKIPPED.has(t.text)) {
      this.skipRest();
      return null;
    }
    if (t.kind === 'name' && (t.text === 'import' || t.text === 'from')) return this.importStatement();
    if (t.kind === 'name' && t.text === 'return') {
      this.pos++;
      if (this.done || this.is(';')) return null;
      return { kind: 'expression', expr: this.testList(), line: t.line };
    }
    const first = this.testList();
    if (this.is(':')) {
      this.pos++;
      this.test();
      if (!this.is('=')) return null;
      this.pos++;
      return { kind: 'assign', targets: [first], value: this.testList(), line: t.line };
    }
    if (!this.done && this.token.kind === 'op' && AUGMENTED.has(this.token.text)) {
      this.pos++;
      this.testList();
      return null;
    }
    const targets: Expr[] = [];
    let value = first;
    while (this.is('=')) {
      this.pos++;
      targets.push(value);
      value = this.testList();
    }
    return targets.length > 0 ? { kind: 'assign', targets, value, line: t.line } : { kind: 'expression', expr: value, line: t.line };
  }

  private dottedName(): string[] {
    const path: string[] = [];
    while (this.is('.') || this.is('...')) this.pos++;
    while (this.token.kind === 'name' && !this.done) {
      path.push(this.token.text);
      this.pos++;
      if (!this.is('.')) break;
      this.pos++;
    }
    return path;
  }

  private alias(fallback: string): string {
    if (!this.is('as')) return fallback;
    this.pos++;
    if (this.token.kind !== 'name') this.fail();
    return this.tokens[this.pos++].text;
  }

  private importStatement(): Statement {
    const line = this.token.line;
    const bindings: { name: string; path: string[] }[] = [];
    if (this.is('import')) {
      this.pos++;
      do {
        if (this.is(',')) this.pos++;
        const path = this.dottedName();
        if (path.length === 0) this.fail();
        const name = this.alias('');
        bindings.push(name === '' ? { name: path[0], path: [path[0]] } : { name, path });
      } while (this.is(','));
      return { kind: 'import', bindings, line };
    }
    this.pos++;
    const module = this.dottedName();
    this.expect('import');
    const parenthesised = this.is('(');
    if (parenthesised) this.pos++;
    while (!this.done && !this.is(')') && !this.is(';')) {
      if (this.is('*')) {
        this.pos++;
      } else {
        if (this.token.kind !== 'name') this.fail();
        const imported = this.tokens[this.pos++].text;
        bindings.push({ name: this.alias(imported), path: [...module, imported] });
      }
      if (!this.is(',')) break;
      this.pos++;
    }
    if (parenthesised) this.expect(')');
    return { kind: 'import', bindings, line };
  }
}

/** Every statement of the token list, and the syntax errors of the lines that could not be read. */
export function parseStatements(tokens: Token[]): { statements: Statement[]; errors: KerasImportError[] } {
  const statements: Statement[] = [];
  const errors: KerasImportError[] = [];
  let start = 0;
  while (tokens[start].kind !== 'end') {
    let end = start;
    while (tokens[end].kind !== 'newline' && tokens[end].kind !== 'end') end++;
    try {
      statements.push(...new StatementParser(tokens, start, end).statements());
    } catch (error) {
      if (!(error instanceof KerasSyntaxError)) throw error;
      errors.push(error.error);
    }
    start = tokens[end].kind === 'newline' ? end + 1 : end;
  }
  return { statements, errors };
}
