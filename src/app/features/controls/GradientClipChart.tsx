import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatPercent } from '../../components/format';
import { useOnScreen } from '../../components/useOnScreen';
import { useAppStore } from '../../store/appStore';
import { curveForChart } from '../../store/curves';
import { usePacedStore } from '../../store/usePacedStore';
import { MiniLineChart } from './MiniLineChart';

/** The global gradient norm of each step before clipping, the clip level, and the share of steps clipped; follows the run only while on screen. */
export function GradientClipChart() {
  const box = useRef<HTMLElement>(null);
  const curve = usePacedStore((state) => state.batchCurve, useOnScreen(box));
  const clipNorm = useAppStore((state) => state.settings.clipNorm);
  const { t } = useTranslation('controls');
  const points = useMemo(
    () => curveForChart(curve).flatMap((point) => (point.gradientNorm === null ? [] : [{ x: point.batch, y: point.gradientNorm }])),
    [curve],
  );
  const { steps, clipped } = curve.clipping;
  const share = steps === 0 ? null : clipped / steps;
  return (
    <figure className="controls-figure" ref={box}>
      <MiniLineChart label={t('clipChart')} testId="gradient-clip-chart" points={points} level={clipNorm} />
      <figcaption className="controls-note" data-testid="clip-share" data-value={share === null ? '' : String(share)}>
        {points.length === 0
          ? t('clipEmpty')
          : share === null
            ? t('clipOff')
            : t('clipShare', { share: formatPercent(share), clipped: formatInteger(clipped), steps: formatInteger(steps) })}
      </figcaption>
    </figure>
  );
}
