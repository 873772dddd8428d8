import { useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { formatInteger, formatPercent } from '../../components/format';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';
import { useTestSet } from '../predictions/useTestSet';
import { CellImages } from './CellImages';
import { ClassReportTable } from './ClassReportTable';
import { ConfusionMatrix } from './ConfusionMatrix';
import { MistakesGallery } from './MistakesGallery';
import { RocChart } from './RocChart';
import './evaluation.css';

/** Mistakes shown in the gallery (the worker sends the 24 most confident). */
const SHOWN_MISTAKES = 8;

/** The full test-set evaluation: confusion matrix, per-class scores, ROC curves and the surest mistakes. */
export function EvaluationPanel() {
  const service = useTrainingService();
  const { t } = useTranslation('evaluation');
  const evaluation = useAppStore((state) => state.evaluation);
  const selectedCell = useAppStore((state) => state.selectedCell);
  const selectCell = useAppStore((state) => state.selectCell);
  const setInspectIndex = useAppStore((state) => state.setInspectIndex);
  const trainingState = useAppStore((state) => state.trainingState);
  const trained = useAppStore((state) => state.batch > 0);
  const testSet = useTestSet();
  const hasModel = trainingState !== 'idle' && trainingState !== 'error' && trained;
  const inspect = useCallback((index: number) => setInspectIndex(index), [setInspectIndex]);

  const aside = evaluation
    ? t('aside', { samples: formatInteger(evaluation.samples), accuracy: formatPercent(evaluation.testAccuracy), batch: formatInteger(evaluation.details.batch) })
    : t('asideEmpty');

  return (
    <Panel title={t('title')} aside={aside}>
      <div className="evaluation-actions">
        <Button disabled={!hasModel} onClick={() => void service.learning.evaluateNow()}>
          {t('evaluateNow')}
        </Button>
        <p className="panel-note">
          {hasModel
            ? t('evaluateHint')
            : t('needsModel')}
        </p>
      </div>
      {evaluation ? (
        <>
          <div className="evaluation-grid">
            <section className="evaluation-block evaluation-block--matrix">
              <h3 className="evaluation-block__title">{t('confusion')}</h3>
              <ConfusionMatrix confusion={evaluation.details.confusion} selected={selectedCell} onSelect={selectCell} />
            </section>
            <section className="evaluation-block">
              <h3 className="evaluation-block__title">{t('report')}</h3>
              <ClassReportTable perClass={evaluation.details.perClass} macro={evaluation.details.macro} />
            </section>
          </div>
          {selectedCell ? (
            <CellImages
              cell={selectedCell}
              predicted={evaluation.details.predicted}
              testSet={testSet}
              onClose={() => selectCell(null)}
              onInspect={inspect}
            />
          ) : null}
          <div className="evaluation-grid">
            <section className="evaluation-block">
              <h3 className="evaluation-block__title">{t('roc')}</h3>
              <RocChart roc={evaluation.details.roc} />
            </section>
            <section className="evaluation-block">
              <h3 className="evaluation-block__title">{t('mistakes')}</h3>
              <MistakesGallery mistakes={evaluation.details.mistakes.slice(0, SHOWN_MISTAKES)} testSet={testSet} onInspect={inspect} />
            </section>
          </div>
        </>
      ) : null}
    </Panel>
  );
}
