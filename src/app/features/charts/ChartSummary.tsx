import type { EpochPoint } from '../../../worker/protocol';
import { formatInteger } from '../../components/format';
import type { CurvePoint } from '../../store/curves';
import type { CurveChartConfig } from './CurveChart';

/** The chart's quantity, as its summary names it. */
const QUANTITY: Record<CurveChartConfig['rawKey'], string> = { loss: 'Loss', accuracy: 'Accuracy' };

/** The words of a chart's latest values, for readers who cannot see the curve. */
export function chartSummaryText(config: CurveChartConfig, batches: readonly CurvePoint[], epochs: readonly EpochPoint[]): string {
  const last = batches[batches.length - 1];
  if (!last) return config.emptyText;
  const format = (value: number | null) => (value === null ? 'not a number' : config.formatY(value));
  const parts = [`${QUANTITY[config.rawKey]} at batch ${formatInteger(last.batch)}: ${format(last[config.rawKey])}, smoothed ${format(last[config.smoothKey])}.`];
  const epoch = epochs[epochs.length - 1];
  if (epoch) parts.push(`Validation after epoch ${formatInteger(epoch.epoch)}: ${format(epoch[config.validationKey])}.`);
  return parts.join(' ');
}

/** The text alternative of a curve chart: its latest values, read by screen readers, not shown. */
export function ChartSummary({ config, batches, epochs }: { config: CurveChartConfig; batches: readonly CurvePoint[]; epochs: readonly EpochPoint[] }) {
  return <p className="visually-hidden" data-testid={`${config.testId}-summary`}>{chartSummaryText(config, batches, epochs)}</p>;
}
