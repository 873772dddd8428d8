// Network problems in words: core reports codes and parameters, the issues namespace has the words.
import type { Issue } from '../../../core/network/issues';
import type { NetworkGraph } from '../../../core/network/types';
import { formatInteger, formatNumber } from '../../components/format';
import { t, type TextParams } from '../../i18n/i18n';

/** Issue parameters as text: whole numbers with separators (70,381,578), others as they are. */
export function formatParams(params: Record<string, string | number> | undefined): TextParams {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => [
      key,
      typeof value === 'number' ? (Number.isInteger(value) ? formatInteger(value) : formatNumber(value, 6)) : value,
    ]),
  );
}

/** Words for an issue without the layer's name: "has no input; connect a layer to it." */
export function describeIssueDetail(issue: Issue): string {
  return t(`issues:codes.${issue.code}` as const, formatParams(issue.params));
}

/** Words for an issue, naming the layer when it has one. */
export function describeIssue(issue: Issue, graph?: NetworkGraph): string {
  const detail = describeIssueDetail(issue);
  if (issue.nodeId === undefined) return detail;
  const node = graph?.nodes.find((n) => n.id === issue.nodeId);
  return t('issues:layer', { name: node ? node.name : issue.nodeId, detail });
}
