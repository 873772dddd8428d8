// The loss catalogue's formulas filled in with one image's numbers, and the
// batch mean written out. y is the target the loss was given, ŷ the output.
import { formatLatexNumber } from '../../latexNumber';
import { LOSSES } from '../losses';
import type { LossId } from '../types';
import { term, value } from './latexTerms';

/** One image's numbers as the loss saw them. */
export interface ImageLossNumbers {
  /** The target row y (one-hot, or smoothed), one value per class. */
  target: readonly number[];
  /** The network's output row ŷ. */
  output: readonly number[];
  /** The loss of this image, as the loss function computed it. */
  loss: number;
}

/** A number with three significant digits, for sums of many terms. */
function short(v: number): string {
  return formatLatexNumber(Number(v.toPrecision(3)));
}

/** Classes whose target is not zero (for one-hot labels: the true class only). */
function targeted(target: readonly number[]): number[] {
  return target.flatMap((y, k) => (y !== 0 ? [k] : []));
}

/** The catalogue formula's right-hand side filled in for one image, by loss. */
const FILLED_IN: Record<LossId, (image: ImageLossNumbers) => string> = {
  categoricalCrossentropy: ({ target, output }) => {
    const ks = targeted(target);
    if (ks.length === 1 && target[ks[0]] === 1) return String.raw`-\log \hat{y}_{${ks[0]}} = -\log ${value(output[ks[0]])}`;
    return String.raw`-\left(${ks.map((k) => String.raw`${short(target[k])} \log ${short(output[k])}`).join(' + ')}\right)`;
  },
  meanSquaredError: ({ target, output }) =>
    String.raw`\frac{1}{${target.length}} \left(${target.map((y, k) => String.raw`(${short(y)} - ${short(output[k])})^2`).join(' + ')}\right)`,
  meanAbsoluteError: ({ target, output }) =>
    String.raw`\frac{1}{${target.length}} \left(${target.map((y, k) => String.raw`|${short(y)} - ${short(output[k])}|`).join(' + ')}\right)`,
  categoricalHinge: ({ target, output }) => {
    const c = target.indexOf(Math.max(...target));
    const others = output.filter((_, k) => k !== c);
    return String.raw`\max\Big(0,\ 1 + ${term(Math.max(...others))} - ${term(output[c])}\Big)`;
  },
};

/** One image's loss: the catalogue formula for image `n` (1-based), filled in, ending in its value. */
export function imageLossLatex(id: LossId, n: number, image: ImageLossNumbers): string {
  const formula = LOSSES[id].latex.replace(/^L\s*=/, `L_{${n}} =`);
  return String.raw`${formula} = ${FILLED_IN[id](image)} = ${value(image.loss)}`;
}

/** The batch loss as the mean of the images' losses, ending in `mean` (the value the gradients are taken of). */
export function meanLossLatex(losses: readonly number[], mean: number): string {
  const symbols = losses.map((_, i) => `L_{${i + 1}}`).join(' + ');
  const numbers = losses.map((loss, i) => (i === 0 ? value(loss) : term(loss))).join(' + ');
  return String.raw`L = \frac{1}{${losses.length}} \left(${symbols}\right) = \frac{1}{${losses.length}} \left(${numbers}\right) = ${value(mean)}`;
}
