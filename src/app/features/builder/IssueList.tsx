import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../components/format';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import type { Issue } from '../../../core/network/issues';
import { describeIssueDetail } from './issueText';
import { useAppStore } from '../../store/appStore';

/** A button that selects a layer on the canvas and moves keyboard focus to it. */
export function GoToLayerButton({ nodeId }: { nodeId: string }) {
  const name = useAppStore((state) => state.graph.nodes.find((n) => n.id === nodeId)?.name ?? nodeId);
  const revealNode = useAppStore((state) => state.revealNode);
  const { t } = useTranslation('builder');
  return (
    <button type="button" className="go-to-layer" aria-label={t('issues.goTo', { name })} onClick={() => revealNode(nodeId)}>
      {name}
    </button>
  );
}

/** An issue in words, its layer's name a button that goes to the layer: "[conv2d_1] needs ...".
 * Network-wide issues are plain text. Usable in any list of issues (the page's alert too). */
export function IssueText({ issue }: { issue: Issue }) {
  useTranslation();
  if (issue.nodeId === undefined) return <>{describeIssueDetail(issue)}</>;
  return (
    <>
      <GoToLayerButton nodeId={issue.nodeId} /> {describeIssueDetail(issue)}
    </>
  );
}

/** What stops the network from training, each problem linked to its layer; or that it is ready. */
export function IssueList({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation('builder');
  if (analysis.issues.length === 0) {
    return <p className="issue-list issue-list--ok">{t('issues.ok')}</p>;
  }
  return (
    <div className="issue-list">
      <p className="issue-list__title">
        {t('issues.count', { count: analysis.issues.length, n: formatInteger(analysis.issues.length) })}
      </p>
      <ul className="issue-list__items">
        {analysis.issues.map((issue, index) => (
          <li key={`${issue.code}:${issue.nodeId ?? ''}:${index}`}>
            <IssueText issue={issue} />
          </li>
        ))}
      </ul>
    </div>
  );
}
