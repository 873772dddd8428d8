import { useId } from 'react';
import { FieldHead, describedBy, type FieldTag } from './FieldTag';
import './field.css';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps<V extends string> {
  /** The visible label, which is also the combobox's accessible name. */
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  hint?: string;
  /** A mark beside the label (how the setting applies), described to screen readers. */
  tag?: FieldTag;
}

/** A labelled native select (role combobox). */
export function SelectField<V extends string>({ label, value, options, onChange, disabled, hint, tag }: SelectFieldProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const tagId = `${id}-tag`;
  return (
    <div className="field">
      <FieldHead htmlFor={id} label={label} tag={tag} tagId={tagId} />
      <select
        id={id}
        className="field__control"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(hint && hintId, tag && tagId)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
