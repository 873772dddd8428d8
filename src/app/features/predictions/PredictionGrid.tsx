import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { showcaseIndices } from '../../../core/metrics/showcase';
import { LIVE_BEAT_MS } from '../../../core/training/liveCadence';
import type { LivePrediction } from '../../../worker/protocol';
import { Panel } from '../../components/Panel';
import { formatInteger, formatPercent } from '../../components/format';
import { useLiveStore } from '../../components/LiveView';
import { useAppStore } from '../../store/appStore';
import { hasLongClassNames, useClassNames } from '../datasets/useDataset';
import { DigitImage } from './DigitImage';
import { testImagePixels, useTestSet } from './useTestSet';
import './predictions.css';

/** Images in the grid, as chosen by the worker. */
const GRID_SIZE = 24;

interface GridCell {
  index: number;
  label: number;
  prediction: LivePrediction | null;
}

/** The live prediction grid: 24 fixed test images with what the network thinks they are. */
export function PredictionGrid() {
  const { t } = useTranslation('predictions');
  const testSet = useTestSet();
  const names = useClassNames();
  const named = hasLongClassNames(names);
  const liveGrid = useLiveStore((state) => state.liveGrid);
  const inspectIndex = useAppStore((state) => state.inspectIndex);
  const setInspectIndex = useAppStore((state) => state.setInspectIndex);
  const labelsReady = testSet !== null && testSet.loaded === testSet.count;

  const cells = useMemo((): GridCell[] => {
    if (liveGrid) return liveGrid.predictions.map((p) => ({ index: p.index, label: p.label, prediction: p }));
    if (!testSet || !labelsReady) return [];
    return showcaseIndices(testSet.labels, names.length, GRID_SIZE).map((index) => ({ index, label: testSet.labels[index] ?? 0, prediction: null }));
  }, [liveGrid, testSet, labelsReady, names]);

  const correct = liveGrid ? liveGrid.predictions.filter((p) => p.predicted === p.label).length : null;
  const aside = liveGrid
    ? t('correct', { correct, total: liveGrid.predictions.length, batch: formatInteger(liveGrid.batch) })
    : t('live');

  return (
    <Panel title={t('title')} aside={aside}>
      <ul className={named ? 'prediction-grid prediction-grid--named' : 'prediction-grid'} data-testid="prediction-grid">
        {cells.map((cell) => (
          <PredictionCell
            key={cell.index}
            cell={cell}
            names={names}
            pixels={testImagePixels(testSet, cell.index)}
            chosen={cell.index === inspectIndex}
            onChoose={() => setInspectIndex(cell.index)}
          />
        ))}
      </ul>
      <p className="panel-note">
        {liveGrid
          ? t('showcase')
          : t('waiting', { seconds: LIVE_BEAT_MS / 1000 })}
      </p>
    </Panel>
  );
}

interface PredictionCellProps {
  cell: GridCell;
  /** Class names by label. */
  names: readonly string[];
  pixels: Uint8Array | null;
  chosen: boolean;
  onChoose: () => void;
}

function PredictionCell({ cell, names, pixels, chosen, onChoose }: PredictionCellProps) {
  const { prediction } = cell;
  const { t } = useTranslation('predictions');
  const name = (label: number) => names[label] ?? String(label);
  const right = prediction ? prediction.predicted === prediction.label : null;
  const verdict = right === null ? 'prediction-cell--pending' : right ? 'prediction-cell--right' : 'prediction-cell--wrong';
  const attributes = prediction
    ? { 'data-testid': 'prediction', 'data-label': String(prediction.label), 'data-predicted': String(prediction.predicted) }
    : {};
  return (
    <li className={`prediction-cell ${verdict}`} data-index={cell.index} {...attributes}>
      <button
        type="button"
        className="prediction-cell__image"
        aria-pressed={chosen}
        aria-label={t('lookInside', { index: cell.index, name: name(cell.label) })}
        onClick={onChoose}
      >
        <DigitImage pixels={pixels} size={56} label={t('testImage', { index: cell.index })} />
      </button>
      {prediction ? (
        <div className="prediction-cell__text">
          <span className="prediction-cell__guess">
            <span aria-hidden="true" className="prediction-cell__icon">{right ? '✓' : '✗'}</span>
            {name(prediction.predicted)}
          </span>
          <span className="prediction-cell__confidence">{formatPercent(prediction.confidence, 0)}</span>
          <span className="prediction-cell__verdict">{right ? t('right') : t('wrong', { name: name(prediction.label) })}</span>
        </div>
      ) : (
        <div className="prediction-cell__text">
          <span className="prediction-cell__verdict">{t('a', { name: name(cell.label) })}</span>
        </div>
      )}
    </li>
  );
}
