import { useTranslation } from 'react-i18next';
import { t as translate } from '../../i18n/i18n';
import { useMemo } from 'react';
import type { MatrixCell, TestSetCache } from '../../store/learningData';
import { formatInteger } from '../../components/format';
import { Button } from '../../components/Button';
import { useClassNames } from '../datasets/useDataset';
import { DigitImage } from '../predictions/DigitImage';
import { testImagePixels } from '../predictions/useTestSet';
import { cellMembers } from './cellImages';

/** Most images shown for one cell. */
const MAX_CELL_IMAGES = 60;

interface CellImagesProps {
  cell: MatrixCell;
  predicted: Uint8Array;
  testSet: TestSetCache | null;
  onClose: () => void;
  onInspect: (index: number) => void;
}

/** The test images of one confusion-matrix cell. */
export function CellImages({ cell, predicted, testSet, onClose, onInspect }: CellImagesProps) {
  const ready = testSet !== null && testSet.loaded === testSet.count;
  const members = useMemo(
    () => (ready && testSet ? cellMembers(testSet.labels, predicted, cell.actual, cell.predicted, MAX_CELL_IMAGES) : null),
    [ready, testSet, predicted, cell],
  );
  const names = useClassNames();
  const { t } = useTranslation('evaluation');
  const actual = names[cell.actual] ?? String(cell.actual);
  const predictedName = names[cell.predicted] ?? String(cell.predicted);
  // "4s mistaken for 9", "Shirt images mistaken for T-shirt/top".
  const many = actual.length <= 2 ? t('manyDigits', { name: actual }) : t('many', { name: actual });
  const what = cell.actual === cell.predicted ? t('recognised', { many, actual }) : t('mistaken', { many, predicted: predictedName });

  return (
    <section className="cell-images" aria-label={t('cellImages', { what })}>
      <header className="cell-images__header">
        <h3 className="cell-images__title">
          {what}
          {members ? t('cellCount', { count: members.total, n: formatInteger(members.total) }) : ''}
          {members && members.total > members.indices.length ? t('firstShown', { count: members.indices.length }) : ''}
        </h3>
        <Button variant="quiet" onClick={onClose}>{t('close')}</Button>
      </header>
      {!members ? <p className="panel-note">{t('loadingImages')}</p> : null}
      {members && members.total === 0 ? <p className="panel-note">{t('noImages')}</p> : null}
      <ul className="image-strip">
        {members?.indices.map((index) => (
          <li key={index}>
            <button type="button" className="image-strip__button" aria-label={t('lookInside', { index })} onClick={() => onInspect(index)}>
              <DigitImage pixels={testImagePixels(testSet, index)} size={42} label={translate('predictions:testImage', { index })} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
