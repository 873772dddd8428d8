import { useTranslation } from 'react-i18next';
import { optimizerText } from '../../i18n/catalogueText';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { OPTIMIZERS } from '../../../core/training/optimizers';
import { formatInteger, formatMegabytes } from '../../components/format';
import { useAppStore } from '../../store/appStore';
import { formatCompactCount } from './countText';

/** The network's size at a glance: trainable parameters, forward FLOPs per image, and the
 * memory its weights, gradients and the chosen optimizer's state take. */
export function NetworkTotals({ analysis }: { analysis: NetworkAnalysis }) {
  const optimizer = OPTIMIZERS[useAppStore((state) => state.settings.optimizer)];
  const memory = analysis.memoryBytes(optimizer.slots);
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
        {analysis.issues.length > 0 ? <dd className="totals__note">{t('totals.knownShapesOnly')}</dd> : null}
      </div>
      <div className="totals__item">
        <dt>{t('totals.flops')}</dt>
        <dd data-testid="flop-count" data-value={String(analysis.totalFlops)} title={t('totals.flopsTitle', { count: formatInteger(analysis.totalFlops) })}>
          {formatCompactCount(analysis.totalFlops)}
        </dd>
      </div>
      <div className="totals__item">
        <dt>{t('totals.memory')}</dt>
        <dd data-testid="memory-estimate" data-value={String(memory)}>
          {formatMegabytes(memory)}
        </dd>
        <dd className="totals__note">
          {optimizer.slots > 0 ? t('totals.memoryPartsState', { optimizer: optimizerText(optimizer.id).label }) : t('totals.memoryParts')}
        </dd>
      </div>
    </dl>
  );
}
