import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { NumberTextField } from '../../components/NumberTextField';
import { Panel } from '../../components/Panel';
import { SelectField } from '../../components/SelectField';
import { backendLabel, datasetSubject, presetText, settingText } from '../../i18n/catalogueText';
import { useAppStore } from '../../store/appStore';
import { numericFieldText, type NumericSettingKey } from '../../store/numericSettings';
import { findSettingProblems, settingProblemNote } from '../../store/settingsProblems';
import {
  backendOptions,
  CUSTOM_NETWORK,
  customPresetOption,
  datasetOptions,
  lossOptions,
  optimizerOptions,
  presetOptions as presetChoices,
  scheduleOptions,
} from './settingOptions';
import { OptimizerParamFields } from './OptimizerParamFields';
import { SettingSelect } from './SettingSelect';
import { AppliesLegend } from './AppliesLegend';
import { appliesTag, settingTag } from './settingTags';
import './settings.css';

/** The left column: which network, which data, and how to train it. */
export function SettingsPanel() {
  const { t } = useTranslation('settings');
  const presetId = useAppStore((state) => state.presetId);
  const settings = useAppStore((state) => state.settings);
  const settingsText = useAppStore((state) => state.settingsText);
  const setPreset = useAppStore((state) => state.setPreset);
  const setSetting = useAppStore((state) => state.setSetting);
  const setSettingText = useAppStore((state) => state.setSettingText);
  const chooseOptimizer = useAppStore((state) => state.chooseOptimizer);
  const backendInUse = useAppStore((state) => state.backend);

  const notes = useMemo(() => {
    const byField = new Map<string, string>();
    for (const problem of findSettingProblems(settings, settingsText)) {
      if (!byField.has(problem.field)) byField.set(problem.field, settingProblemNote(problem));
    }
    return byField;
  }, [settings, settingsText]);

  const presetOptions = presetId === null ? [customPresetOption(), ...presetChoices()] : presetChoices();
  const presetHint = presetId === null ? t('editedNetwork') : presetText(presetId)?.description;

  const numberField = (key: NumericSettingKey, hint?: string) => (
    <NumberTextField
      label={settingText(key)}
      text={numericFieldText(settings, settingsText, key)}
      onTextChange={(text) => setSettingText(key, text)}
      error={notes.get(key)}
      hint={hint}
      tag={settingTag(key)}
    />
  );

  return (
    <aside className="settings" aria-label={t('region')}>
      <AppliesLegend />
      <Panel title={t('groups.network')}>
        <SelectField
          label={t('preset')}
          value={presetId ?? CUSTOM_NETWORK}
          options={presetOptions}
          onChange={(value) => setPreset(value)}
          hint={presetHint}
          tag={appliesTag('new-run')}
        />
        <SettingSelect
          setting="dataset"
          options={datasetOptions()}
          hint={t('datasetHint', { subject: datasetSubject(settings.dataset) })}
        />
      </Panel>

      <Panel title={t('groups.training')}>
        <SettingSelect setting="loss" options={lossOptions()} />
        <SettingSelect setting="optimizer" options={optimizerOptions()} onChange={chooseOptimizer} />
        <OptimizerParamFields />
        {numberField('learningRate', t('learningRateHint'))}
        <SettingSelect setting="schedule" options={scheduleOptions()} />
        <div className="settings__pair">
          {numberField('batchSize')}
          {numberField('epochs')}
        </div>
        <div className="settings__pair">
          {numberField('trainingSamples')}
          {numberField('seed')}
        </div>
      </Panel>

      <Panel title={t('groups.regularization')}>
        <div className="settings__pair">
          {numberField('weightDecay')}
          {numberField('clipNorm')}
        </div>
        <p className="settings__note">{t('offNote')}</p>
        <CheckboxField
          label={settingText('augment')}
          checked={settings.augment}
          onChange={(checked) => setSetting('augment', checked)}
          hint={t('augmentHint')}
          tag={settingTag('augment')}
        />
      </Panel>

      <Panel title={t('groups.compute')}>
        <SettingSelect
          setting="backend"
          options={backendOptions()}
          hint={backendInUse ? t('backendInUse', { backend: backendLabel(backendInUse) }) : t('backendLater')}
        />
      </Panel>
    </aside>
  );
}
