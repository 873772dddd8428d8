import { formatInteger, formatPercent } from '../../components/format';
import type { AppNotice } from '../../store/messages';
import { BACKEND_LABELS } from '../../../core/training/backends';
import { describeRunChanges } from '../settings/describeSettingChange';
import { describeDocumentEvent } from '../share/shareText';
import { MODEL_NOTICES, SAVES_NOTICES } from '../persist/persistText';

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Text ending in a full stop, capitalised. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** "a, b and c". */
function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
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
      const label = BACKEND_LABELS[notice.backend];
      return notice.reason ? `Using ${label}. ${sentence(notice.reason)}` : `Using ${label}.`;
    }
    case 'run-ended': {
      const what = joinWords(describeRunChanges(notice.changes));
      const network = notice.changes.some((change) => change.kind === 'network') ? ' Undo brings the previous network back.' : '';
      if (!notice.kept) return `${sentence(`${what} changed, which needs a new run`)} Train starts it.${network}`;
      return `${notice.runName} ended after ${plural(notice.batches, 'batch', 'batches')}: ${what} changed, which needs a new run. `
        + `${notice.runName} is kept under Runs; Train starts a new run.${network}`;
    }
    case 'run-finished': {
      const early = notice.stoppedEarly;
      const after = early
        ? ` early after ${plural(notice.epochs, 'epoch')}, ${plural(notice.batches, 'batch', 'batches')} (validation loss did not improve; the weights of epoch ${formatInteger(early.bestEpoch)} are back)`
        : ` after ${plural(notice.epochs, 'epoch')}, ${plural(notice.batches, 'batch', 'batches')}`;
      return facts.testAccuracy === null
        ? `Run finished${after}.`
        : `Run finished${after}: test accuracy ${formatPercent(facts.testAccuracy)} on the 10,000 test images.`;
    }
    case 'document':
      return describeDocumentEvent(notice.event);
    case 'model':
      return notice.event.type === 'downloaded' ? MODEL_NOTICES.downloaded(notice.event.fileName) : MODEL_NOTICES.loaded(notice.event.name, notice.event.batch);
    case 'saves':
      return SAVES_NOTICES[notice.event.type](notice.event.name);
  }
}
