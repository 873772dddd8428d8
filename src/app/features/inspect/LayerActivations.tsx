import { t as translate } from '../../i18n/i18n';
import { memo } from 'react';
import type { InspectResult, LayerActivation } from '../../../worker/protocol';
import { formatShape } from '../../components/format';
import { useClassNames } from '../datasets/useDataset';
import { HeatmapCanvas } from './HeatmapCanvas';
import { largestMagnitude } from './heatmap';

/** Bars for a vector of values: up from the middle line for positive, down for negative. */
function ValueBars({ values, scale }: { values: Float32Array; scale: number }) {
  const count = values.length;
  const width = Math.max(count * 4, 40);
  return (
    <svg className="value-bars" viewBox={`0 0 ${width} 40`} preserveAspectRatio="none" aria-hidden="true">
      <line x1="0" x2={width} y1="20" y2="20" className="value-bars__axis" />
      {Array.from(values, (value, i) => {
        const h = Number.isFinite(value) ? (Math.min(1, Math.abs(value) / scale) * 19) : 0;
        return (
          <rect
            key={i}
            x={i * (width / count) + 0.5}
            width={Math.max(1, width / count - 1)}
            y={value >= 0 ? 20 - h : 20}
            height={Math.max(h, 0.5)}
            className={value >= 0 ? 'value-bars__positive' : 'value-bars__negative'}
          />
        );
      })}
    </svg>
  );
}

/** Class names under the output layer's ten bars (long names are cut short; the full name is the tooltip). */
function ClassAxis({ count }: { count: number }) {
  const names = useClassNames();
  return (
    <div className="digit-axis" style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }} aria-hidden="true">
      {Array.from({ length: count }, (_, label) => (
        <span key={label} title={names[label]} className="digit-axis__name">{names[label] ?? label}</span>
      ))}
    </div>
  );
}

function ActivationView({ activation, output }: { activation: LayerActivation; output: boolean }) {
  const scale = largestMagnitude(activation.min, activation.max);
  if (activation.type === 'Flatten') {
    return <p className="activation__note">{translate('inspect:flatten')}</p>;
  }
  if (activation.kind === 'maps') {
    const { height, width, channels, values } = activation;
    return (
      <div className="feature-maps">
        {Array.from({ length: channels }, (_, c) => (
          <HeatmapCanvas
            key={c}
            values={values}
            offset={c * height * width}
            width={width}
            height={height}
            scale={scale}
            size={48}
            label={`${activation.layer} map ${c + 1}`}
          />
        ))}
      </div>
    );
  }
  return (
    <>
      <ValueBars values={activation.values} scale={scale} />
      {output ? <ClassAxis count={activation.values.length} /> : null}
    </>
  );
}

/** Every layer's output for one test image, from input to prediction. */
export const LayerActivations = memo(function LayerActivations({ result }: { result: InspectResult }) {
  return (
    <ol className="activations" data-testid="layer-activations">
      {result.layers.map((activation, position) => {
        const total = activation.shape.reduce((a, b) => a * b, 1);
        const shown = activation.kind === 'maps' ? activation.channels : activation.values.length;
        const whole = activation.kind === 'maps' ? activation.shape[2] ?? shown : total;
        return (
          <li key={activation.layer} className="activation" data-testid="layer-activation" data-layer={activation.layer}>
            <div className="activation__head">
              <span className="activation__name">{activation.layer}</span>
              <span className="activation__meta">
                {activation.type} · {formatShape(activation.shape)}
                {shown < whole && activation.type !== 'Flatten' ? translate(activation.kind === 'maps' ? 'inspect:firstMaps' : 'inspect:firstValues', { count: shown }) : ''}
                {translate('inspect:range', { min: activation.min.toPrecision(2), max: activation.max.toPrecision(2) })}
              </span>
            </div>
            <ActivationView activation={activation} output={position === result.layers.length - 1 && activation.values.length === 10} />
          </li>
        );
      })}
    </ol>
  );
});
