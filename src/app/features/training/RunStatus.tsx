import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';
import { backendLabel as backendName } from '../../i18n/catalogueText';

/** The run's state and the backend in use, as two small badges beside the panel title. */
export function RunStatus() {
  const trainingState = useAppStore((state) => state.trainingState);
  const backend = useAppStore((state) => state.backend);
  const { t } = useTranslation('training');
  const backendLabel = backend ? backendName(backend) : null;

  return (
    <div className="run-status">
      <span className="run-status__item">
        <span className="run-status__label">{t('state')}</span>
        <span className={`state-badge state-badge--${trainingState}`} data-testid="training-state" data-value={trainingState}>
          {t(`states.${trainingState}`)}
        </span>
      </span>
      <span className="run-status__item">
        <span className="run-status__label">{t('backend')}</span>
        <span className="run-status__value" data-testid="backend" data-value={backend ?? ''}>
          {backendLabel ?? '—'}
        </span>
      </span>
    </div>
  );
}
