// The structure of a current-version document, checked with valibot: which
// fields exist and what type each has. What the catalogues decide (layer types,
// choices, parameter kinds) is checked afterwards in graphCheck and settingsCheck.
import * as v from 'valibot';
import { documentError, type DocumentError } from './errors';
import { MAX_NAME_LENGTH } from './format';
import { DOCUMENT_SETTING_FIELDS, DOCUMENT_SETTING_KEYS, type SettingFieldKind } from './settingsFields';

const finiteNumber = v.pipe(v.number(), v.finite());

const nodeSchema = v.object({
  id: v.string(),
  type: v.string(),
  name: v.string(),
  params: v.optional(v.unknown()),
  position: v.optional(v.object({ x: finiteNumber, y: finiteNumber })),
});

const edgeSchema = v.object({
  id: v.optional(v.string()),
  source: v.string(),
  target: v.string(),
});

function settingSchema(field: SettingFieldKind) {
  switch (field.kind) {
    case 'choice':
      return v.string();
    case 'number':
      return finiteNumber;
    case 'boolean':
      return v.boolean();
    case 'optimizerParams':
      return v.record(v.string(), finiteNumber);
  }
}

const settingsSchema = v.object(
  Object.fromEntries(DOCUMENT_SETTING_KEYS.map((key) => [key, v.optional(settingSchema(DOCUMENT_SETTING_FIELDS[key]))])),
);

/** A current-version document's structure; unknown fields are dropped (restore warns about them). */
export const documentSchema = v.object({
  name: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH))),
  graph: v.object({ nodes: v.array(nodeSchema), edges: v.array(edgeSchema) }),
  settings: v.optional(settingsSchema),
});

/** A document that has the right structure, before the catalogue checks. */
export type StructuredDocument = v.InferOutput<typeof documentSchema>;

/** One node as the structure check leaves it. */
export type StructuredNode = v.InferOutput<typeof nodeSchema>;

/** One edge as the structure check leaves it. */
export type StructuredEdge = v.InferOutput<typeof edgeSchema>;

/** Words for what a value is, for "should be a number, not text". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  finite: 'a finite number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

/** "graph.nodes[3].params" from valibot's path items. */
export function pathText(keys: readonly unknown[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/** Checks a document's structure: the typed document, or the first problem found. */
export function checkStructure(value: unknown): { structured: StructuredDocument } | { error: DocumentError } {
  const result = v.safeParse(documentSchema, value, { abortEarly: true });
  if (result.success) return { structured: result.output };
  const issue = result.issues[0];
  const path = pathText((issue.path ?? []).map((item) => item.key));
  if (issue.type === 'max_length') return { error: documentError('too-long', { max: `${MAX_NAME_LENGTH} characters` }, path) };
  if (issue.received === 'undefined') return { error: documentError('missing-field', {}, path) };
  const expected = EXPECTED[issue.type] ?? issue.expected ?? 'something else';
  return { error: documentError('wrong-type', { expected, received: kindOf(issue.input) }, path) };
}
