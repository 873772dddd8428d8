import { memo } from 'react';

interface ProbabilityBarsProps {
  /** Probabilities of digits 0..9, or null before the first answer. */
  probabilities: number[] | null;
  top: number | null;
}

const DIGITS = Array.from({ length: 10 }, (_, digit) => digit);

/** Ten horizontal bars, one per digit, the most probable one highlighted. */
export const ProbabilityBars = memo(function ProbabilityBars({ probabilities, top }: ProbabilityBarsProps) {
  return (
    <ol className="probability-bars" aria-label="Probability of each digit">
      {DIGITS.map((digit) => {
        const p = probabilities?.[digit] ?? 0;
        const finite = Number.isFinite(p) ? p : 0;
        return (
          <li key={digit} className={digit === top ? 'probability-bars__row probability-bars__row--top' : 'probability-bars__row'}>
            <span className="probability-bars__digit">{digit}</span>
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
