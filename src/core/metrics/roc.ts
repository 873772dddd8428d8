// Receiver operating characteristic curves and the area under them.
//
// Sorting the samples by score, highest first, and lowering the threshold
// past one distinct score at a time gives the curve's corners. Samples with
// equal scores cross the threshold together, so a tie between a positive and
// a negative becomes one diagonal segment, which the trapezoid rule credits
// with half: the AUC equals the probability that a random positive scores
// above a random negative, ties counting one half (Mann-Whitney U / (P N)).

/** A ROC curve: false positive rate against true positive rate, from (0, 0) to (1, 1). */
export interface RocCurve {
  /** FP / negatives at each threshold, non-decreasing. */
  fpr: number[];
  /** TP / positives at each threshold, non-decreasing. */
  tpr: number[];
  /** Area under the full curve (trapezoid rule); null when there are no positives or no negatives. */
  auc: number | null;
}

/**
 * The ROC curve of `scores` for the samples flagged in `positive` (1 = the
 * positive class, 0 = any other), with one corner per distinct score.
 */
export function rocCurve(scores: ArrayLike<number>, positive: ArrayLike<number>): RocCurve {
  const n = scores.length;
  if (positive.length !== n) throw new RangeError(`${n} scores but ${positive.length} flags`);
  let positives = 0;
  for (let i = 0; i < n; i++) if (positive[i]) positives += 1;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return { fpr: [0, 1], tpr: [0, 1], auc: null };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; ) {
    const score = scores[order[k]];
    while (k < n && scores[order[k]] === score) {
      if (positive[order[k]]) tp += 1;
      else fp += 1;
      k += 1;
    }
    fpr.push(fp / negatives);
    tpr.push(tp / positives);
  }
  return { fpr, tpr, auc: trapezoidArea(fpr, tpr) };
}

/** Area under a polyline through (x[i], y[i]) by the trapezoid rule; x must be non-decreasing. */
export function trapezoidArea(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return area;
}

/**
 * At most `maxPoints` corners of a curve, spread evenly along its length
 * (measured as fpr + tpr, which grows from 0 to 2 along any ROC curve), always
 * keeping the first and last. Only a picture: compute the AUC on the full curve.
 */
export function downsampleCurve(curve: RocCurve, maxPoints: number): RocCurve {
  const count = curve.fpr.length;
  if (count <= maxPoints || maxPoints < 2) return curve;
  const kept = [0];
  const total = curve.fpr[count - 1] + curve.tpr[count - 1];
  let i = 1;
  for (let step = 1; step < maxPoints - 1; step++) {
    const target = (total * step) / (maxPoints - 1);
    while (i < count - 1 && curve.fpr[i] + curve.tpr[i] < target) i += 1;
    if (i < count - 1 && kept[kept.length - 1] !== i) kept.push(i);
  }
  kept.push(count - 1);
  return { fpr: kept.map((k) => curve.fpr[k]), tpr: kept.map((k) => curve.tpr[k]), auc: curve.auc };
}
