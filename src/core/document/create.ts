// The document of the network and settings being worked on: what a file, a
// link and (later) autosave write.
import type { NetworkGraph, ParamValue } from '../network/types';
import type { TrainingSettings } from '../training/types';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type DocumentSettings, type NetworkDocument } from './format';
import { DOCUMENT_SETTING_KEYS } from './settingsFields';

/** A number as JSON keeps it: -0 becomes 0 (JSON has no negative zero). */
const plain = (value: number): number => (value === 0 ? 0 : value);

function copyParam(value: ParamValue): ParamValue {
  if (Array.isArray(value)) return value.map(plain);
  return typeof value === 'number' ? plain(value) : value;
}

/** The settings a document keeps: every document setting, the backend left out. */
export function documentSettingsOf(settings: TrainingSettings | DocumentSettings): DocumentSettings {
  const kept: Record<string, unknown> = {};
  for (const key of DOCUMENT_SETTING_KEYS) {
    const value = settings[key];
    kept[key] = typeof value === 'number' ? plain(value) : value;
  }
  const optimizerParams: Record<string, number> = {};
  for (const [key, value] of Object.entries(settings.optimizerParams)) optimizerParams[key] = plain(value);
  return { ...(kept as unknown as DocumentSettings), optimizerParams };
}

/** A document of a network and its settings. Positions are kept to the whole pixel. */
export function createDocument(
  graph: NetworkGraph,
  settings: TrainingSettings | DocumentSettings,
  name = '',
): NetworkDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name,
    graph: {
      nodes: graph.nodes.map((node) => ({
        id: node.id,
        type: node.type,
        name: node.name,
        params: Object.fromEntries(Object.entries(node.params).map(([key, value]) => [key, copyParam(value)])),
        position: { x: plain(Math.round(node.position.x)), y: plain(Math.round(node.position.y)) },
      })),
      edges: graph.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    },
    settings: documentSettingsOf(settings),
  };
}
