import type { NetworkAnalysis } from '../../../core/network/analyze';
import type { Issue } from '../../../core/network/issues';
import { describeIssueDetail } from './issueText';
import { useAppStore } from '../../store/appStore';

/** A button that selects a layer on the canvas and moves keyboard focus to it. */
export function GoToLayerButton({ nodeId }: { nodeId: string }) {
  const name = useAppStore((state) => state.graph.nodes.find((n) => n.id === nodeId)?.name ?? nodeId);
  const revealNode = useAppStore((state) => state.revealNode);
  return (
    <button type="button" className="go-to-layer" aria-label={`Go to ${name}`} onClick={() => revealNode(nodeId)}>
      {name}
    </button>
  );
}

/** An issue in words, its layer's name a button that goes to the layer: "[conv2d_1] needs ...".
 * Network-wide issues are plain text. Usable in any list of issues (the page's alert too). */
export function IssueText({ issue }: { issue: Issue }) {
  if (issue.nodeId === undefined) return <>{describeIssueDetail(issue)}</>;
  return (
    <>
      <GoToLayerButton nodeId={issue.nodeId} /> {describeIssueDetail(issue)}
    </>
  );
}

/** What stops the network from training, each problem linked to its layer; or that it is ready. */
export function IssueList({ analysis }: { analysis: NetworkAnalysis }) {
  if (analysis.issues.length === 0) {
    return <p className="issue-list issue-list--ok">No problems in the network: it can be trained.</p>;
  }
  return (
    <div className="issue-list">
      <p className="issue-list__title">
        {analysis.issues.length === 1 ? '1 problem' : `${analysis.issues.length} problems`} to fix before training:
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
