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
  return (
    <table className="class-report" data-testid="class-report">
      <caption className="visually-hidden">Precision, recall and F1 per class, in percent</caption>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col" title="Of the images predicted as this class, the share that are">Precision %</th>
          <th scope="col" title="Of the images of this class, the share found">Recall %</th>
          <th scope="col" title="Harmonic mean of precision and recall">F1 %</th>
          <th scope="col">Images</th>
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
          <th scope="row">Macro avg.</th>
          <td data-value={macro.precision}>{percent(macro.precision)}</td>
          <td data-value={macro.recall}>{percent(macro.recall)}</td>
          <td data-value={macro.f1}>{percent(macro.f1)}</td>
          <td>{formatInteger(perClass.reduce((sum, m) => sum + m.support, 0))}</td>
        </tr>
      </tfoot>
    </table>
  );
});
