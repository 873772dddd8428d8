// English words of the drawing canvas, the run history and the update banner.

/** Words of the drawing canvas. */
export const drawing = {
  titleDigit: 'Your own digit',
  titleDrawing: 'Your own drawing',
  aside: 'Runs in the training worker',
  canvas: 'Draw a digit',
  clear: 'Clear drawing',
  seen: 'What the network sees',
  seenLabel: 'Your drawing, scaled to 28 by 28 pixels',
  prediction: 'Prediction',
  sure: '{{percent}} % sure',
  noModel: 'Train or Step first: there is no network to ask yet.',
  failed: 'The network could not answer; see the message at the top.',
  answer: 'The network’s answer for your drawing.',
  asking: 'Asking the network…',
  probabilities: 'Probability of each class',
  /** What happens to a drawing and to the data: the privacy lesson of the course, said where one draws. */
  privacyNote: 'Your drawings and the training data never leave this browser: the network learns and answers on this device, and nothing is sent anywhere.',
};

/** Words of the run history. */
export const runs = {
  title: 'Runs',
  thisSession: '{{count}} this session',
  empty: 'Each finished or reset run is kept here for this session, so you can draw it over the loss and accuracy charts and compare optimizers or learning rates side by side.',
  testAccuracy: 'Test acc.',
  valAccuracy: 'Val acc.',
  trainLoss: 'Train loss',
  batches: 'Batches',
  changed: 'Changed during the run',
  runName: 'Run {{id}}',
  networkSummary: '{{name}} · {{layers}} · {{params}}',
  layers_one: '{{n}} layer',
  layers_other: '{{n}} layers',
  parameters_one: '{{n}} parameter',
  parameters_other: '{{n}} parameters',
  batchSize: 'batch {{size}}',
  epochs_one: '{{n}} epoch',
  epochs_other: '{{n}} epochs',
  changeAfter: '{{change}} after batch {{batch}}',
  show: 'Show {{name}} on the charts',
  stopped: ' (stopped)',
  current: '{{name}} ({{state}})',
};

/** Words of the banner that offers a new version. */
export const offline = {
  ready: 'A new version is ready.',
  reload: 'Reload',
};

/** Words of the look inside the network. */
export const inspect = {
  title: 'A look inside',
  aside: 'test image {{index}} · predicted {{name}} ({{percent}})',
  testImage: 'Test image',
  testImageLabel: 'Test image {{index}}',
  chooseHint: 'Or choose an image in the predictions or the evaluation.',
  chosenHint: 'A {{name}}. Or choose an image above.',
  needsModel: 'Train or Step first: the layers have nothing to show until the network exists.',
  weights: 'Weights and gradients',
  afterBatch: ' · after batch {{batch}}',
  refresh: 'Refresh weights',
  filters: 'First convolution ({{layer}}): {{count}} filters of {{size}}×{{size}}',
  gradientsNote: 'Gradients of the loss on {{count}} training images. Refreshed after each epoch, or with Refresh weights.',
  histogramsLater: 'Histograms appear after the first epoch, or when you press Refresh weights.',
  flatten: 'Lays its input out as one row of values; nothing is computed.',
  firstMaps: ' · first {{count}} maps',
  firstValues: ' · first {{count}} values',
  range: ' · {{min}} to {{max}}',
  largePictures: 'Large pictures',
  gradientNormTitle: 'Gradient norm per layer',
  gradientNormLog: 'Log scale (gradient norm)',
  gradientNormEmpty: 'Gradient norms appear here once training starts.',
  weightMeta: '{{type}} · {{count}} weights · ‖W‖ {{weightNorm}} · ‖∇W‖ {{gradientNorm}}',
};
