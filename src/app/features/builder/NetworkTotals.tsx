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
  return (
    <dl className="totals">
      <div className="totals__item">
        <dt>Parameters</dt>
        <dd data-testid="param-count" data-value={String(analysis.trainableParams)}>
          {formatInteger(analysis.trainableParams)}
        </dd>
        {frozen > 0 ? <dd className="totals__note">+ {formatInteger(frozen)} BatchNorm statistics</dd> : null}
        {analysis.issues.length > 0 ? <dd className="totals__note">layers with known shapes only</dd> : null}
      </div>
      <div className="totals__item">
        <dt>FLOPs per image</dt>
        <dd data-testid="flop-count" data-value={String(analysis.totalFlops)} title={`${formatInteger(analysis.totalFlops)} floating-point operations for one forward pass`}>
          {formatCompactCount(analysis.totalFlops)}
        </dd>
      </div>
      <div className="totals__item">
        <dt>Training memory</dt>
        <dd data-testid="memory-estimate" data-value={String(memory)}>
          {formatMegabytes(memory)}
        </dd>
        <dd className="totals__note">
          weights, gradients{optimizer.slots > 0 ? ` and ${optimizer.label} state` : ''}
        </dd>
      </div>
    </dl>
  );
}
