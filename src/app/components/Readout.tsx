import type { ReactNode } from 'react';
import './readout.css';

interface ReadoutProps {
  /** The data-testid automated checks read. */
  testId: string;
  label: string;
  /** The raw value (data-value); null before there is one. */
  value: number | string | null;
  /** What people see; shown as a dash when there is no value. */
  children?: ReactNode;
  /** A short note under the value (units, "of 10"). */
  hint?: string;
  /** A tooltip on the value (the last batch's value beside a mean). */
  title?: string;
}

/** One labelled number in the training readouts, raw value in data-value. */
export function Readout({ testId, label, value, children, hint, title }: ReadoutProps) {
  const empty = value === null || value === '';
  return (
    <div className="readout">
      <span className="readout__label">{label}</span>
      <span className="readout__value" data-testid={testId} data-value={value === null ? '' : String(value)} title={title}>
        {empty ? '—' : children ?? String(value)}
      </span>
      {hint ? <span className="readout__hint">{hint}</span> : null}
    </div>
  );
}
