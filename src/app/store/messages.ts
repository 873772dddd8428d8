import type { RunChange } from '../../core/training/runChanges';
import type { DocumentError } from '../../core/document/errors';
import type { DocumentSource } from '../../core/document/format';
import type { ModelFileError } from '../../core/checkpoint/modelFile';
import type { BackendName } from '../../core/training/types';
import type { BackendFaultEvent, BackendReason, DivergedEvent, WorkerError } from '../../worker/protocol';

/** Most alerts kept at once; older ones give way. */
export const MAX_ALERTS = 5;

/** Errors a person must see. Stored as data; `describeAlert` turns them into words. */
export type AlertContent =
  | { kind: 'worker-error'; error: WorkerError; request?: string }
  | { kind: 'worker-crashed'; message: string }
  | ({ kind: 'diverged' } & DivergedEvent)
  | ({ kind: 'backend-fault' } & BackendFaultEvent)
  | { kind: 'document-rejected'; source: DocumentSource; error: DocumentError; fileName?: string }
  /** The worker died or stopped answering and a new one took over, from the checkpoint at `batch` (null: none yet). */
  | { kind: 'worker-restarted'; cause: string; batch: number | null }
  /** The work saved in this browser could not be read; it was kept under `keptAs` and the app started from a usable network. */
  | { kind: 'saved-work-set-aside'; keptAs: string; reason: string }
  /** A model file (Load model, a named save) was refused. */
  | { kind: 'model-rejected'; fileName: string; error: ModelFileError }
  /** The browser's storage refused to save or delete the named save `name`. */
  | { kind: 'saves-failed'; action: 'save' | 'delete'; name: string };

export type AppAlert = AlertContent & { id: number };

/** Calm status messages (role="status"); one per kind at a time. */
export type AppNotice =
  | { kind: 'backend'; backend: BackendName; reason: BackendReason }
  /** The run trained all its epochs; its test accuracy is read from the evaluation when shown. */
  | { kind: 'run-finished'; epochs: number; batches: number; stoppedEarly?: { bestEpoch: number; bestValLoss: number } }
  /** An edit that needs a new run ended the current one; `kept` when it trained and so joined the run history. */
  | { kind: 'run-ended'; runName: string; batches: number; kept: boolean; changes: RunChange[] }
  | { kind: 'document'; event: DocumentEvent }
  /** A trained model was downloaded, or loaded from a file and paused at `batch`. */
  | { kind: 'model'; event: { type: 'downloaded'; fileName: string } | { type: 'loaded'; name: string; batch: number } }
  /** A named save was made (`replaced` one of the same name) or deleted. */
  | { kind: 'saves'; event: { type: 'saved' | 'replaced' | 'deleted'; name: string } };

/** News about sharing and saving: a link copied or shown, a document opened or exported. */
export type DocumentEvent =
  | { type: 'link-copied' }
  | { type: 'link-shown' }
  | { type: 'opened'; source: DocumentSource; name: string; ignoredFields: number; migrated: boolean }
  | { type: 'exported'; fileName: string };

export type NoticeKind = AppNotice['kind'];

/** Replaces the notice of the same kind (or adds it). */
export function upsertNotice(notices: readonly AppNotice[], notice: AppNotice): AppNotice[] {
  return [...notices.filter((existing) => existing.kind !== notice.kind), notice];
}

export function removeNotice(notices: readonly AppNotice[], kind: NoticeKind): AppNotice[] {
  return notices.filter((existing) => existing.kind !== kind);
}

/** Adds an alert, keeping the newest MAX_ALERTS; a new divergence replaces an old one. */
export function addAlert(alerts: readonly AppAlert[], alert: AppAlert): AppAlert[] {
  const kept = alert.kind === 'diverged' ? alerts.filter((a) => a.kind !== 'diverged') : alerts;
  const next = [...kept, alert];
  return next.length > MAX_ALERTS ? next.slice(next.length - MAX_ALERTS) : next;
}
