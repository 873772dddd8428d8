import { t as translate } from '../../i18n/i18n';
import { formatInteger } from '../../components/format';
import type { LiveChangeMark } from '../../store/trainingData';
import { describeLiveChange } from '../settings/describeSettingChange';

/** The live settings changed during a run, each with the batch it took effect after. */
export function LiveChangeList({ changes }: { changes: readonly LiveChangeMark[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="run__changes" aria-label={translate('runs:changed')} data-testid="live-changes">
      {changes.map((change, index) => (
        <li key={index}>
          {translate('runs:changeAfter', { change: describeLiveChange(change), batch: formatInteger(change.batch) })}
        </li>
      ))}
    </ul>
  );
}
