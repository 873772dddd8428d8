import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { ClassMetrics, MacroAverages } from '../../../worker/protocol';
import { formatInteger } from '../../components/format';
import { useClassNames } from '../datasets/useDataset';

interface ClassReportTableProps {
  perClass: ClassMetrics[];
  macro: MacroAverages;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}`;

/** Precision, recall and F1 per class (by name), with their macro averages. */
export const ClassReportTable = memo(function ClassReportTable({ perClass, macro }: ClassReportTableProps) {
  const names = useClassNames();
  const { t } = useTranslation('evaluation');
  return (
    <table className="class-report" data-testid="class-report">
      <caption className="visually-hidden">{t('reportCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('className')}</th>
          <th scope="col" title={t('precisionTitle')}>{t('precision')}</th>
          <th scope="col" title={t('recallTitle')}>{t('recall')}</th>
          <th scope="col" title={t('f1Title')}>{t('f1')}</th>
          <th scope="col">{t('images')}</th>
        </tr>
      </thead>
      <tbody>
        {perClass.map((metrics) => (
          <tr key={metrics.label}>
            <th scope="row">{names[metrics.label] ?? metrics.label}</th>
            <td data-value={metrics.precision}>{percent(metrics.precision)}</td>
            <td data-value={metrics.recall}>{percent(metrics.recall)}</td>
            <td data-value={metrics.f1}>{percent(metrics.f1)}</td>
            <td>{formatInteger(metrics.support)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('macro')}</th>
          <td data-value={macro.precision}>{percent(macro.precision)}</td>
          <td data-value={macro.recall}>{percent(macro.recall)}</td>
          <td data-value={macro.f1}>{percent(macro.f1)}</td>
          <td>{formatInteger(perClass.reduce((sum, m) => sum + m.support, 0))}</td>
        </tr>
      </tfoot>
    </table>
  );
});
