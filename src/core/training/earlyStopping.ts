// Early stopping as Keras's EarlyStopping(monitor="val_loss", patience=P,
// restore_best_weights=True): the run ends once the validation loss has not
// improved for P epochs in a row, and the best epoch's weights come back.

/** What to do after an epoch's validation loss: keep these weights as the best, wait, or stop. */
export type EarlyStoppingVerdict = 'improved' | 'wait' | 'stop';

/** Follows the validation loss over the epochs of one run. */
export class EarlyStoppingTracker {
  private best = Number.POSITIVE_INFINITY;
  private bestEpochSeen = 0;
  private waited = 0;

  /** The epoch (1-based, as counted at its end) with the lowest validation loss so far, and that loss. */
  get bestEpoch(): { epoch: number; valLoss: number } {
    return { epoch: this.bestEpochSeen, valLoss: this.best };
  }

  /** Takes the validation loss at the end of `epoch`; `patience` is read each time, since it applies live. */
  observe(epoch: number, valLoss: number, patience: number): EarlyStoppingVerdict {
    if (Number.isFinite(valLoss) && valLoss < this.best) {
      this.best = valLoss;
      this.bestEpochSeen = epoch;
      this.waited = 0;
      return 'improved';
    }
    this.waited += 1;
    return this.waited >= patience ? 'stop' : 'wait';
  }
}
