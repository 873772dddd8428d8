// Fields a document carries that this version does not know. They are dropped
// with a warning, so a hand-edited file with a typo says what was ignored.
import type { DocumentWarning } from './errors';
import { MAX_NAME_LENGTH } from './format';
import { isJsonObject, type JsonObject } from './migrate';
import { DOCUMENT_SETTING_KEYS } from './settingsFields';

const TOP_FIELDS = ['format', 'version', 'name', 'graph', 'settings'];
const GRAPH_FIELDS = ['nodes', 'edges'];
const NODE_FIELDS = ['id', 'type', 'name', 'params', 'position'];
const EDGE_FIELDS = ['id', 'source', 'target'];
const POSITION_FIELDS = ['x', 'y'];

function unknownIn(value: unknown, known: readonly string[], path: string, into: DocumentWarning[]): void {
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const shownKey = key.slice(0, MAX_NAME_LENGTH);
    into.push({ code: 'unknown-field-ignored', path: path ? `${path}.${shownKey}` : shownKey, params: {} });
  }
}

function eachItem(list: unknown, visit: (item: unknown, path: string) => void, path: string): void {
  if (Array.isArray(list)) list.forEach((item, index) => visit(item, `${path}[${index}]`));
}

/** A warning for every field the current version does not know (layer parameters are checked with the catalogue). */
export function unknownFieldWarnings(value: JsonObject): DocumentWarning[] {
  const warnings: DocumentWarning[] = [];
  unknownIn(value, TOP_FIELDS, '', warnings);
  unknownIn(value.settings, DOCUMENT_SETTING_KEYS, 'settings', warnings);
  const graph = value.graph;
  unknownIn(graph, GRAPH_FIELDS, 'graph', warnings);
  if (!isJsonObject(graph)) return warnings;
  eachItem(graph.nodes, (node, path) => {
    unknownIn(node, NODE_FIELDS, path, warnings);
    if (isJsonObject(node)) unknownIn(node.position, POSITION_FIELDS, `${path}.position`, warnings);
  }, 'graph.nodes');
  eachItem(graph.edges, (edge, path) => unknownIn(edge, EDGE_FIELDS, path, warnings), 'graph.edges');
  return warnings;
}
