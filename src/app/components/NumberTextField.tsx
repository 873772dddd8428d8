import { useId } from 'react';
import { FieldHead, describedBy, type FieldTag } from './FieldTag';
import './field.css';

interface NumberTextFieldProps {
  /** The visible label, which is also the textbox's accessible name. */
  label: string;
  /** The text as typed (kept even when it is not a valid number). */
  text: string;
  onTextChange: (text: string) => void;
  /** Why the value cannot be used; shown under the field and marks it invalid. */
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** A mark beside the label (how the setting applies), described to screen readers. */
  tag?: FieldTag;
}

/** A number typed as text, so "1e-3" and out-of-range values are kept exactly as typed. */
export function NumberTextField({ label, text, onTextChange, error, hint, disabled, tag }: NumberTextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const tagId = `${id}-tag`;
  const note = error ?? hint;
  return (
    <div className="field">
      <FieldHead htmlFor={id} label={label} tag={tag} tagId={tagId} />
      <input
        id={id}
        className="field__control field__control--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(note && noteId, tag && tagId)}
        onChange={(event) => onTextChange(event.target.value)}
      />
      {note ? (
        <span id={noteId} className={error ? 'field__hint field__hint--error' : 'field__hint'}>
          {note}
        </span>
      ) : null}
    </div>
  );
}
