// The end of each epoch, once the validation split is scored: early stopping
// looks at the validation loss (and may put the best weights back), and the
// page gets the epoch's point for the validation curve.
import * as tf from '@tensorflow/tfjs';
import type { TrainingSettings } from '../../core/training/types';
import type { SplitScore } from './evaluate';
import { EarlyStopping } from './runExtras';
import type { EmitEvent } from './transfer';

/** Early stopping and the 'epoch-end' point of each finished epoch. */
export class EpochEnds {
  private readonly earlyStopping = new EarlyStopping();
  /** When the run began, for each point's seconds. */
  private readonly startedAt = performance.now();
  private stopped = false;

  constructor(private readonly model: tf.LayersModel, private readonly emit: EmitEvent) {}

  /** True once early stopping has ended the run (with the best weights back in the model). */
  get stoppedEarly(): boolean {
    return this.stopped;
  }

  /** Takes the validation score of the epoch just ended (`progress` counts it): early stopping has its say, the page gets the point. */
  record(score: SplitScore, progress: { batch: number; epoch: number }, settings: TrainingSettings): void {
    const stoppedEarly = this.earlyStopping.observe(this.model, progress.epoch, score.loss, settings);
    if (stoppedEarly) this.stopped = true;
    this.emit({
      type: 'epoch-end',
      point: {
        epoch: progress.epoch,
        batch: progress.batch,
        valLoss: score.loss,
        valAccuracy: score.accuracy,
        numTensors: tf.memory().numTensors,
        seconds: (performance.now() - this.startedAt) / 1000,
        ...(stoppedEarly ? { stoppedEarly } : {}),
      },
    });
  }

  /** Frees the best weights kept. */
  dispose(): void {
    this.earlyStopping.dispose();
  }
}
