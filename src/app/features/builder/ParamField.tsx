import { useTranslation } from 'react-i18next';
import { choiceLabel, paramHelp, paramLabel } from '../../i18n/catalogueText';
import { useId, useState } from 'react';
import type { ParamSpec } from '../../../core/network/catalogue';
import type { ParamValue } from '../../../core/network/types';
import { parseNumberText } from '../../store/numericSettings';
import { paramProblem, parseShapeText, shapeText } from './paramText';
import '../../components/field.css';

interface ParamFieldProps {
  spec: ParamSpec;
  value: ParamValue;
  /** Sets the parameter; `typing` marks edits that belong to one Undo step until the field is left. */
  onChange: (value: ParamValue, typing: boolean) => void;
  /** The field was left: the next edit starts a new Undo step. */
  onDone: () => void;
}

/** Text typed into a field, kept while the value it produced is still the layer's value. */
interface Draft {
  text: string;
  value: ParamValue;
}

/** One labelled input for one layer parameter. Numbers are kept as typed, out of range too,
 * and flagged with the allowed range; they are never clamped. */
export function ParamField({ spec, value, onChange, onDone }: ParamFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const [draft, setDraft] = useState<Draft | null>(null);
  const draftShown = draft !== null && draft.value === value;
  const { t } = useTranslation('builder');

  if (spec.kind === 'bool') {
    return (
      <label className="param-check">
        <input type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked, false)} />
        {paramLabel(spec.key)}
      </label>
    );
  }

  const isShape = spec.kind === 'shape';
  const parse = (typed: string): ParamValue | null => (isShape ? parseShapeText(typed) : parseNumberText(typed));
  const unreadable = draftShown && spec.kind !== 'choice' && parse(draft.text) === null;
  const problem = unreadable ? (isShape ? t('properties.enterSizes') : t('properties.enterNumber')) : paramProblem(spec, value);
  const range = spec.min !== undefined && spec.max !== undefined ? t('properties.range', { min: spec.min, max: spec.max }) : undefined;
  const note = problem ?? paramHelp(spec.key) ?? range;
  const describedBy = note ? noteId : undefined;

  const control =
    spec.kind === 'choice' ? (
      <select
        id={id}
        className="field__control"
        value={String(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value, false)}
      >
        {(spec.choices ?? []).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choiceLabel(choice.value)}
          </option>
        ))}
      </select>
    ) : (
      <input
        id={id}
        className="field__control field__control--number"
        type={isShape ? 'text' : 'number'}
        inputMode={isShape ? 'text' : 'decimal'}
        min={spec.min}
        max={spec.max}
        step={spec.step ?? 'any'}
        autoComplete="off"
        spellCheck={false}
        value={draftShown ? draft.text : isShape ? shapeText(value) : String(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const typed = event.target.value;
          const parsed = parse(typed);
          setDraft({ text: typed, value: parsed ?? value });
          if (parsed !== null) onChange(parsed, true);
        }}
        onBlur={onDone}
      />
    );

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {paramLabel(spec.key)}
      </label>
      {control}
      {note ? (
        <span id={noteId} className={problem ? 'field__hint field__hint--error' : 'field__hint'}>
          {note}
        </span>
      ) : null}
    </div>
  );
}
