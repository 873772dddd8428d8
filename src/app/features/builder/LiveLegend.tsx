import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';

/** What the canvas shows while the network learns; a fixed line under the canvas, so nothing moves when it changes. */
export function LiveLegend() {
  const index = useAppStore((state) => state.inspectIndex);
  const live = useAppStore((state) => state.batch > 0);
  const { t } = useTranslation('builder');
  return (
    <p className="live-legend">
      {live ? (
        <>
          <span className="live-legend__wire" aria-hidden="true" /> {t('live.legend', { index })}
        </>
      ) : (
        t('live.before')
      )}
    </p>
  );
}
