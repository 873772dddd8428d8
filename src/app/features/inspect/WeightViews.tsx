import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../components/format';
import type { ConvFilters, Histogram, LayerWeights } from '../../../worker/protocol';
import { HeatmapCanvas } from './HeatmapCanvas';
import { largestMagnitude } from './heatmap';

/** The first convolution's filters as small images. */
export const FilterImages = memo(function FilterImages({ filters }: { filters: ConvFilters }) {
  const k = filters.kernelSize;
  const scale = largestMagnitude(filters.min, filters.max);
  return (
    <div className="filters" data-testid="conv-filters">
      {Array.from({ length: filters.count }, (_, f) => (
        <HeatmapCanvas key={f} values={filters.values} offset={f * k * k} width={k} height={k} scale={scale} size={40} label={`Filter ${f + 1}`} />
      ))}
    </div>
  );
});

/** A compact histogram: one bar per bin, height by count. */
function HistogramBars({ histogram, kind }: { histogram: Histogram; kind: 'weights' | 'gradients' }) {
  const top = Math.max(1, ...histogram.counts);
  const bins = histogram.counts.length;
  return (
    <figure className="histogram">
      <svg viewBox={`0 0 ${bins * 4} 32`} preserveAspectRatio="none" className={`histogram__bars histogram__bars--${kind}`} aria-hidden="true">
        {histogram.counts.map((count, i) => {
          const h = count === 0 ? 0 : Math.max(1, (count / top) * 32);
          return <rect key={i} x={i * 4 + 0.25} width={3.5} y={32 - h} height={h} />;
        })}
      </svg>
      <figcaption className="histogram__range">
        <span>{histogram.min.toPrecision(2)}</span>
        <span>{kind}</span>
        <span>{histogram.max.toPrecision(2)}</span>
      </figcaption>
    </figure>
  );
}

/** Per weighted layer: histograms of its weights and of their gradients, with their norms. */
export const WeightHistograms = memo(function WeightHistograms({ layers }: { layers: LayerWeights[] }) {
  const { t } = useTranslation('inspect');
  return (
    <ul className="weight-layers" data-testid="weight-histograms">
      {layers.map((layer) => (
        <li key={layer.layer} className="weight-layer">
          <div className="activation__head">
            <span className="activation__name">{layer.layer}</span>
            <span className="activation__meta">
              {t('weightMeta', {
                type: layer.type,
                count: formatInteger(layer.count),
                weightNorm: layer.weightNorm.toPrecision(3),
                gradientNorm: layer.gradientNorm.toPrecision(3),
              })}
            </span>
          </div>
          <div className="weight-layer__plots">
            <HistogramBars histogram={layer.weights} kind="weights" />
            <HistogramBars histogram={layer.gradients} kind="gradients" />
          </div>
        </li>
      ))}
    </ul>
  );
});
