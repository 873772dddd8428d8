import { useMemo } from 'react';
import { formatInteger, formatPercent } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { curveForChart } from '../../store/curves';
import { CONTROLS_TEXT } from './controlsText';
import { MiniLineChart } from './MiniLineChart';

/** The global gradient norm of each step before clipping, the clip level, and the share of steps clipped. */
export function GradientClipChart() {
  const curve = useAppStore((state) => state.batchCurve);
  const clipNorm = useAppStore((state) => state.settings.clipNorm);
  const points = useMemo(
    () => curveForChart(curve).flatMap((point) => (point.gradientNorm === null ? [] : [{ x: point.batch, y: point.gradientNorm }])),
    [curve],
  );
  const { steps, clipped } = curve.clipping;
  const share = steps === 0 ? null : clipped / steps;
  return (
    <figure className="controls-figure">
      <MiniLineChart label={CONTROLS_TEXT.clipChart} testId="gradient-clip-chart" points={points} level={clipNorm} />
      <figcaption className="controls-note" data-testid="clip-share" data-value={share === null ? '' : String(share)}>
        {points.length === 0
          ? CONTROLS_TEXT.clipEmpty
          : share === null
            ? CONTROLS_TEXT.clipOff
            : CONTROLS_TEXT.clipShare(formatPercent(share), formatInteger(clipped), formatInteger(steps))}
      </figcaption>
    </figure>
  );
}
