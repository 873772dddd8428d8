import { useId } from 'react';
import './field.css';

interface CheckboxFieldProps {
  /** The visible label, which is also the checkbox's accessible name. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** A labelled checkbox with an optional hint under it. */
export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        className="field__checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint field__hint--full">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
