import { useTranslation } from 'react-i18next';
import { layerText } from '../../i18n/catalogueText';
import type { RefObject } from 'react';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import { setParam } from '../../../core/network/graph';
import { resolveParams } from '../../../core/network/params';
import type { ParamValue } from '../../../core/network/types';
import { formatInteger, formatShape } from '../../components/format';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { LayerFormula } from './LayerFormula';
import { ParamField } from './ParamField';
import './properties.css';

interface PropertiesPanelProps {
  analysis: NetworkAnalysis;
  /** The panel's heading, focused when Enter is pressed on a layer node. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The selected layer's parameters as labelled fields, its formula and what it does. */
export function PropertiesPanel({ analysis, headingRef }: PropertiesPanelProps) {
  const store = useAppStoreApi();
  const graph = useAppStore((state) => state.graph);
  const selectedId = useAppStore((state) => state.selectedNodeId);
  const replaceGraph = useAppStore((state) => state.replaceGraph);
  const endEditGroup = useAppStore((state) => state.endEditGroup);
  const node = graph.nodes.find((n) => n.id === selectedId);
  const { t } = useTranslation('builder');

  if (!node) {
    return (
      <div className="properties">
        <h3 className="builder__subheading" ref={headingRef} tabIndex={-1}>
          {t('properties.heading')}
        </h3>
        <p className="properties__empty">
          {t('properties.empty')}
        </p>
      </div>
    );
  }

  const spec = LAYER_CATALOGUE[node.type];
  const values = resolveParams(node.type, node.params);
  const info = analysis.nodes[node.id];
  const change = (key: string, value: ParamValue, typing: boolean): void => {
    replaceGraph(setParam(store.getState().graph, node.id, key, value), typing ? { group: `param:${node.id}:${key}` } : {});
  };

  return (
    <div className="properties">
      <h3 className="builder__subheading properties__title" ref={headingRef} tabIndex={-1}>
        <span className="properties__name">{node.name}</span>
        <span className="properties__type">{layerText(node.type).label}</span>
      </h3>
      <dl className="properties__facts">
        <div>
          <dt>{t('properties.outputShape')}</dt>
          <dd>{formatShape(info?.outputShape ?? null)}</dd>
        </div>
        <div>
          <dt>{t('properties.parameters')}</dt>
          <dd>{formatInteger(info?.params ?? 0)}</dd>
        </div>
      </dl>
      {spec.params.length > 0 ? (
        <div className="properties__fields">
          {spec.params.map((param) => (
            <ParamField
              key={`${node.id}:${param.key}`}
              spec={param}
              value={values[param.key]}
              onChange={(value, typing) => change(param.key, value, typing)}
              onDone={endEditGroup}
            />
          ))}
        </div>
      ) : (
        <p className="properties__empty">{t('properties.noSettings')}</p>
      )}
      <LayerFormula latex={spec.latex} />
      <p className="properties__description">{layerText(node.type).description}</p>
    </div>
  );
}
