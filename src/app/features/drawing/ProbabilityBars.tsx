import { t as translate } from '../../i18n/i18n';
import { memo } from 'react';
import { hasLongClassNames } from '../datasets/useDataset';

interface ProbabilityBarsProps {
  /** Probabilities of classes 0..9, or null before the first answer. */
  probabilities: number[] | null;
  top: number | null;
  /** Names of classes 0..9. */
  names: readonly string[];
}

/** Ten horizontal bars, one per class (by name), the most probable one highlighted. */
export const ProbabilityBars = memo(function ProbabilityBars({ probabilities, top, names }: ProbabilityBarsProps) {
  const named = hasLongClassNames(names);
  return (
    <ol className={named ? 'probability-bars probability-bars--named' : 'probability-bars'} aria-label={translate('drawing:probabilities')}>
      {names.map((name, label) => {
        const p = probabilities?.[label] ?? 0;
        const finite = Number.isFinite(p) ? p : 0;
        return (
          <li key={label} className={label === top ? 'probability-bars__row probability-bars__row--top' : 'probability-bars__row'}>
            <span className="probability-bars__digit">{name}</span>
            <span className="probability-bars__track" aria-hidden="true">
              <span className="probability-bars__fill" style={{ width: `${finite * 100}%` }} />
            </span>
            <span className="probability-bars__value">{probabilities ? `${(finite * 100).toFixed(1)} %` : '—'}</span>
          </li>
        );
      })}
    </ol>
  );
});
