// Keras export and import on a store: the panel calls these, and the tests
// drive the very same functions.
import type { KerasImportError } from '../../../core/keras/errors';
import { fromKerasScript } from '../../../core/keras/fromKerasScript';
import { kerasFileName, toKerasScript } from '../../../core/keras/toKerasScript';
import { analyzeNetwork } from '../../../core/network/analyze';
import type { AppStore } from '../../store/appStore';
import { autoLayout } from '../builder/autoLayout';

/** What an import did: replaced the network (with counts for the notice) or changed nothing. */
export type KerasImportOutcome =
  | { kind: 'imported'; layers: number; parameters: number; problems: number }
  | { kind: 'failed'; errors: KerasImportError[] };

/** The current network and settings as a script, with the file name to save it under. */
export function exportKerasCommand(store: AppStore): { fileName: string; script: string } {
  const { graph, settings, presetId } = store.getState();
  const fileName = kerasFileName(presetId);
  return { fileName, script: toKerasScript(graph, settings, fileName) };
}

/** Reads Keras code; a good import replaces the network as one Undo step, a bad one changes nothing. */
export function importKerasCommand(store: AppStore, code: string): KerasImportOutcome {
  const result = fromKerasScript(code);
  if ('errors' in result) return { kind: 'failed', errors: result.errors };
  const graph = autoLayout(result.graph);
  const { replaceGraph, settings } = store.getState();
  replaceGraph(graph, { select: null });
  const analysis = analyzeNetwork(graph, settings.loss);
  return { kind: 'imported', layers: graph.nodes.length, parameters: analysis.trainableParams, problems: analysis.issues.length };
}
