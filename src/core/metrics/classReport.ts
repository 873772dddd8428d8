// Precision, recall and F1 per class from a confusion matrix.

/** How well one class is recognised. */
export interface ClassMetrics {
  /** The class (digit) these figures are about. */
  label: number;
  /** TP / (TP + FP): of the samples predicted as this class, the share that are; 0 when none were predicted. */
  precision: number;
  /** TP / (TP + FN): of the samples of this class, the share found; 0 when the class has no samples. */
  recall: number;
  /** 2PR / (P + R), the harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  /** Samples whose true class is this one (row sum). */
  support: number;
  /** Samples predicted as this class (column sum). */
  predicted: number;
}

/** Unweighted means over classes: every class counts the same, however many samples it has. */
export interface MacroAverages {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of every class, with their macro averages. */
export interface ClassReport {
  perClass: ClassMetrics[];
  macro: MacroAverages;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Per-class precision, recall and F1 (rows = true class, columns = predicted) and their macro averages. */
export function classReport(matrix: number[][]): ClassReport {
  const classes = matrix.length;
  const perClass: ClassMetrics[] = [];
  for (let c = 0; c < classes; c++) {
    const tp = matrix[c][c];
    const support = matrix[c].reduce((sum, count) => sum + count, 0);
    const predicted = matrix.reduce((sum, row) => sum + row[c], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass.push({ label: c, precision, recall, f1, support, predicted });
  }
  const mean = (key: keyof MacroAverages) => ratio(perClass.reduce((sum, m) => sum + m[key], 0), classes);
  return { perClass, macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}
