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
  const actual = names[cell.actual] ?? String(cell.actual);
  const predictedName = names[cell.predicted] ?? String(cell.predicted);
  // "4s mistaken for 9", "Shirt images mistaken for T-shirt/top".
  const many = actual.length <= 2 ? `${actual}s` : `${actual} images`;
  const what = cell.actual === cell.predicted ? `${many} recognised as ${actual}` : `${many} mistaken for ${predictedName}`;

  return (
    <section className="cell-images" aria-label={`Images: ${what}`}>
      <header className="cell-images__header">
        <h3 className="cell-images__title">
          {what}
          {members ? ` · ${formatInteger(members.total)} image${members.total === 1 ? '' : 's'}` : ''}
          {members && members.total > members.indices.length ? ` (first ${members.indices.length} shown)` : ''}
        </h3>
        <Button variant="quiet" onClick={onClose}>Close</Button>
      </header>
      {!members ? <p className="panel-note">Loading the test images…</p> : null}
      {members && members.total === 0 ? <p className="panel-note">No test image falls in this cell.</p> : null}
      <ul className="image-strip">
        {members?.indices.map((index) => (
          <li key={index}>
            <button type="button" className="image-strip__button" aria-label={`Look inside with test image ${index}`} onClick={() => onInspect(index)}>
              <DigitImage pixels={testImagePixels(testSet, index)} size={42} label={`Test image ${index}`} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
