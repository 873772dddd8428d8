// English words of the lesson controls (label smoothing, Nesterov, Centered, weight decay type,
// augmentation and its preview, seed, early stopping, the learning-rate and gradient-clip charts).

/** Words of the lesson controls. */
export const controls = {
  labelSmoothingHint: 'Moves this share of each target onto the other classes: (1 − ε) y + ε / K.',
  nesterovHint: 'Looks ahead: takes the gradient where the velocity is about to carry the weights.',
  centeredHint: 'Divides by the variance of recent gradients instead of their mean square.',
  weightDecayTypeHint: {
    l2: 'Adds λ Σ w² over the kernels to the loss (coupled: it goes through the optimizer).',
    l1: 'Adds λ Σ |w| over the kernels to the loss, which pushes small weights to exactly 0.',
    decoupled: 'Shrinks kernels by (1 − η λ) after each step, outside the loss (AdamW-style).',
  },
  augmentHint: 'Changes each training image at random, per batch, from the run’s seed; labels stay.',
  seedHint:
    'Drives the initial weights, the shuffling, dropout and augmentation. On CPU and WASM the same seed, settings and backend repeat a run to the last digit; on WebGL and WebGPU the GPU may sum in another order, so runs agree closely but not always to the last digit.',
  earlyStoppingHint: 'Ends the run when the validation loss has not improved for Patience epochs, and restores the best epoch’s weights.',
  learningRateChart: 'Learning rate schedule over the planned steps',
  learningRateChartNote: '{{steps}} planned steps; the dot is the next step.',
  clipChart: 'Global gradient norm per step before clipping, with the clip level',
  clipShare: '{{share}} of steps clipped ({{clipped}} of {{steps}}).',
  clipOff: 'Clipping is off: the line shows the gradient norm the clip level would be compared with.',
  clipEmpty: 'The gradient norm of each step appears here once a run trains.',
  previewTitle: 'Augmented images from the current batch',
  previewCaption: 'Augmented images from the current batch (batch {{batch}}).',
  previewImage: 'Augmented training image, label {{label}}',
  previewEmpty: 'Turn on Augment data and train to see the images the network gets.',
  lastBatch: 'Last batch: {{value}}. The readout is the mean over this epoch so far, as Keras shows it.',
};
