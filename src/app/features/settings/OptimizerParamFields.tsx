import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hyperparamLabel } from '../../i18n/catalogueText';
import { OPTIMIZERS, type HyperparamSpec } from '../../../core/training/optimizers';
import { NumberTextField } from '../../components/NumberTextField';
import { useAppStore } from '../../store/appStore';
import { parseNumberText } from '../../store/numericSettings';
import { settingTag } from './settingTags';

/** One hyperparameter; the typed text is kept here so "0." or "" survive while typing. */
function OptimizerParamField({ spec }: { spec: HyperparamSpec }) {
  const value = useAppStore((state) => state.settings.optimizerParams[spec.key] ?? spec.default);
  const setOptimizerParam = useAppStore((state) => state.setOptimizerParam);
  const [text, setText] = useState(String(value));
  const { t } = useTranslation('settings');
  const parsed = parseNumberText(text);
  const error = parsed === null
    ? t('problems.noteNotANumber')
    : parsed < spec.min || parsed > spec.max
      ? t('problems.noteOutOfRangeUse', { range: t('problems.rangeFromTo', { kind: t('problems.number'), min: spec.min, max: spec.max }) })
      : undefined;
  return (
    <NumberTextField
      label={hyperparamLabel(spec.key)}
      text={text}
      error={error}
      tag={settingTag('optimizerParams')}
      onTextChange={(next) => {
        setText(next);
        const number = parseNumberText(next);
        if (number !== null) setOptimizerParam(spec.key, number);
      }}
    />
  );
}

/** The chosen optimizer's own hyperparameters (Adam's betas, Momentum's mu, ...). */
export function OptimizerParamFields() {
  const optimizer = useAppStore((state) => state.settings.optimizer);
  const hyperparams = OPTIMIZERS[optimizer].hyperparams;
  if (hyperparams.length === 0) return null;
  return (
    <div className="settings__pair" key={optimizer}>
      {hyperparams.map((spec) => (
        <OptimizerParamField key={spec.key} spec={spec} />
      ))}
    </div>
  );
}
