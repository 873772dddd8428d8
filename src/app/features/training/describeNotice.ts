import { formatInteger, formatPercent } from '../../components/format';
import type { AppNotice } from '../../store/messages';
import { BACKEND_OPTIONS } from '../settings/settingOptions';
import { describeDocumentEvent } from '../share/shareText';

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Text ending in a full stop, capitalised. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Words for a notice (role="status"). */
export function describeNotice(notice: AppNotice): string {
  switch (notice.kind) {
    case 'backend': {
      const label = BACKEND_OPTIONS.find((option) => option.value === notice.backend)?.label ?? notice.backend;
      return notice.reason ? `Using ${label}. ${sentence(notice.reason)}` : `Using ${label}.`;
    }
    case 'run-finished': {
      const after = ` after ${plural(notice.epochs, 'epoch')}, ${plural(notice.batches, 'batch', 'batches')}`;
      return notice.testAccuracy === null
        ? `Run finished${after}.`
        : `Run finished${after}: test accuracy ${formatPercent(notice.testAccuracy)} on the 10,000 test images.`;
    }
    case 'document':
      return describeDocumentEvent(notice.event);
  }
}
