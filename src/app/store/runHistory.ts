import { networkAnalysis } from '../../core/network/analyze';
import { findPreset } from '../../core/network/presets';
import type { NetworkGraph } from '../../core/network/types';
import type { TrainingSettings } from '../../core/training/types';
import type { EpochPoint } from '../../worker/protocol';
import { evenlyPick } from './boundedSeries';
import { curveForChart, type CurvePoint } from './curves';
import type { EvaluationView } from './learningData';
import { selectTestAccuracy, selectTrainLoss, selectValAccuracy } from './selectors';
import type { LiveChangeMark, RunData, TrainingData, WorkerStreamEvent } from './trainingData';

/** Most points an earlier run keeps per curve: overlays stay cheap to draw. */
export const MAX_RECORD_POINTS = 300;
/** Earlier runs kept for the session; the oldest give way. */
export const MAX_RUNS = 20;

/** What a run was started with, captured when its first batch is reported. */
export interface RunStart {
  settings: TrainingSettings;
  network: NetworkFacts;
}

/** What a run summary says about the network; the words are made when shown (features/runs/runSummary.ts). */
export interface NetworkFacts {
  presetId: string | null;
  layers: number;
  params: number;
}

/** A finished (or reset) run of this session: a snapshot that outlives the run's own data. */
export interface RunRecord extends RunStart {
  id: number;
  /** "Run 1", "Run 2", ... */
  name: string;
  ended: 'done' | 'reset';
  /** Smoothed training curve, at most MAX_RECORD_POINTS points. */
  curve: CurvePoint[];
  epochPoints: EpochPoint[];
  batches: number;
  epochs: number;
  trainLoss: number | null;
  valAccuracy: number | null;
  testAccuracy: number | null;
  /** Live settings changed during the run, with the batch each took effect after. */
  liveChanges: LiveChangeMark[];
}

export interface RunHistoryData {
  /** Id of the run now on the charts. */
  currentRunId: number;
  currentRunStart: RunStart | null;
  runHistory: RunRecord[];
  /** Ids of earlier runs drawn over the charts. */
  overlaidRuns: number[];
}

export const INITIAL_RUN_HISTORY: RunHistoryData = {
  currentRunId: 1,
  currentRunStart: null,
  runHistory: [],
  overlaidRuns: [],
};

/** The network's facts a run summary names: its preset (null: edited), layers and trainable parameters. */
export function networkFacts(graph: NetworkGraph, presetId: string | null, settings: TrainingSettings): NetworkFacts {
  return {
    presetId: presetId && findPreset(presetId) ? presetId : null,
    layers: graph.nodes.filter((node) => node.type !== 'input').length,
    params: networkAnalysis(graph, settings.loss).trainableParams,
  };
}

/** A run's data and its latest evaluation. */
type EndedRun = RunData & { evaluation: EvaluationView | null };

/** The current run as a history record. */
export function recordOfRun(id: number, start: RunStart, run: EndedRun, ended: RunRecord['ended']): RunRecord {
  return {
    ...start,
    id,
    name: `Run ${id}`,
    ended,
    curve: evenlyPick(curveForChart(run.batchCurve), MAX_RECORD_POINTS),
    epochPoints: evenlyPick(run.epochPoints, MAX_RECORD_POINTS),
    batches: run.batch,
    epochs: run.epoch,
    trainLoss: selectTrainLoss(run),
    valAccuracy: selectValAccuracy(run),
    testAccuracy: selectTestAccuracy(run),
    liveChanges: run.liveChanges,
  };
}

/** Adds a record, or replaces the one with the same id; keeps the newest MAX_RUNS. */
export function upsertRun(history: readonly RunRecord[], record: RunRecord): RunRecord[] {
  const next = history.some((run) => run.id === record.id)
    ? history.map((run) => (run.id === record.id ? record : run))
    : [...history, record];
  return next.length > MAX_RUNS ? next.slice(next.length - MAX_RUNS) : next;
}

/** What the run history needs from the store. */
export interface RunHistoryInput extends TrainingData, RunHistoryData {
  evaluation: EvaluationView | null;
  graph: NetworkGraph;
  presetId: string | null;
  settings: TrainingSettings;
}

/**
 * How one worker event changes the run history. A run is recorded when it is
 * done (updated if evaluated again) and when it is cleared by 'run-reset'
 * after at least one batch; the next run then gets a new id.
 */
export function reduceRunHistory(state: RunHistoryInput, event: WorkerStreamEvent): Partial<RunHistoryData> {
  const start = state.currentRunStart;
  switch (event.type) {
    case 'progress':
      if (start) return {};
      return {
        currentRunStart: {
          settings: state.settings,
          network: networkFacts(state.graph, state.presetId, state.settings),
        },
      };

    case 'state':
      if (event.state !== 'done' || !start) return {};
      return { runHistory: upsertRun(state.runHistory, recordOfRun(state.currentRunId, start, state, 'done')) };

    case 'evaluation': {
      const recorded = state.runHistory.some((run) => run.id === state.currentRunId);
      if (!start || !recorded || state.trainingState !== 'done') return {};
      const run = { ...state, evaluation: event.evaluation };
      return { runHistory: upsertRun(state.runHistory, recordOfRun(state.currentRunId, start, run, 'done')) };
    }

    case 'run-reset': {
      if (!start || state.batch === 0) return { currentRunStart: null };
      const done = state.runHistory.find((run) => run.id === state.currentRunId);
      const record = done ?? recordOfRun(state.currentRunId, start, state, 'reset');
      const runHistory = upsertRun(state.runHistory, record);
      return { runHistory, currentRunId: state.currentRunId + 1, currentRunStart: null };
    }

    default:
      return {};
  }
}
