import { formatInteger, formatPercent } from '../../components/format';
import type { AppNotice } from '../../store/messages';
import type { BackendReason } from '../../../worker/protocol';
import { backendLabel } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';
import { describeRunChanges } from '../settings/describeSettingChange';
import { measuredReason, measuringReason, rememberedReason, soleReason } from './autoBackendText';
import { describeDocumentEvent } from '../share/shareText';
import { MODEL_NOTICES, SAVES_NOTICES } from '../persist/persistText';

function batches(count: number): string {
  return t('training:notices.batches', { count, n: formatInteger(count) });
}

function epochs(count: number): string {
  return t('training:notices.epochs', { count, n: formatInteger(count) });
}

/** Text with its first letter capitalised. */
function capitalised(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Text ending in a full stop, capitalised. */
function sentence(text: string): string {
  const start = capitalised(text);
  return /[.!?。！？]$/.test(start) ? start : `${start}${t('training:notices.fullStop')}`;
}

/** "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return t('training:notices.and', { first: words.slice(0, -1).join(t('training:notices.listSeparator')), last: words[words.length - 1] });
}

/** Why the run uses its backend, in words: "Auto chose WASM: no hardware GPU was found, ...". */
function backendReasonText(reason: BackendReason, backend: string): string {
  switch (reason.code) {
    case 'chosen':
      return t('training:notices.backendReasons.chosen', { backend });
    case 'failover':
      return t('training:notices.backendReasons.failover', { failed: backendLabel(reason.failed), backend });
    case 'measuring':
      return measuringReason(reason.backends);
    case 'measured':
      return measuredReason(reason.figures, reason.winner, reason.skipped);
    case 'sole':
      return soleReason(reason.winner, reason.skipped);
    case 'remembered':
      return rememberedReason(reason.figures, reason.winner);
    case 'auto': {
      const pick = reason.pick;
      const why = pick.code === 'webgl-hardware'
        ? t('training:notices.autoPicks.webgl-hardware', { renderer: pick.renderer })
        : pick.code === 'wasm-fastest' && pick.convolutions
          ? t('training:notices.autoPicks.wasm-fastest-convolutions')
          : t(`training:notices.autoPicks.${pick.code}` as const);
      const skipped = reason.skipped.length > 0 ? t('training:notices.backendReasons.skipped', { errors: reason.skipped.join('; ') }) : '';
      return t('training:notices.backendReasons.auto', { backend, why, skipped });
    }
  }
}

/** What a notice's words may need from the store besides the notice itself. */
export interface NoticeFacts {
  /** The current run's test accuracy, once evaluated. */
  testAccuracy: number | null;
}

/** Words for a notice (role="status"). */
export function describeNotice(notice: AppNotice, facts: NoticeFacts): string {
  switch (notice.kind) {
    case 'backend': {
      const backend = backendLabel(notice.backend);
      return t('training:notices.usingBecause', { backend, reason: sentence(backendReasonText(notice.reason, backend)) });
    }
    case 'run-ended': {
      const what = joinWords(describeRunChanges(notice.changes));
      const network = notice.changes.some((change) => change.kind === 'network') ? t('training:notices.undoNetwork') : '';
      if (!notice.kept) return `${capitalised(t('training:notices.changedNewRun', { what }))}${network}`;
      return `${t('training:notices.ended', { run: notice.runName, batches: batches(notice.batches), what })}${network}`;
    }
    case 'run-finished': {
      const early = notice.stoppedEarly;
      const counts = { epochs: epochs(notice.epochs), batches: batches(notice.batches) };
      const after = early
        ? t('training:notices.afterEarly', { ...counts, best: formatInteger(early.bestEpoch) })
        : t('training:notices.after', counts);
      return facts.testAccuracy === null
        ? t('training:notices.finished', { after })
        : t('training:notices.finishedAccuracy', { after, accuracy: formatPercent(facts.testAccuracy) });
    }
    case 'document':
      return describeDocumentEvent(notice.event);
    case 'model':
      return notice.event.type === 'downloaded' ? MODEL_NOTICES.downloaded(notice.event.fileName) : MODEL_NOTICES.loaded(notice.event.name, notice.event.batch);
    case 'saves':
      return SAVES_NOTICES[notice.event.type](notice.event.name);
  }
}
