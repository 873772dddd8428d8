import { useTranslation } from 'react-i18next';
import { memo, type CSSProperties } from 'react';
import type { MatrixCell } from '../../store/learningData';
import { hasLongClassNames, useClassNames } from '../datasets/useDataset';
import { cellShade } from './cellImages';

/** How much stronger an off-diagonal cell is shaded than its share of the row. */
const MISS_BOOST = 2.5;

interface ConfusionMatrixProps {
  /** confusion[t][p]: test images of true class t predicted as p. */
  confusion: number[][];
  selected: MatrixCell | null;
  onSelect: (cell: MatrixCell) => void;
}

/** The 10 x 10 confusion matrix as a table: rows true class, columns predicted class (named in the headers), shaded by share of the row. */
export const ConfusionMatrix = memo(function ConfusionMatrix({ confusion, selected, onSelect }: ConfusionMatrixProps) {
  const names = useClassNames();
  const { t: translate } = useTranslation('evaluation');
  const classes = names.map((_, index) => index);
  // Long names (Fashion-MNIST's) stand upright over their columns.
  const named = hasLongClassNames(names);
  return (
    <table className={named ? 'confusion-matrix confusion-matrix--named' : 'confusion-matrix'} data-testid="confusion-matrix">
      <caption className="confusion-matrix__caption">
        {translate('matrixCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="confusion-matrix__corner">
            <span aria-hidden="true">{translate('matrixCorner')}</span>
            <span className="visually-hidden">{translate('matrixCornerLabel')}</span>
          </th>
          {classes.map((p) => (
            <th key={p} scope="col" className="confusion-matrix__column">{names[p]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {classes.map((t) => {
          const row = confusion[t] ?? [];
          const rowTotal = row.reduce((sum, count) => sum + count, 0);
          return (
            <tr key={t}>
              <th scope="row" className="confusion-matrix__row">{names[t]}</th>
              {classes.map((p) => {
                const count = row[p] ?? 0;
                // Mistakes are rare: boost their shade so that a handful still shows.
                const share = cellShade(count, rowTotal);
                const shade = t === p ? share : Math.min(0.85, share * MISS_BOOST);
                const isSelected = selected?.actual === t && selected.predicted === p;
                const kind = t === p ? 'confusion-matrix__cell--hit' : 'confusion-matrix__cell--miss';
                return (
                  <td
                    key={p}
                    className={`confusion-matrix__cell ${kind}`}
                    style={{ '--shade': shade.toFixed(3) } as CSSProperties}
                  >
                    <button
                      type="button"
                      className="confusion-matrix__button"
                      aria-pressed={isSelected}
                      aria-label={translate('cellLabel', { count, actual: names[t], predicted: names[p] })}
                      onClick={() => onSelect({ actual: t, predicted: p })}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
