// Turning class scores into decisions, and decisions into a confusion matrix.

/**
 * The predicted class of every row of a row-major `rows x classes` score
 * matrix: the index of the row's largest score (the first one on a tie).
 */
export function argmaxRows(scores: ArrayLike<number>, classes: number): Uint8Array {
  if (classes < 1 || classes > 256) throw new RangeError(`${classes} classes do not fit a Uint8Array`);
  if (scores.length % classes !== 0) throw new RangeError(`${scores.length} scores are not whole rows of ${classes}`);
  const rows = scores.length / classes;
  const predicted = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    const offset = row * classes;
    let best = 0;
    for (let c = 1; c < classes; c++) {
      if (scores[offset + c] > scores[offset + best]) best = c;
    }
    predicted[row] = best;
  }
  return predicted;
}

/**
 * The confusion matrix: `matrix[t][p]` counts the samples whose true class is
 * `t` and predicted class is `p`. Rows sum to each class's sample count, the
 * whole matrix to the number of samples, and the diagonal to the correct ones.
 */
export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number[][] {
  if (labels.length !== predicted.length) throw new RangeError(`${labels.length} labels but ${predicted.length} predictions`);
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const t = labels[i];
    const p = predicted[i];
    if (!(t >= 0 && t < classes && p >= 0 && p < classes)) throw new RangeError(`sample ${i}: class ${t} or ${p} is outside 0..${classes - 1}`);
    matrix[t][p] += 1;
  }
  return matrix;
}

/** Accuracy = trace / total: the share of samples on the diagonal (0 when there are none). */
export function accuracyOf(matrix: number[][]): number {
  let correct = 0;
  let total = 0;
  matrix.forEach((row, t) => {
    correct += row[t];
    for (const count of row) total += count;
  });
  return total === 0 ? 0 : correct / total;
}
