import { useTranslation } from 'react-i18next';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { formatInteger } from '../../components/format';
import type { LayerFlowNode } from './flowElements';
import { LayerLiveView } from './LayerLiveView';

/** One layer on the canvas: type, key parameters, output shape, parameter count and, when
 * something is wrong, the problem in words beside it. Wires enter at the top, leave at the bottom. */
export function LayerNodeCard({ data, selected }: NodeProps<LayerFlowNode>) {
  const broken = data.problems.length > 0;
  const { t } = useTranslation('builder');
  const classes = ['layer-card', selected ? 'layer-card--selected' : '', broken ? 'layer-card--broken' : '', data.wiringFrom ? 'layer-card--wiring' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      {data.hasInputHandle ? <Handle type="target" position={Position.Top} className="layer-card__handle" /> : null}
      <div className="layer-card__head">
        <span className="layer-card__type">{data.typeLabel}</span>
        <span className="layer-card__shape" title={t('card.outputShape')}>
          {data.shape}
        </span>
      </div>
      {data.summary ? (
        <p className="layer-card__summary" title={data.summary}>
          {data.summary}
        </p>
      ) : null}
      <p className="layer-card__foot">
        <span className="layer-card__name">{data.name}</span>
        <span className="layer-card__params">
          {t('card.params', { count: data.params, n: formatInteger(data.params) })}
        </span>
      </p>
      <LayerLiveView name={data.name} />
      {data.isOutput ? <span className="layer-card__badge">{t('card.output')}</span> : null}
      {broken ? (
        <div className="layer-card__problems">
          {data.problems.map((problem) => (
            <p key={problem}>
              <span aria-hidden="true">⚠ </span>
              {problem}
            </p>
          ))}
        </div>
      ) : null}
      <Handle type="source" position={Position.Bottom} className="layer-card__handle" />
    </div>
  );
}
