import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { formatInteger, formatPercent } from '../../components/format';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { useLiveStore, useViewOnScreen } from '../../components/LiveView';
import { useClassNames } from '../datasets/useDataset';
import { DigitImage } from '../predictions/DigitImage';
import { testImagePixels, useTestSet } from '../predictions/useTestSet';
import { GradientNormChart } from './GradientNormChart';
import { LayerActivations } from './LayerActivations';
import { FilterImages, WeightHistograms } from './WeightViews';
import './inspect.css';

/** Activations for a chosen test image, the first filters, weight and gradient histograms, and gradient norms. */
export function LookInside() {
  const service = useTrainingService();
  const testSet = useTestSet();
  const index = useAppStore((state) => state.inspectIndex);
  const setIndex = useAppStore((state) => state.setInspectIndex);
  const result = useLiveStore((state) => state.inspectResult);
  const weights = useAppStore((state) => state.weights);
  const weightsStatus = useAppStore((state) => state.weightsStatus);
  const epoch = useAppStore((state) => state.epoch);
  const hasModel = useAppStore((state) => state.batch > 0 && state.trainingState !== 'idle');
  const testCount = useAppStore((state) => state.datasetSizes?.test ?? 10_000);
  const inputId = useId();
  const names = useClassNames();
  const [large, setLarge] = useState(false);

  // Weights and gradients: once per completed epoch while on screen (at once when scrolled to), and on demand.
  const onScreen = useViewOnScreen();
  const weightsEpoch = useRef(-1);
  useEffect(() => {
    if (!hasModel) weightsEpoch.current = -1;
    if (!onScreen || !hasModel || epoch === 0 || weightsEpoch.current === epoch) return;
    weightsEpoch.current = epoch;
    void service.learning.refreshWeights();
  }, [service, epoch, hasModel, onScreen]);

  const shown = hasModel ? result : null;
  const { t } = useTranslation('inspect');
  const label = testSet && index < testSet.loaded ? (names[testSet.labels[index] ?? 0] ?? null) : null;

  return (
    <Panel className={large ? 'inspect inspect--large' : 'inspect'} title={t('title')} aside={shown ? t('aside', { index, name: names[shown.predicted] ?? shown.predicted, percent: formatPercent(shown.probabilities[shown.predicted] ?? 0, 0) }) : undefined}>
      <div className="inspect-picker">
        <DigitImage pixels={testImagePixels(testSet, index)} size={84} label={t('testImageLabel', { index })} />
        <div className="field inspect-picker__field">
          <label className="field__label" htmlFor={inputId}>{t('testImage')}</label>
          <input
            id={inputId}
            className="field__control field__control--number"
            type="number"
            min={0}
            max={testCount - 1}
            value={index}
            onChange={(event) => {
              const next = Number(event.target.value);
              if (Number.isInteger(next) && next >= 0 && next < testCount) setIndex(next);
            }}
          />
          <span className="field__hint">
            {label === null ? t('chooseHint') : t('chosenHint', { name: label })}
          </span>
        </div>
        <label className="chart-toggle inspect-picker__zoom">
          <input type="checkbox" checked={large} onChange={(event) => setLarge(event.target.checked)} />
          {t('largePictures')}
        </label>
      </div>
      {!hasModel ? <p className="panel-note">{t('needsModel')}</p> : null}
      {shown ? <LayerActivations result={shown} /> : null}
      <div className="inspect-weights">
        <div className="chart-toolbar">
          <h3 className="evaluation-block__title">
            {t('weights')}{weights && hasModel ? t('afterBatch', { batch: formatInteger(weights.batch) }) : ''}
          </h3>
          <Button disabled={!hasModel || weightsStatus === 'pending'} onClick={() => void service.learning.refreshWeights()}>
            {t('refresh')}
          </Button>
        </div>
        {weights && hasModel ? (
          <>
            {weights.filters ? (
              <div className="inspect-filters">
                <span className="activation__meta">
                  {t('filters', { layer: weights.filters.layer, count: weights.filters.count, size: weights.filters.kernelSize })}
                </span>
                <FilterImages filters={weights.filters} />
              </div>
            ) : null}
            <WeightHistograms layers={weights.layers} />
            <p className="panel-note">
              {t('gradientsNote', { count: formatInteger(weights.gradientSamples) })}
            </p>
          </>
        ) : (
          <p className="panel-note">{t('histogramsLater')}</p>
        )}
      </div>
      <GradientNormChart />
    </Panel>
  );
}
