// What separates a run from the network and settings on screen: the edits
// that need a new run (settingsTable.ts), found by comparing the two.
import { sameArchitecture } from '../network/compare';
import type { NetworkGraph } from '../network/types';
import { NEW_RUN_SETTING_KEYS, type NewRunSettingKey } from './settingsTable';
import type { TrainingSettings } from './types';

/** One edit that the current run cannot take on: a new network, or a setting the run is built from. */
export type RunChange =
  | { kind: 'network' }
  | { kind: 'setting'; key: NewRunSettingKey; from: TrainingSettings[NewRunSettingKey]; to: TrainingSettings[NewRunSettingKey] };

/** A network and the settings it trains with. */
export interface RunInputs {
  graph: NetworkGraph;
  settings: TrainingSettings;
}

/** The edits from `run` (what a run was built from) to `now` that need a new run; empty when the run can go on. */
export function runChanges(run: RunInputs, now: RunInputs): RunChange[] {
  const changes: RunChange[] = sameArchitecture(run.graph, now.graph) ? [] : [{ kind: 'network' }];
  for (const key of NEW_RUN_SETTING_KEYS) {
    const from = run.settings[key];
    const to = now.settings[key];
    if (from !== to && JSON.stringify(from) !== JSON.stringify(to)) changes.push({ kind: 'setting', key, from, to });
  }
  return changes;
}
