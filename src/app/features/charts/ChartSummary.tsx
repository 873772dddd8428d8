import { useTranslation } from 'react-i18next';
import type { EpochPoint } from '../../../worker/protocol';
import { formatInteger } from '../../components/format';
import { t } from '../../i18n/i18n';
import type { CurvePoint } from '../../store/curves';
import type { CurveChartConfig } from './CurveChart';

/** The words of a chart's latest values, for readers who cannot see the curve. */
export function chartSummaryText(config: CurveChartConfig, batches: readonly CurvePoint[], epochs: readonly EpochPoint[]): string {
  const last = batches[batches.length - 1];
  if (!last) return config.emptyText;
  const format = (value: number | null) => (value === null ? t('charts:summary.notANumber') : config.formatY(value));
  const parts = [t(`charts:summary.${config.rawKey}` as const, { batch: formatInteger(last.batch), value: format(last[config.rawKey]), smoothed: format(last[config.smoothKey]) })];
  const epoch = epochs[epochs.length - 1];
  if (epoch) parts.push(t('charts:summary.validation', { epoch: formatInteger(epoch.epoch), value: format(epoch[config.validationKey]) }));
  return parts.join(' ');
}

/** The text alternative of a curve chart: its latest values, read by screen readers, not shown. */
export function ChartSummary({ config, batches, epochs }: { config: CurveChartConfig; batches: readonly CurvePoint[]; epochs: readonly EpochPoint[] }) {
  useTranslation();
  return <p className="visually-hidden" data-testid={`${config.testId}-summary`}>{chartSummaryText(config, batches, epochs)}</p>;
}
