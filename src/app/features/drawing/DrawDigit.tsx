import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { drawingText } from '../../i18n/catalogueText';
import { t as translate } from '../../i18n/i18n';
import { useClassNames } from '../datasets/useDataset';
import { useCallback, useEffect, useRef } from 'react';
import { preprocessDigit, type InkImage } from '../../../core/drawing/preprocess';
import { Button } from '../../components/Button';
import { useLiveStore } from '../../components/LiveView';
import { Panel } from '../../components/Panel';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import type { DrawingState } from '../../store/learningData';
import { useDataset } from '../datasets/useDataset';
import { DigitImage } from '../predictions/DigitImage';
import { inkColor, useColorScheme } from '../predictions/useColorScheme';
import { ProbabilityBars } from './ProbabilityBars';
import { useDrawingCanvas } from './useDrawingCanvas';
import './drawing.css';

/** Side of the drawing canvas in canvas pixels (shown at the same CSS size). */
const CANVAS_SIDE = 280;

function statusText(drawing: DrawingState, prompt: string): string {
  if (!drawing.input) return prompt;
  switch (drawing.status) {
    case 'no-model':
      return translate('drawing:noModel');
    case 'failed':
      return translate('drawing:failed');
    case 'pending':
      return drawing.prediction ? translate('drawing:answer') : translate('drawing:asking');
    default:
      return translate('drawing:answer');
  }
}

/**
 * A canvas to draw on (a digit for MNIST, a piece of clothing for
 * Fashion-MNIST), the 28 x 28 image the network sees, and its class probabilities.
 */
export function DrawDigit() {
  const service = useTrainingService();
  const dataset = useDataset();
  const { fit } = dataset.drawing;
  const drawing = useAppStore((state) => state.drawing);
  const setDrawingInput = useAppStore((state) => state.setDrawingInput);
  const gridBatch = useLiveStore((state) => state.liveGrid?.batch ?? null);
  const scheme = useColorScheme();
  const { t } = useTranslation('drawing');
  const names = useClassNames();
  const words = drawingText(dataset.id);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [r, g, b] = inkColor(scheme);

  const onInk = useCallback(
    (ink: InkImage | null) => {
      const input = ink ? preprocessDigit(ink, fit) : null;
      if (!input || input.status === 'empty') {
        setDrawingInput(null);
        return;
      }
      setDrawingInput(input.pixels);
    },
    [setDrawingInput, fit],
  );
  const handlers = useDrawingCanvas(canvas, `rgb(${r} ${g} ${b})`, onInk);

  // Ask when the drawing changes, and again whenever the network has (the grid is refreshed with it).
  const input = drawing.input;
  useEffect(() => {
    if (input) service.learning.predictDrawing(input);
  }, [service, input, gridBatch]);

  const prediction = drawing.status === 'no-model' ? null : drawing.prediction;
  const top = prediction ? prediction.predicted : null;
  const mnist = dataset.id === 'mnist';

  return (
    <Panel title={mnist ? t('titleDigit') : t('titleDrawing')} aside={t('aside')}>
      <div className="draw-digit">
        <div className="draw-digit__pad">
          <canvas
            ref={canvas}
            className="draw-digit__canvas"
            width={CANVAS_SIDE}
            height={CANVAS_SIDE}
            aria-label={t('canvas')}
            onPointerDown={handlers.onPointerDown}
            onPointerMove={handlers.onPointerMove}
            onPointerUp={handlers.onPointerUp}
            onPointerCancel={handlers.onPointerCancel}
          />
          <Button onClick={handlers.clear} disabled={!drawing.input}>
            {t('clear')}
          </Button>
        </div>
        <div className="draw-digit__seen">
          <span className="draw-digit__label">{t('seen')}</span>
          <DigitImage pixels={drawing.input} unit size={112} label={t('seenLabel')} />
          <span className="draw-digit__label">{t('prediction')}</span>
          <span className="draw-digit__prediction" data-testid="draw-prediction" data-value={top ?? ''} aria-live="polite">
            {top === null ? '—' : (names[top] ?? top)}
          </span>
          {prediction ? <span className="draw-digit__confidence">{t('sure', { percent: formatNumber(prediction.confidence * 100, 1) })}</span> : null}
        </div>
        <div className="draw-digit__bars">
          <ProbabilityBars probabilities={prediction?.probabilities ?? null} top={top} names={names} />
          <p className={drawing.status === 'no-model' ? 'draw-digit__status draw-digit__status--warn' : 'draw-digit__status'} role="status">
            {statusText(drawing, words.prompt)}
          </p>
        </div>
      </div>
      <p className="panel-note">{words.note}</p>
      <p className="panel-note" data-testid="privacy-note">{t('privacyNote')}</p>
    </Panel>
  );
}
