// The loss formula as the run computes it: the catalogue's loss, its targets
// smoothed when label smoothing is on, plus the L1 or L2 penalty when the
// weight decay is in the loss. Values are written in, so the formula reads as
// the numbers the run uses.
import { formatLatexNumber } from '../latexNumber';
import { LOSSES } from './losses';
import type { TrainingSettings } from './types';

/** KaTeX of the per-sample loss under these settings. */
export function lossLatex(settings: Pick<TrainingSettings, 'loss' | 'labelSmoothing' | 'weightDecay' | 'weightDecayType'>): string {
  const smoothing = settings.loss === 'categoricalCrossentropy' && settings.labelSmoothing > 0;
  let latex = smoothing
    ? String.raw`L = -\sum_{k=1}^{K} \tilde{y}_k \log \hat{y}_k`
    : LOSSES[settings.loss].latex;
  const lambda = formatLatexNumber(settings.weightDecay);
  if (settings.weightDecay > 0 && settings.weightDecayType === 'l2') latex += String.raw` + \lambda \sum_{w} w^2`;
  if (settings.weightDecay > 0 && settings.weightDecayType === 'l1') latex += String.raw` + \lambda \sum_{w} |w|`;
  const where: string[] = [];
  if (smoothing) {
    const epsilon = formatLatexNumber(settings.labelSmoothing);
    where.push(String.raw`\tilde{y}_k = (1 - \varepsilon)\, y_k + \frac{\varepsilon}{K},\ \varepsilon = ${epsilon}`);
  }
  if (settings.weightDecay > 0 && settings.weightDecayType !== 'decoupled') where.push(String.raw`\lambda = ${lambda}`);
  return where.length === 0 ? latex : String.raw`\begin{gathered} ${latex} \\ ${where.join(String.raw`,\quad `)} \end{gathered}`;
}
