// Notices when training has gone wrong, so the engine can stop and say why.

/** Why training was judged to have diverged. */
export type DivergenceReason = 'non-finite-loss' | 'loss-exploded';

/** How many consecutive exploded batches make a divergence, by default: several, so one spike is forgiven. */
export const DEFAULT_DIVERGENCE_PATIENCE = 5;

/** How far above the first loss counts as exploded. Cross-entropy is clipped
 * inside tfjs (at most -ln(1e-7) = 16.1), so a diverged run shows a loss stuck
 * around 14 rather than NaN: the factor must stay well below 16.1 / ln(10) = 7. */
export const EXPLODED_FACTOR = 3;

/** What a divergence verdict says: why, and from which batch the loss stayed exploded. */
export interface DivergenceVerdict {
  reason: DivergenceReason;
  /** First batch of the exploded streak (the batch itself for a non-finite loss). */
  since: number;
  /** The loss above which a batch counts as exploded, or null when no starting loss was known. */
  threshold: number | null;
}

/** Watches per-batch losses: a NaN/infinite loss diverges at once; a loss above
 * EXPLODED_FACTOR × the first loss for `patience` consecutive batches has exploded. */
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

  /** Records the loss of `batch`; returns a verdict when training has diverged at this batch. */
  observe(batch: number, loss: number): DivergenceVerdict | null {
    if (!Number.isFinite(loss)) return { reason: 'non-finite-loss', since: this.explodingSince ?? batch, threshold: this.threshold };
    if (this.first === null) {
      this.first = loss;
      return null;
    }
    const high = loss > (this.threshold as number);
    this.highStreak = high ? this.highStreak + 1 : 0;
    this.explodingSince = high ? (this.explodingSince ?? batch) : null;
    if (this.highStreak < this.patience) return null;
    return { reason: 'loss-exploded', since: this.explodingSince as number, threshold: this.threshold };
  }

  /** Forgets everything, for a new run. */
  reset(): void {
    this.first = null;
    this.highStreak = 0;
    this.explodingSince = null;
  }
}
