import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { Panel } from '../../components/Panel';
import { formatInteger, formatShape } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { layerSummary, layerTypeLabel } from './layerSummary';
import { useNetworkAnalysis } from './useNetworkAnalysis';
import './network.css';

/** A read-only table of the network: each layer's type, settings, output shape and parameters.
 * The builder's totals carry the `param-count` readout; this table is the text view of the canvas. */
export function NetworkSummary() {
  const graph = useAppStore((state) => state.graph);
  const analysis = useNetworkAnalysis();
  const { t } = useTranslation('network');

  const rows = useMemo(() => {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    return analysis.order.flatMap((id) => {
      const node = byId.get(id);
      return node ? [{ node, info: analysis.nodes[id] }] : [];
    });
  }, [graph, analysis]);

  const nonTrainable = analysis.totalParams - analysis.trainableParams;

  return (
    <Panel
      title={t('title')}
      className="network-summary"
      aside={t('layers', { count: rows.length, n: formatInteger(rows.length) })}
    >
      <div className="network-summary__scroll">
        <table className="network-table">
          <thead>
            <tr>
              <th scope="col">{t('layer')}</th>
              <th scope="col">{t('type')}</th>
              <th scope="col">{t('settings')}</th>
              <th scope="col" className="network-table__number">{t('outputShape')}</th>
              <th scope="col" className="network-table__number">{t('parameters')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node, info }) => (
              <tr key={node.id}>
                <th scope="row" className="network-table__name">{node.name}</th>
                <td>{layerTypeLabel(node)}</td>
                <td className="network-table__settings">{layerSummary(node)}</td>
                <td className="network-table__number">{formatShape(info?.outputShape ?? null)}</td>
                <td className="network-table__number">{formatInteger(info?.params ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('trainable')}
              </th>
              <td className="network-table__number">
                {formatInteger(analysis.trainableParams)}
              </td>
            </tr>
            {nonTrainable > 0 ? (
              <tr className="network-table__secondary">
                <th scope="row" colSpan={4}>
                  {t('nonTrainable')}
                </th>
                <td className="network-table__number">{formatInteger(nonTrainable)}</td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      </div>
    </Panel>
  );
}
