import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UPDATE_RULES } from '../../../core/training/stepThrough/updateRules';
import type { StepThroughResult, StepWeightUpdate, WeightPick } from '../../../worker/protocol';
import { Button } from '../../components/Button';
import { Formula } from '../formulas/Formula';
import { slotLabel, updateNote } from './stepThroughText';

interface UpdateStageProps {
  result: StepThroughResult;
  update: StepWeightUpdate;
  /** Asks the worker for another weight of the same step. */
  onPick: (pick: WeightPick) => void;
}

/** One number with its raw value in data-value. */
function Value({ testId, label, value }: { testId: string; label: string; value: number }) {
  return (
    <div className="step-value">
      <span className="step-value__label">{label}</span>
      <span className="step-value__number" data-testid={testId} data-value={value}>{value.toPrecision(6)}</span>
    </div>
  );
}

/** Stage 4: one weight through the optimizer's update, the formula filled in with its numbers. */
export function UpdateStage({ result, update, onPick }: UpdateStageProps) {
  const tensorId = useId();
  const indexId = useId();
  const { t } = useTranslation('stepThrough');
  const [indexText, setIndexText] = useState<string | null>(null);
  const tensor = result.tensors[update.pick.tensor];
  const rule = UPDATE_RULES[result.optimizer.id];
  const before = Object.fromEntries(update.state.map((s) => [s.key, s.before]));
  const after = Object.fromEntries(update.state.map((s) => [s.key, s.after]));
  const latex = rule.latex(
    { ...result.optimizer, theta: update.before, gradient: update.gradient, state: before, decay: update.decay },
    { theta: update.after, state: after },
  );
  const shownIndex = indexText ?? String(update.pick.index);

  return (
    <>
      <p className="step-note">{t('update')}</p>
      <div className="step-pick">
        <div className="field">
          <label className="field__label" htmlFor={tensorId}>{t('weightTensor')}</label>
          <select
            id={tensorId}
            className="field__control"
            value={update.pick.tensor}
            onChange={(event) => {
              setIndexText(null);
              onPick({ tensor: Number(event.target.value), index: null });
            }}
          >
            {result.tensors.map((entry, i) => (
              <option key={i} value={i}>{`${entry.layer} ${entry.name} [${entry.shape.join('×')}]`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={indexId}>{t('weightIndex')}</label>
          <input
            id={indexId}
            className="field__control field__control--number"
            type="number"
            min={0}
            max={tensor.size - 1}
            value={shownIndex}
            onChange={(event) => {
              setIndexText(event.target.value);
              const index = Number(event.target.value);
              if (event.target.value !== '' && Number.isInteger(index) && index >= 0 && index < tensor.size) onPick({ tensor: update.pick.tensor, index });
            }}
          />
          <span className="field__hint">[{update.coordinates.join(', ')}] · 0 … {tensor.size - 1}</span>
        </div>
        <Button onClick={() => { setIndexText(null); onPick({ tensor: update.pick.tensor, index: null }); }}>{t('steepest')}</Button>
      </div>
      <div className="step-values-row">
        <Value testId="step-weight-before" label={t('before')} value={update.before} />
        <Value testId="step-weight-gradient" label={t('gradient')} value={update.gradient} />
        {update.state.map((s) => {
          return (
            <div key={s.key} className="step-value">
              <span className="step-value__label">{slotLabel(result.optimizer.id, s.key)}</span>
              <span className="step-value__number" data-testid={`step-state-${s.key}`} data-value={s.after}>
                {s.before.toPrecision(4)} → {s.after.toPrecision(4)}
              </span>
            </div>
          );
        })}
        <Value testId="step-weight-after" label={t('after')} value={update.after} />
      </div>
      <Formula latex={latex} testId="formula-step-update" className="step-formula" />
      <p className="step-note">{updateNote(result.optimizer.step, update.decay)}</p>
    </>
  );
}
