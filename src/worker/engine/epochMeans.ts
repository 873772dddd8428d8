// The training readouts as Keras's progress bar shows them: the mean loss and
// accuracy over the batches of the current epoch so far, weighted by batch size.
import type { EpochSums } from '../../core/checkpoint/types';

/** Running sums over one epoch's batches. */
export class EpochMeans {
  private epoch = -1;
  private samples = 0;
  private lossSum = 0;
  private accuracySum = 0;

  /** Adds one batch of `size` samples of epoch `epoch` and returns the means so far (a new epoch starts over). */
  add(epoch: number, loss: number, accuracy: number, size: number): { loss: number; accuracy: number } {
    if (epoch !== this.epoch) {
      this.epoch = epoch;
      this.samples = 0;
      this.lossSum = 0;
      this.accuracySum = 0;
    }
    this.samples += size;
    this.lossSum += loss * size;
    this.accuracySum += accuracy * size;
    return { loss: this.lossSum / this.samples, accuracy: this.accuracySum / this.samples };
  }

  /** The sums so far, for a checkpoint (null before the first batch). */
  get sums(): EpochSums | null {
    return this.epoch < 0 ? null : { epoch: this.epoch, samples: this.samples, lossSum: this.lossSum, accuracySum: this.accuracySum };
  }

  /** Goes on from a checkpoint's sums: the next batch of the same epoch averages with them. */
  resume(sums: EpochSums): void {
    ({ epoch: this.epoch, samples: this.samples, lossSum: this.lossSum, accuracySum: this.accuracySum } = sums);
  }
}
