// Notices when training has gone wrong, so the engine can stop and say why.

/** Why training was judged to have diverged. */
export type DivergenceReason = 'non-finite-loss' | 'loss-exploded';

/** How many consecutive exploded reports make a divergence, by default. */
export const DEFAULT_DIVERGENCE_PATIENCE = 10;

/** How far above the first loss counts as exploded. Cross-entropy is clipped
 * inside tfjs (at most -ln(1e-7) = 16.1), so a diverged run shows a loss stuck
 * around 14 rather than NaN: the factor must stay well below 16.1 / ln(10) = 7. */
export const EXPLODED_FACTOR = 3;

/** Watches reported losses: a NaN/infinite loss diverges at once; a loss above
 * EXPLODED_FACTOR × the first loss for `patience` consecutive reports has exploded. */
export class DivergenceDetector {
  private first: number | null = null;
  private highStreak = 0;
  /** Batch of the first report in the current run of exploded reports, or null. */
  explodingSince: number | null = null;

  constructor(private readonly patience: number = DEFAULT_DIVERGENCE_PATIENCE) {}

  /** The loss above which a report counts as exploded, or null before the first report. */
  get threshold(): number | null {
    return this.first === null ? null : EXPLODED_FACTOR * this.first;
  }

  /** Records the loss reported after `batch`; returns a reason when training has diverged. */
  observe(batch: number, loss: number): DivergenceReason | null {
    if (!Number.isFinite(loss)) return 'non-finite-loss';
    if (this.first === null) {
      this.first = loss;
      return null;
    }
    const high = loss > (this.threshold as number);
    this.highStreak = high ? this.highStreak + 1 : 0;
    this.explodingSince = high ? (this.explodingSince ?? batch) : null;
    return this.highStreak >= this.patience ? 'loss-exploded' : null;
  }

  /** Forgets everything, for a new run. */
  reset(): void {
    this.first = null;
    this.highStreak = 0;
    this.explodingSince = null;
  }
}
