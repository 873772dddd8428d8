// The one door every document comes in through: a file, a link, local storage.
// It parses, checks the format and version, migrates, checks the structure and
// the catalogue rules, fills defaults, and answers with the document or a coded
// error. It never throws, and nothing it returns is ever treated as markup or code.
import { documentError, type DocumentError, type DocumentWarning } from './errors';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, MAX_DOCUMENT_CHARS, MAX_LAYERS, MAX_WIRES, type NetworkDocument } from './format';
import { checkGraph } from './graphCheck';
import { OLDEST_VERSION, isJsonObject, migrate, type JsonObject } from './migrate';
import { checkStructure, kindOf } from './schema';
import { checkSettings } from './settingsCheck';
import { unknownFieldWarnings } from './unknownFields';

/** What restore answers: the document with what was changed in it, or why it was refused. */
export type RestoreResult =
  | { ok: true; document: NetworkDocument; warnings: DocumentWarning[] }
  | { ok: false; error: DocumentError };

/** Most warnings reported for one document; the rest are dropped. */
export const MAX_WARNINGS = 20;

const refuse = (error: DocumentError): RestoreResult => ({ ok: false, error });

/** JSON text parsed (with a size limit), or a value that already is parsed JSON. */
function parse(input: unknown): { value: unknown } | { error: DocumentError } {
  if (typeof input !== 'string') return { value: input };
  if (input.length > MAX_DOCUMENT_CHARS) return { error: documentError('too-large', { size: input.length, max: MAX_DOCUMENT_CHARS }) };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'unreadable';
    return { error: documentError('not-json', { detail }) };
  }
}

/** A short, plain rendering of a value found where something else was expected. */
function shown(value: unknown): string {
  if (value === undefined) return 'no format';
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : kindOf(value);
}

/** The version of a document object, migrated up to the current one, or why it cannot be. */
function upToDate(value: unknown, warnings: DocumentWarning[]): { migrated: JsonObject } | { error: DocumentError } {
  if (!isJsonObject(value)) return { error: documentError('not-a-document', { found: kindOf(value) }) };
  if (value.format !== DOCUMENT_FORMAT) return { error: documentError('not-a-document', { found: shown(value.format) }, 'format') };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return { error: documentError('unsupported-version', { version: shown(version) }, 'version') };
  }
  if (version > DOCUMENT_VERSION) {
    return { error: documentError('newer-version', { version, newest: DOCUMENT_VERSION }, 'version') };
  }
  if (version < DOCUMENT_VERSION) warnings.push({ code: 'migrated', params: { from: version, to: DOCUMENT_VERSION } });
  return { migrated: migrate(value, version, DOCUMENT_VERSION) };
}

/** Refuses graphs too big to check quickly, before anything walks them. */
function sizeError(migrated: JsonObject): DocumentError | null {
  const graph = isJsonObject(migrated.graph) ? migrated.graph : {};
  const { nodes, edges } = graph;
  if (Array.isArray(nodes) && nodes.length > MAX_LAYERS) {
    return documentError('too-many-layers', { count: nodes.length, max: MAX_LAYERS }, 'graph.nodes');
  }
  if (Array.isArray(edges) && edges.length > MAX_WIRES) {
    return documentError('too-many-wires', { count: edges.length, max: MAX_WIRES }, 'graph.edges');
  }
  return null;
}

/** Reads a document from JSON text or a parsed value; every load goes through here. */
export function restoreDocument(input: unknown): RestoreResult {
  const parsed = parse(input);
  if ('error' in parsed) return refuse(parsed.error);
  const warnings: DocumentWarning[] = [];
  const current = upToDate(parsed.value, warnings);
  if ('error' in current) return refuse(current.error);
  const tooBig = sizeError(current.migrated);
  if (tooBig) return refuse(tooBig);
  const checked = checkStructure(current.migrated);
  if ('error' in checked) return refuse(checked.error);
  warnings.push(...unknownFieldWarnings(current.migrated));
  const graph = checkGraph(checked.structured.graph.nodes, checked.structured.graph.edges, warnings);
  if ('error' in graph) return refuse(graph.error);
  const settings = checkSettings(checked.structured.settings, warnings);
  if ('error' in settings) return refuse(settings.error);
  const restored: NetworkDocument = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: checked.structured.name ?? '',
    graph: graph.value,
    settings: settings.value,
  };
  return { ok: true, document: restored, warnings: warnings.slice(0, MAX_WARNINGS) };
}
