import { useId } from 'react';
import { FieldHead, describedBy, type FieldTag } from './FieldTag';
import './field.css';

interface CheckboxFieldProps {
  /** The visible label, which is also the checkbox's accessible name. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  /** A mark beside the label (how the setting applies), described to screen readers. */
  tag?: FieldTag;
}

/** A labelled checkbox with an optional hint under it. */
export function CheckboxField({ label, checked, onChange, hint, tag }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const tagId = `${id}-tag`;
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        className="field__checkbox"
        checked={checked}
        aria-describedby={describedBy(hint && hintId, tag && tagId)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <FieldHead htmlFor={id} label={label} tag={tag} tagId={tagId} />
      {hint ? (
        <span id={hintId} className="field__hint field__hint--full">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
