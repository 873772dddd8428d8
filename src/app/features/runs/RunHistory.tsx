import { useTranslation } from 'react-i18next';
import { t as translate } from '../../i18n/i18n';
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
import { summarizeNetwork, summarizeSettings } from './runSummary';
import './runs.css';

const percentOrDash = (value: number | null) => (value === null ? '—' : formatPercent(value));

function RunRow({ run, overlaid, onToggle }: { run: RunRecord; overlaid: boolean; onToggle: () => void }) {
  const checkboxId = `run-overlay-${run.id}`;
  return (
    <li className="run" data-testid="run-record" style={{ '--run-color': runColor(run.id) } as CSSProperties}>
      <input id={checkboxId} type="checkbox" checked={overlaid} onChange={onToggle} className="run__check" />
      <div className="run__body">
        <label htmlFor={checkboxId} className="run__name">
          {translate('runs:show', { name: translate('runs:runName', { id: run.id }) })}
        </label>
        <span className="run__summary">{summarizeNetwork(run.network)}</span>
        <span className="run__summary">{summarizeSettings(run.settings)}</span>
        <LiveChangeList changes={run.liveChanges} />
      </div>
      <dl className="run__metrics">
        <div>
          <dt>{translate('runs:testAccuracy')}</dt>
          <dd>{percentOrDash(run.testAccuracy)}</dd>
        </div>
        <div>
          <dt>{translate('runs:valAccuracy')}</dt>
          <dd>{percentOrDash(run.valAccuracy)}</dd>
        </div>
        <div>
          <dt>{translate('runs:trainLoss')}</dt>
          <dd>{run.trainLoss === null ? '—' : formatLoss(run.trainLoss)}</dd>
        </div>
        <div>
          <dt>{translate('runs:batches')}</dt>
          <dd>
            {formatInteger(run.batches)}
            {run.ended === 'reset' ? translate('runs:stopped') : ''}
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
          {translate('runs:current', { name: translate('runs:runName', { id }), state: translate(`training:states.${trainingState}` as const) })}
        </span>
        <span className="run__summary">{summarizeNetwork(start.network)}</span>
        <span className="run__summary">{summarizeSettings(start.settings)}</span>
        <LiveChangeList changes={changes} />
      </div>
    </div>
  );
}

/** This session's runs: the current one, then earlier ones, how they ended, and which to draw over the charts. */
export function RunHistory() {
  const { t } = useTranslation('runs');
  const [history, overlaid, toggle, current] = useAppStore(
    useShallow((state) => [state.runHistory, state.overlaidRuns, state.toggleOverlay, state.currentRunStart] as const),
  );
  return (
    <Panel title={t('title')} aside={history.length > 0 ? t('thisSession', { count: history.length }) : undefined}>
      {/* The header has no room left at 1280 px; the trained model belongs with the runs. */}
      <ModelControls />
      <SavedNetworks />
      {current ? <CurrentRun /> : null}
      {history.length === 0 ? (
        <p className="panel-note">
          {t('empty')}
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
