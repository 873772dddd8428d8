// The model's most confident mistakes: wrong predictions it was surest of.

/** One class with the probability the model gave it. */
export interface ClassProbability {
  label: number;
  probability: number;
}

/** A misclassified sample, for the mistakes gallery. */
export interface ConfidentMistake {
  /** Position of the sample in its split (the test set). */
  index: number;
  /** The true class. */
  label: number;
  /** The wrongly predicted class (top[0].label). */
  predicted: number;
  /** The k most probable classes, most probable first. */
  top: ClassProbability[];
}

/** The `k` most probable classes of row `row` of a row-major `rows x classes` matrix, highest first (lower class first on a tie). */
export function topClasses(probabilities: ArrayLike<number>, row: number, classes: number, k: number): ClassProbability[] {
  const offset = row * classes;
  const ranked: ClassProbability[] = [];
  for (let c = 0; c < classes; c++) ranked.push({ label: c, probability: probabilities[offset + c] });
  ranked.sort((a, b) => b.probability - a.probability || a.label - b.label);
  return ranked.slice(0, k);
}

/**
 * The `count` wrong predictions made with the highest probability for the
 * predicted class, most confident first (lower index first on a tie).
 */
export function confidentMistakes(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
  count: number,
  k = 3,
): ConfidentMistake[] {
  const wrong: Array<{ index: number; confidence: number }> = [];
  for (let i = 0; i < labels.length; i++) {
    if (predicted[i] !== labels[i]) wrong.push({ index: i, confidence: probabilities[i * classes + predicted[i]] });
  }
  wrong.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  return wrong.slice(0, count).map(({ index }) => ({
    index,
    label: labels[index],
    predicted: predicted[index],
    top: topClasses(probabilities, index, classes, k),
  }));
}
