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
  return (
    <dl className="totals">
      <div className="totals__item">
        <dt>Parameters</dt>
        <dd data-testid="param-count" data-value={String(analysis.trainableParams)}>
          {formatInteger(analysis.trainableParams)}
        </dd>
        {frozen > 0 ? <dd className="totals__note">+ {formatInteger(frozen)} BatchNorm statistics</dd> : null}
        {memory.complete ? null : <dd className="totals__note">layers with known shapes only</dd>}
      </div>
      <div className="totals__item">
        <dt>FLOPs per image</dt>
        <dd data-testid="flop-count" data-value={String(analysis.totalFlops)} title={`${formatInteger(analysis.totalFlops)} floating-point operations for one forward pass`}>
          {formatCompactCount(analysis.totalFlops)}
        </dd>
      </div>
      <div className="totals__item">
        <dt>Training memory</dt>
        <dd data-testid="memory-estimate" data-value={memory.complete ? String(memory.totalBytes) : ''}>
          {memory.complete ? formatBytes(memory.totalBytes) : '—'}
        </dd>
        <dd className="totals__note">
          {memory.complete
            ? `weights, gradients${optimizer.slots > 0 ? `, ${optimizer.label} state` : ''} and activations for a batch of ${formatInteger(batchSize)}`
            : 'known once every layer has a shape'}
        </dd>
      </div>
    </dl>
  );
}
