import { useTranslation } from 'react-i18next';
import { FieldTagMark } from '../../components/FieldTag';
import { appliesTag } from './settingTags';

/** What the marks beside the settings mean. */
export function AppliesLegend() {
  const { t } = useTranslation('settings');
  return (
    <p className="settings__legend">
      <span className="settings__legend-item">
        <FieldTagMark tag={appliesTag('live')} plain /> {t('legend.live')}
      </span>
      <span className="settings__legend-item">
        <FieldTagMark tag={appliesTag('new-run')} plain /> {t('legend.newRun')}
      </span>
    </p>
  );
}
