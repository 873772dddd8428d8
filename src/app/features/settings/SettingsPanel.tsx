import { useMemo } from 'react';
import { findPreset } from '../../../core/network/presets';
import { DATASETS } from '../../../core/data/datasets';
import { CheckboxField } from '../../components/CheckboxField';
import { NumberTextField } from '../../components/NumberTextField';
import { Panel } from '../../components/Panel';
import { SelectField } from '../../components/SelectField';
import { BACKEND_LABELS } from '../../../core/training/backends';
import { useAppStore } from '../../store/appStore';
import { numericFieldText, type NumericSettingKey } from '../../store/numericSettings';
import { findSettingProblems, settingProblemNote } from '../../store/settingsProblems';
import {
  BACKEND_OPTIONS,
  CUSTOM_NETWORK,
  CUSTOM_PRESET_OPTION,
  DATASET_OPTIONS,
  LOSS_OPTIONS,
  OPTIMIZER_OPTIONS,
  PRESET_OPTIONS,
  SCHEDULE_OPTIONS,
  WEIGHT_DECAY_TYPE_OPTIONS,
} from './settingOptions';
import { AugmentPreview } from '../controls/AugmentPreview';
import { CONTROLS_TEXT } from '../controls/controlsText';
import { GradientClipChart } from '../controls/GradientClipChart';
import { LearningRateChart } from '../controls/LearningRateChart';
import { OptimizerSwitch } from '../controls/OptimizerSwitch';
import { OptimizerParamFields } from './OptimizerParamFields';
import { SettingSelect } from './SettingSelect';
import { AppliesLegend } from './AppliesLegend';
import { APPLIES_TAGS, settingTag } from './settingTags';
import { SETTINGS_TABLE } from '../../../core/training/settingsTable';
import './settings.css';

/** The left column: which network, which data, and how to train it. */
export function SettingsPanel() {
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

  const presetOptions = presetId === null ? [CUSTOM_PRESET_OPTION, ...PRESET_OPTIONS] : PRESET_OPTIONS;
  const presetHint = presetId === null ? 'Edited network.' : findPreset(presetId)?.description;

  const numberField = (key: NumericSettingKey, hint?: string) => (
    <NumberTextField
      label={SETTINGS_TABLE[key].label}
      text={numericFieldText(settings, settingsText, key)}
      onTextChange={(text) => setSettingText(key, text)}
      error={notes.get(key)}
      hint={hint}
      tag={settingTag(key)}
    />
  );

  return (
    <aside className="settings" aria-label="Settings">
      <AppliesLegend />
      <Panel title="Network and data" collapsible>
        <SelectField
          label="Preset"
          value={presetId ?? CUSTOM_NETWORK}
          options={presetOptions}
          onChange={(value) => setPreset(value)}
          hint={presetHint}
          tag={APPLIES_TAGS['new-run']}
        />
        <SettingSelect
          setting="dataset"
          options={DATASET_OPTIONS}
          hint={`28×28 ${DATASETS[settings.dataset].subject} in 10 classes.`}
        />
      </Panel>

      <Panel title="Training" collapsible>
        <SettingSelect setting="loss" options={LOSS_OPTIONS} />
        {settings.loss === 'categoricalCrossentropy' ? numberField('labelSmoothing', CONTROLS_TEXT.labelSmoothingHint) : null}
        <SettingSelect setting="optimizer" options={OPTIMIZER_OPTIONS} onChange={chooseOptimizer} />
        <OptimizerParamFields />
        {settings.optimizer === 'momentum' ? <OptimizerSwitch setting="nesterov" hint={CONTROLS_TEXT.nesterovHint} /> : null}
        {settings.optimizer === 'rmsprop' ? <OptimizerSwitch setting="centered" hint={CONTROLS_TEXT.centeredHint} /> : null}
        {numberField('learningRate', 'Step size of each update, e.g. 0.001 or 1e-3.')}
        <SettingSelect setting="schedule" options={SCHEDULE_OPTIONS} />
        <LearningRateChart />
        <div className="settings__pair">
          {numberField('batchSize')}
          {numberField('epochs')}
        </div>
        <div className="settings__pair">
          {numberField('trainingSamples')}
          {numberField('seed')}
        </div>
        <p className="settings__note">{CONTROLS_TEXT.seedHint}</p>
        <CheckboxField
          label={SETTINGS_TABLE.earlyStopping.label}
          checked={settings.earlyStopping}
          onChange={(checked) => setSetting('earlyStopping', checked)}
          hint={CONTROLS_TEXT.earlyStoppingHint}
          tag={settingTag('earlyStopping')}
        />
        {settings.earlyStopping ? numberField('patience') : null}
      </Panel>

      <Panel title="Regularization" collapsible>
        <div className="settings__pair">
          {numberField('weightDecay')}
          {numberField('clipNorm')}
        </div>
        <p className="settings__note">0 turns weight decay or clipping off.</p>
        <SettingSelect setting="weightDecayType" options={WEIGHT_DECAY_TYPE_OPTIONS} hint={CONTROLS_TEXT.weightDecayTypeHint[settings.weightDecayType]} />
        <GradientClipChart />
        <CheckboxField
          label={SETTINGS_TABLE.augment.label}
          checked={settings.augment}
          onChange={(checked) => setSetting('augment', checked)}
          hint={CONTROLS_TEXT.augmentHint}
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

      <Panel title="Compute" collapsible>
        <SettingSelect
          setting="backend"
          options={BACKEND_OPTIONS}
          hint={backendInUse ? `In use: ${BACKEND_LABELS[backendInUse]}` : 'Chosen when the data has loaded.'}
        />
      </Panel>
    </aside>
  );
}
