// Deciding, while a wire is drawn, whether it may be made, and why not.
import { networkAnalysis } from '../../../core/network/analyze';
import { connect } from '../../../core/network/graph';
import { SHAPE_MISMATCH_CODES } from '../../../core/network/issues';
import { t } from '../../i18n/i18n';
import { describeIssueDetail } from './issueText';
import type { NetworkGraph } from '../../../core/network/types';
import type { LossId } from '../../../core/training/types';

/** The graph with the new wire, or the reason it is refused, in words. */
export type WireCheck = { ok: true; graph: NetworkGraph } | { ok: false; reason: string };

/** Checks a wire from `sourceId`'s output to `targetId`'s input: no loops, no input over the
 * layer's limit, and no shape the target cannot take (when the shapes are already known). */
export function checkWire(graph: NetworkGraph, sourceId: string, targetId: string, loss?: LossId): WireCheck {
  const source = graph.nodes.find((n) => n.id === sourceId);
  const target = graph.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: t('issues:wire.gone') };
  if (target.type === 'input') return { ok: false, reason: t('issues:wire.intoInput') };
  const result = connect(graph, sourceId, targetId);
  if ('error' in result) {
    if (result.error === 'cycle') {
      return {
        ok: false,
        reason: t('issues:wire.loop', { source: source.name, target: target.name }),
      };
    }
    return {
      ok: false,
      reason: t('issues:wire.taken', { target: target.name }),
    };
  }
  if (result.graph === graph) return { ok: true, graph };
  const before = new Set(networkAnalysis(graph, loss).issues.filter((i) => i.nodeId === targetId).map((i) => i.code));
  const mismatch = networkAnalysis(result.graph, loss).issues.find(
    (issue) => issue.nodeId === targetId && SHAPE_MISMATCH_CODES.has(issue.code) && !before.has(issue.code),
  );
  if (mismatch) return { ok: false, reason: t('issues:wireMismatch', { source: source.name, target: target.name, detail: describeIssueDetail(mismatch) }) };
  return { ok: true, graph: result.graph };
}
