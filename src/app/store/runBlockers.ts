import { networkAnalysis, type NetworkAnalysis } from '../../core/network/analyze';
import type { Issue } from '../../core/network/issues';
import { checkMemory, estimateTrainingMemory, type MemoryOverrun } from '../../core/network/memoryEstimate';
import { describeIssue } from '../features/builder/issueText';
import type { NetworkGraph } from '../../core/network/types';
import { OPTIMIZERS } from '../../core/training/optimizers';
import { memoryOverrunText } from '../features/training/faultText';
import { deviceMemoryBudget } from './deviceMemory';
import type { TrainingSettings } from '../../core/training/types';
import type { NumericSettingKey } from './numericSettings';
import { describeSettingProblem, findSettingProblems, type SettingProblem } from './settingsProblems';

/** A reason Train and Step are disabled: a network issue, a setting problem, or a network too large for this device. */
export type RunBlocker =
  | { kind: 'network'; issue: Issue }
  | { kind: 'setting'; problem: SettingProblem }
  | { kind: 'memory'; overrun: MemoryOverrun };

/** Everything that stops a run, network issues first; the memory check needs every shape and a valid batch size. */
export function findRunBlockers(
  graph: NetworkGraph,
  settings: TrainingSettings,
  settingsText: Partial<Record<NumericSettingKey, string>>,
  analysis: NetworkAnalysis = networkAnalysis(graph, settings.loss),
  budgetBytes: number = deviceMemoryBudget(),
): RunBlocker[] {
  const problems = findSettingProblems(settings, settingsText);
  const blockers: RunBlocker[] = [
    ...analysis.issues.map((issue): RunBlocker => ({ kind: 'network', issue })),
    ...problems.map((problem): RunBlocker => ({ kind: 'setting', problem })),
  ];
  const slots = OPTIMIZERS[settings.optimizer]?.slots;
  if (slots === undefined || problems.some((problem) => problem.field === 'batchSize')) return blockers;
  const estimate = estimateTrainingMemory(graph, analysis, slots, settings.batchSize);
  const overrun = estimate.complete ? checkMemory(estimate, budgetBytes) : null;
  return overrun ? [...blockers, { kind: 'memory', overrun }] : blockers;
}

/** English words for a blocker. */
export function describeRunBlocker(blocker: RunBlocker, graph: NetworkGraph): string {
  switch (blocker.kind) {
    case 'network':
      return describeIssue(blocker.issue, graph);
    case 'setting':
      return describeSettingProblem(blocker.problem);
    case 'memory':
      return memoryOverrunText(blocker.overrun);
  }
}
