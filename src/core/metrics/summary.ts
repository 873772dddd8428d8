// Everything the learning views show about a classifier on one split,
// computed from one matrix of class probabilities so every figure agrees.
import { classReport, type ClassReport } from './classReport';
import { accuracyOf, argmaxRows, confusionMatrix } from './confusion';
import { confidentMistakes, type ConfidentMistake } from './mistakes';
import { downsampleCurve, rocCurve, type RocCurve } from './roc';

/** One class's one-vs-rest ROC curve (that class positive, all others negative). */
export interface ClassRoc extends RocCurve {
  label: number;
}

/** A classifier's results on a split, all from the same predictions. */
export interface ClassificationSummary extends ClassReport {
  /** Samples scored. */
  samples: number;
  /** Share of samples predicted correctly: the confusion matrix's trace / samples. */
  accuracy: number;
  /** confusion[t][p]: samples of true class t predicted as p; sums to `samples`. */
  confusion: number[][];
  /** One-vs-rest ROC curve and AUC per class, each curve cut to at most `rocPoints` corners. */
  roc: ClassRoc[];
  /** Predicted class (argmax of the probabilities) of every sample, in split order. */
  predicted: Uint8Array;
  /** The most confident wrong predictions, most confident first. */
  mistakes: ConfidentMistake[];
}

/** How much detail a summary keeps. */
export interface SummaryOptions {
  /** Most corners per ROC curve sent to the page (the AUC always uses them all). */
  rocPoints: number;
  /** Mistakes to keep. */
  mistakes: number;
  /** Classes listed per mistake. */
  topK: number;
}

/** Summarises `samples x classes` probabilities (row-major) against the true labels. */
export function summarizeClassification(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  options: SummaryOptions,
): ClassificationSummary {
  const samples = labels.length;
  if (probabilities.length !== samples * classes) throw new RangeError(`${probabilities.length} probabilities for ${samples} samples x ${classes} classes`);
  const predicted = argmaxRows(probabilities, classes);
  const confusion = confusionMatrix(labels, predicted, classes);
  const scores = new Float32Array(samples);
  const positive = new Uint8Array(samples);
  const roc: ClassRoc[] = [];
  for (let c = 0; c < classes; c++) {
    for (let i = 0; i < samples; i++) {
      scores[i] = probabilities[i * classes + c];
      positive[i] = labels[i] === c ? 1 : 0;
    }
    roc.push({ label: c, ...downsampleCurve(rocCurve(scores, positive), options.rocPoints) });
  }
  return {
    samples,
    accuracy: accuracyOf(confusion),
    confusion,
    ...classReport(confusion),
    roc,
    predicted,
    mistakes: confidentMistakes(probabilities, labels, predicted, classes, options.mistakes, options.topK),
  };
}
