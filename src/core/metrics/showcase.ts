// Which test images the live prediction grid shows.

/**
 * `count` sample indices that cover every class: the first sample of each
 * class in split order (classes 0, 1, ..., 9), then the second of each, and so
 * on. For MNIST's test set and 24 images: the first two images of every digit,
 * then the third image of digits 0..3. A class that runs out of samples is
 * skipped. The choice depends only on the labels, so every run shows the
 * same images, in this order.
 */
export function showcaseIndices(labels: ArrayLike<number>, classes: number, count: number): number[] {
  const byClass: number[][] = Array.from({ length: classes }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const bucket = byClass[labels[i]];
    if (bucket && bucket.length < count) bucket.push(i);
  }
  const chosen: number[] = [];
  for (let round = 0; round < count && chosen.length < count; round++) {
    for (let c = 0; c < classes && chosen.length < count; c++) {
      if (round < byClass[c].length) chosen.push(byClass[c][round]);
    }
  }
  return chosen;
}
