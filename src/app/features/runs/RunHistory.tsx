import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../../components/Panel';
import { formatInteger, formatLoss, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import type { RunRecord } from '../../store/runHistory';
import { ModelControls } from '../persist/ModelControls';
import { SavedNetworks } from '../persist/SavedNetworks';
import { LiveChangeList } from './LiveChangeList';
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
        <LiveChangeList changes={run.liveChanges} />
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

/** The run on the charts, until it joins the history: what it was started with and what changed live. */
function CurrentRun() {
  const [start, id, recorded, changes, trainingState] = useAppStore(
    useShallow((state) => [
      state.currentRunStart,
      state.currentRunId,
      state.runHistory.some((run) => run.id === state.currentRunId),
      state.liveChanges,
      state.trainingState,
    ] as const),
  );
  if (!start || recorded) return null;
  return (
    <div className="run run--current" data-testid="current-run" style={{ '--run-color': runColor(id) } as CSSProperties}>
      <div className="run__body">
        <span className="run__name">
          Run {id} ({trainingState})
        </span>
        <span className="run__summary">{start.networkSummary}</span>
        <span className="run__summary">{start.settingsSummary}</span>
        <LiveChangeList changes={changes} />
      </div>
    </div>
  );
}

/** This session's runs: the current one, then earlier ones, how they ended, and which to draw over the charts. */
export function RunHistory() {
  const [history, overlaid, toggle, current] = useAppStore(
    useShallow((state) => [state.runHistory, state.overlaidRuns, state.toggleOverlay, state.currentRunStart] as const),
  );
  return (
    <Panel title="Runs" aside={history.length > 0 ? `${history.length} this session` : undefined}>
      {/* The header has no room left at 1280 px; the trained model belongs with the runs. */}
      <ModelControls />
      <SavedNetworks />
      {current ? <CurrentRun /> : null}
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
