import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../../components/Panel';
import { formatInteger, formatLoss, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import type { RunRecord } from '../../store/runHistory';
import { runColor } from './runColors';
import './runs.css';

const percentOrDash = (value: number | null) => (value === null ? '—' : formatPercent(value));

function RunRow({ run, overlaid, onToggle }: { run: RunRecord; overlaid: boolean; onToggle: () => void }) {
  const checkboxId = `run-overlay-${run.id}`;
  return (
    <li className="run" data-testid="run-record" style={{ '--run-color': runColor(run.id) } as CSSProperties}>
      <input id={checkboxId} type="checkbox" checked={overlaid} onChange={onToggle} className="run__check" />
      <div className="run__body">
        <label htmlFor={checkboxId} className="run__name">
          Show {run.name} on the charts
        </label>
        <span className="run__summary">{run.networkSummary}</span>
        <span className="run__summary">{run.settingsSummary}</span>
      </div>
      <dl className="run__metrics">
        <div>
          <dt>Test acc.</dt>
          <dd>{percentOrDash(run.testAccuracy)}</dd>
        </div>
        <div>
          <dt>Val acc.</dt>
          <dd>{percentOrDash(run.valAccuracy)}</dd>
        </div>
        <div>
          <dt>Train loss</dt>
          <dd>{run.trainLoss === null ? '—' : formatLoss(run.trainLoss)}</dd>
        </div>
        <div>
          <dt>Batches</dt>
          <dd>
            {formatInteger(run.batches)}
            {run.ended === 'reset' ? ' (stopped)' : ''}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** This session's earlier runs: what they were, how they ended, and which to draw over the charts. */
export function RunHistory() {
  const [history, overlaid, toggle] = useAppStore(useShallow((state) => [state.runHistory, state.overlaidRuns, state.toggleOverlay] as const));
  return (
    <Panel title="Runs" aside={history.length > 0 ? `${history.length} this session` : undefined}>
      {history.length === 0 ? (
        <p className="panel-note">
          Each finished or reset run is kept here for this session, so you can draw it over the loss and accuracy charts and
          compare optimizers or learning rates side by side.
        </p>
      ) : (
        <ol className="runs" data-testid="run-history">
          {[...history].reverse().map((run) => (
            <RunRow key={run.id} run={run} overlaid={overlaid.includes(run.id)} onToggle={() => toggle(run.id)} />
          ))}
        </ol>
      )}
    </Panel>
  );
}
