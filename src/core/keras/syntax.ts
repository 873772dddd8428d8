// The syntax tree the parser builds: the part of Python that Keras model code
// uses, with everything else kept as `other` so that it can be skipped.

/** An expression. `line` is where it starts. */
export type Expr =
  | { kind: 'name'; id: string; line: number }
  | { kind: 'number'; value: number; int: boolean; line: number }
  | { kind: 'string'; value: string; line: number }
  | { kind: 'constant'; value: boolean | null; line: number }
  | { kind: 'sequence'; items: Expr[]; tuple: boolean; line: number }
  | { kind: 'attribute'; object: Expr; name: string; line: number }
  | { kind: 'call'; callee: Expr; args: Argument[]; line: number }
  | { kind: 'unary'; op: string; operand: Expr; line: number }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; line: number }
  /** Subscripts, comprehensions, lambdas, dicts, f-strings and the like: read, not evaluated. */
  | { kind: 'other'; line: number };

/** One argument of a call: positional, keyword (`name`), or unpacked (`*args`, `**kwargs`). */
export interface Argument {
  keyword?: string;
  star?: '*' | '**';
  value: Expr;
  line: number;
}

/** A statement the importer reads. Control flow is flattened: bodies are read in order. */
export type Statement =
  | { kind: 'assign'; targets: Expr[]; value: Expr; line: number }
  | { kind: 'expression'; expr: Expr; line: number }
  | { kind: 'import'; bindings: { name: string; path: string[] }[]; line: number };
