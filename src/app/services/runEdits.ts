// What an edit on the page does to the worker's run: a new data set or a
// failed worker's new backend loads again, an edit the run cannot take on
// ends it, live settings reach the run once typing pauses, and a new network
// clears a finished run.
import { sameArchitecture } from '../../core/network/compare';
import { runChanges } from '../../core/training/runChanges';
import { liveSettings, type LiveSettings } from '../../core/training/settingsTable';
import type { RunSpec } from '../../worker/protocol';
import type { AppStore } from '../store/appStore';
import { findRunBlockers } from '../store/runBlockers';
import type { Store } from '../store/storeTypes';

/** How long settings must stay unchanged before a running worker is told about them. */
const SETTINGS_DEBOUNCE_MS = 200;

/** The commands an edit may send, from the service that owns the worker. */
export interface RunEditHost {
  /** The network and settings the current run was started (or last resumed) with. */
  runSpec(): RunSpec | null;
  /** The run has ended: it has no spec any more. */
  forgetRunSpec(): void;
  /** Loads the chosen data set and starts a backend. */
  initialize(): Promise<void>;
  /** Moves to the chosen backend. */
  changeBackend(): Promise<void>;
  /** Ends the run. */
  reset(): Promise<void>;
  /** Hands live settings to the running or paused run. */
  updateSettings(settings: LiveSettings): Promise<void>;
}

/** Turns each change of the store into what the worker must hear of it. */
export class RunEdits {
  private settingsTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly store: AppStore, private readonly host: RunEditHost) {}

  /** Reacts to one change of the store, from `previous` to `state`. */
  handleStoreChange(state: Store, previous: Store): void {
    const datasetChanged = state.settings.dataset !== previous.settings.dataset;
    if (state.workerStatus !== 'ready') {
      if (datasetChanged && state.workerStatus !== 'starting') {
        void this.host.initialize();
        return;
      }
      if (state.workerStatus === 'failed' && state.settings.backend !== previous.settings.backend) {
        void this.host.initialize();
      }
      return;
    }
    const edited = state.settings !== previous.settings || state.graph !== previous.graph;
    const ended = (edited || state.trainingState !== previous.trainingState) && this.endRunIfRebuilt(state);
    if (datasetChanged) {
      this.handleDatasetChange(state, ended);
      return;
    }
    if (state.settings.backend !== previous.settings.backend) {
      void this.host.changeBackend();
    } else if (!ended && state.settings !== previous.settings) {
      this.scheduleSettingsUpdate();
    }
    if (!ended && state.graph !== previous.graph) this.handleGraphChange(state, previous);
  }

  /** Drops a settings update still waiting. */
  dispose(): void {
    if (this.settingsTimer !== null) clearTimeout(this.settingsTimer);
  }

  /**
   * An edit the running or paused run cannot take on (a new network, or a
   * setting the table marks 'new-run') ends it at once, visibly: a notice
   * says what changed, the run joins the run history, Train starts a new one.
   */
  private endRunIfRebuilt(state: Store): boolean {
    const active = state.trainingState === 'running' || state.trainingState === 'paused';
    const runSpec = this.host.runSpec();
    if (!active || !runSpec) return false;
    const changes = runChanges(runSpec, state);
    if (changes.length === 0) return false;
    this.host.forgetRunSpec();
    state.noteRunEnded(changes);
    void this.host.reset();
    return true;
  }

  /**
   * A run's data set is fixed: a finished run (its evaluation's images and
   * class names belong to the old data set) is cleared too, and the worker
   * loads the new data set; Train waits until it is ready.
   */
  private handleDatasetChange(state: Store, ended: boolean): void {
    if (!ended && state.trainingState !== 'idle') void this.host.reset();
    void this.host.initialize();
  }

  /** After a run has finished, a new network clears it so curves and readouts never mix the two.
   * Moving a node on the canvas changes only positions, so the run is kept. */
  private handleGraphChange(state: Store, previous: Store): void {
    if (sameArchitecture(state.graph, previous.graph)) return;
    if (state.trainingState !== 'idle') void this.host.reset();
  }

  private scheduleSettingsUpdate(): void {
    if (this.settingsTimer !== null) clearTimeout(this.settingsTimer);
    this.settingsTimer = setTimeout(() => {
      this.settingsTimer = null;
      const state = this.store.getState();
      const active = state.trainingState === 'running' || state.trainingState === 'paused';
      if (!active) return;
      if (findRunBlockers(state.graph, state.settings, state.settingsText).length > 0) return;
      void this.host.updateSettings(liveSettings(state.settings));
    }, SETTINGS_DEBOUNCE_MS);
  }
}
