import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerActivation } from '../../../worker/protocol';
import { useLiveStore } from '../../components/LiveView';
import { HeatmapCanvas } from '../inspect/HeatmapCanvas';
import { largestMagnitude } from '../inspect/heatmap';

/** Feature maps drawn per convolution-like layer on its card. */
const CARD_MAPS = 6;
/** Side of one feature-map thumbnail on a card, CSS pixels. */
const MAP_SIZE = 18;
/** Values drawn in a dense layer's activation strip. */
const STRIP_VALUES = 64;

/** This layer's output for the chosen test image, or null before the network exists. */
function useLayerActivation(name: string): LayerActivation | null {
  return useLiveStore((state) => (state.batch > 0 ? (state.inspectResult?.layers.find((layer) => layer.layer === name) ?? null) : null));
}

/** The gradient norm of this layer at the last measured step, or null (no weights, or not measured yet). */
function useGradientNorm(name: string): number | null {
  return useLiveStore((state) => {
    const index = state.gradientLayers.indexOf(name);
    const latest = state.gradientNorms.latest;
    return index >= 0 && latest && state.batch > 0 ? (latest.norms[index] ?? null) : null;
  });
}

/** The network learning on the canvas: the layer's output for the test image Look inside follows
 * (feature-map thumbnails, or an activation strip) and the norm of its weights' gradient,
 * followed while the canvas is on screen. */
export const LayerLiveView = memo(function LayerLiveView({ name }: { name: string }) {
  const activation = useLayerActivation(name);
  const norm = useGradientNorm(name);
  const { t } = useTranslation('builder');
  if (activation === null && norm === null) return null;
  const scale = activation ? largestMagnitude(activation.min, activation.max) || 1 : 1;
  return (
    <div className="layer-live">
      <div className="layer-live__view">
        {activation?.kind === 'maps'
          ? Array.from({ length: Math.min(CARD_MAPS, activation.channels) }, (_, c) => (
            <HeatmapCanvas
              key={c}
              values={activation.values}
              offset={c * activation.height * activation.width}
              width={activation.width}
              height={activation.height}
              scale={scale}
              size={MAP_SIZE}
              label={t('live.featureMap', { name, number: c + 1 })}
            />
          ))
          : null}
        {activation?.kind === 'vector' ? (
          <HeatmapCanvas
            values={activation.values}
            offset={0}
            width={Math.min(STRIP_VALUES, activation.values.length)}
            height={1}
            scale={scale}
            size={96}
            label={t('live.activations', { name })}
          />
        ) : null}
      </div>
      {norm !== null ? (
        <span className="layer-live__norm" title={t('live.normTitle')}>
          ∇ {norm < 0.01 ? norm.toExponential(1) : norm.toPrecision(2)}
        </span>
      ) : null}
    </div>
  );
});
