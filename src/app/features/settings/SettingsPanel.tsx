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
  weightDecayTypeOptions,
} from './settingOptions';
import { AugmentPreview } from '../controls/AugmentPreview';
import { GradientClipChart } from '../controls/GradientClipChart';
import { LearningRateChart } from '../controls/LearningRateChart';
import { OptimizerSwitch } from '../controls/OptimizerSwitch';
import { OptimizerParamFields } from './OptimizerParamFields';
import { SettingSelect } from './SettingSelect';
import { AppliesLegend } from './AppliesLegend';
import { appliesTag, settingTag } from './settingTags';
import './settings.css';

/** The left column: which network, which data, and how to train it. */
export function SettingsPanel() {
  const { t } = useTranslation(['settings', 'controls']);
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
      <Panel title={t('groups.network')} collapsible>
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

      <Panel title={t('groups.training')} collapsible>
        <SettingSelect setting="loss" options={lossOptions()} />
        {settings.loss === 'categoricalCrossentropy' ? numberField('labelSmoothing', t('controls:labelSmoothingHint')) : null}
        <SettingSelect setting="optimizer" options={optimizerOptions()} onChange={chooseOptimizer} />
        <OptimizerParamFields />
        {settings.optimizer === 'momentum' ? <OptimizerSwitch setting="nesterov" hint={t('controls:nesterovHint')} /> : null}
        {settings.optimizer === 'rmsprop' ? <OptimizerSwitch setting="centered" hint={t('controls:centeredHint')} /> : null}
        {numberField('learningRate', t('learningRateHint'))}
        <SettingSelect setting="schedule" options={scheduleOptions()} />
        <LearningRateChart />
        <div className="settings__pair">
          {numberField('batchSize')}
          {numberField('epochs')}
        </div>
        <div className="settings__pair">
          {numberField('trainingSamples')}
          {numberField('seed')}
        </div>
        <p className="settings__note">{t('controls:seedHint')}</p>
        <CheckboxField
          label={settingText('earlyStopping')}
          checked={settings.earlyStopping}
          onChange={(checked) => setSetting('earlyStopping', checked)}
          hint={t('controls:earlyStoppingHint')}
          tag={settingTag('earlyStopping')}
        />
        {settings.earlyStopping ? numberField('patience') : null}
      </Panel>

      <Panel title={t('groups.regularization')} collapsible>
        <div className="settings__pair">
          {numberField('weightDecay')}
          {numberField('clipNorm')}
        </div>
        <p className="settings__note">{t('offNote')}</p>
        <SettingSelect setting="weightDecayType" options={weightDecayTypeOptions()} hint={t(`controls:weightDecayTypeHint.${settings.weightDecayType}`)} />
        <GradientClipChart />
        <CheckboxField
          label={settingText('augment')}
          checked={settings.augment}
          onChange={(checked) => setSetting('augment', checked)}
          hint={t('controls:augmentHint')}
          tag={settingTag('augment')}
        />
        <div className="settings__pair">
          {numberField('augmentShift')}
          {numberField('augmentRotation')}
        </div>
        <div className="settings__pair">
          {numberField('augmentScale')}
          {numberField('augmentNoise')}
        </div>
        <AugmentPreview />
      </Panel>

      <Panel title={t('groups.compute')} collapsible>
        <SettingSelect
          setting="backend"
          options={backendOptions()}
          hint={backendInUse ? t('backendInUse', { backend: backendLabel(backendInUse) }) : t('backendLater')}
        />
      </Panel>
    </aside>
  );
}
