import { networkAnalysis, type NetworkAnalysis } from '../../core/network/analyze';
import type { Issue } from '../../core/network/issues';
import { describeIssue } from '../features/builder/issueText';
import type { NetworkGraph } from '../../core/network/types';
import type { TrainingSettings } from '../../core/training/types';
import type { NumericSettingKey } from './numericSettings';
import { describeSettingProblem, findSettingProblems, type SettingProblem } from './settingsProblems';

/** A reason Train and Step are disabled: a network issue or a setting problem. */
export type RunBlocker = { kind: 'network'; issue: Issue } | { kind: 'setting'; problem: SettingProblem };

/** Everything that stops a run, network issues first. */
export function findRunBlockers(
  graph: NetworkGraph,
  settings: TrainingSettings,
  settingsText: Partial<Record<NumericSettingKey, string>>,
  analysis: NetworkAnalysis = networkAnalysis(graph, settings.loss),
): RunBlocker[] {
  return [
    ...analysis.issues.map((issue): RunBlocker => ({ kind: 'network', issue })),
    ...findSettingProblems(settings, settingsText).map((problem): RunBlocker => ({ kind: 'setting', problem })),
  ];
}

/** English words for a blocker. */
export function describeRunBlocker(blocker: RunBlocker, graph: NetworkGraph): string {
  return blocker.kind === 'network' ? describeIssue(blocker.issue, graph) : describeSettingProblem(blocker.problem);
}
