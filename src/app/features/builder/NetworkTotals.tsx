import { useTranslation } from 'react-i18next';
import { optimizerText } from '../../i18n/catalogueText';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { estimateTrainingMemory } from '../../../core/network/memoryEstimate';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { formatBytes, formatInteger } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { formatCompactCount } from './countText';

/** The network's size at a glance: trainable parameters, forward FLOPs per image, and the
 * memory training takes (weights, gradients, the optimizer's state and the batch's activations). */
export function NetworkTotals({ analysis }: { analysis: NetworkAnalysis }) {
  const optimizer = OPTIMIZERS[useAppStore((state) => state.settings.optimizer)];
  const graph = useAppStore((state) => state.graph);
  const batchSize = useAppStore((state) => state.settings.batchSize);
  const memory = estimateTrainingMemory(graph, analysis, optimizer.slots, batchSize);
  const frozen = analysis.totalParams - analysis.trainableParams;
  const { t } = useTranslation('builder');
  return (
    <dl className="totals">
      <div className="totals__item">
        <dt>{t('totals.parameters')}</dt>
        <dd data-testid="param-count" data-value={String(analysis.trainableParams)}>
          {formatInteger(analysis.trainableParams)}
        </dd>
        {frozen > 0 ? <dd className="totals__note">{t('totals.batchNormStatistics', { count: formatInteger(frozen) })}</dd> : null}
        {memory.complete ? null : <dd className="totals__note">{t('totals.knownShapesOnly')}</dd>}
      </div>
      <div className="totals__item">
        <dt>{t('totals.flops')}</dt>
        <dd data-testid="flop-count" data-value={String(analysis.totalFlops)} title={t('totals.flopsTitle', { count: formatInteger(analysis.totalFlops) })}>
          {formatCompactCount(analysis.totalFlops)}
        </dd>
      </div>
      <div className="totals__item">
        <dt>{t('totals.memory')}</dt>
        <dd data-testid="memory-estimate" data-value={memory.complete ? String(memory.totalBytes) : ''}>
          {memory.complete ? formatBytes(memory.totalBytes) : '—'}
        </dd>
        <dd className="totals__note">
          {!memory.complete
            ? t('totals.memoryUnknown')
            : optimizer.slots > 0
              ? t('totals.memoryPartsState', { optimizer: optimizerText(optimizer.id).label, batch: formatInteger(batchSize) })
              : t('totals.memoryParts', { batch: formatInteger(batchSize) })}
        </dd>
      </div>
    </dl>
  );
}
