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
  const evaluation = useAppStore((state) => state.evaluation);
  const selectedCell = useAppStore((state) => state.selectedCell);
  const selectCell = useAppStore((state) => state.selectCell);
  const setInspectIndex = useAppStore((state) => state.setInspectIndex);
  const trainingState = useAppStore((state) => state.trainingState);
  const batch = useAppStore((state) => state.batch);
  const testSet = useTestSet();
  const hasModel = trainingState !== 'idle' && trainingState !== 'error' && batch > 0;
  const inspect = useCallback((index: number) => setInspectIndex(index), [setInspectIndex]);

  const aside = evaluation
    ? `${formatInteger(evaluation.samples)} test images · ${formatPercent(evaluation.testAccuracy)} right · after batch ${formatInteger(evaluation.details.batch)}`
    : 'On all 10,000 test images';

  return (
    <Panel title="Evaluation on the test set" aside={aside}>
      <div className="evaluation-actions">
        <Button disabled={!hasModel} onClick={() => void service.learning.evaluateNow()}>
          Evaluate now
        </Button>
        <p className="panel-note">
          {hasModel
            ? 'A run is evaluated when it finishes; Evaluate now scores the network as it is at this moment.'
            : 'Train or Step first: the evaluation needs a network with weights.'}
        </p>
      </div>
      {evaluation ? (
        <>
          <div className="evaluation-grid">
            <section className="evaluation-block evaluation-block--matrix">
              <h3 className="evaluation-block__title">Confusion matrix</h3>
              <ConfusionMatrix confusion={evaluation.details.confusion} selected={selectedCell} onSelect={selectCell} />
            </section>
            <section className="evaluation-block">
              <h3 className="evaluation-block__title">Precision, recall and F1</h3>
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
              <h3 className="evaluation-block__title">ROC curves, one class against the rest</h3>
              <RocChart roc={evaluation.details.roc} />
            </section>
            <section className="evaluation-block">
              <h3 className="evaluation-block__title">Most confident mistakes</h3>
              <MistakesGallery mistakes={evaluation.details.mistakes.slice(0, SHOWN_MISTAKES)} testSet={testSet} onInspect={inspect} />
            </section>
          </div>
        </>
      ) : null}
    </Panel>
  );
}
