/** The test images in one confusion-matrix cell: the first `limit` indices and how many there are. */
export interface CellMembers {
  indices: number[];
  total: number;
}

/**
 * Test indices i whose true label is `actual` and whose prediction is
 * `predicted` (a cell of the confusion matrix), in index order.
 */
export function cellMembers(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  actual: number,
  predicted: number,
  limit: number,
): CellMembers {
  const indices: number[] = [];
  let total = 0;
  const count = Math.min(labels.length, predictions.length);
  for (let i = 0; i < count; i += 1) {
    if (labels[i] !== actual || predictions[i] !== predicted) continue;
    total += 1;
    if (indices.length < limit) indices.push(i);
  }
  return { indices, total };
}

/** Shade of a confusion-matrix cell, 0..1: its share of the row (the true class), square-rooted so small confusions still show. */
export function cellShade(count: number, rowTotal: number): number {
  if (rowTotal <= 0 || count <= 0) return 0;
  return Math.sqrt(count / rowTotal);
}
