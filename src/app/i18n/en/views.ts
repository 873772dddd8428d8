// English words of the learning views: charts, formulas, predictions, evaluation.

/** Words of the loss and accuracy charts. */
export const charts = {
  loss: 'Loss',
  accuracy: 'Accuracy',
  logScale: 'Log scale',
  eachBatch: 'Each batch',
  smoothed: 'Smoothed',
  validation: 'Validation',
  lossEmpty: 'The loss appears here once training starts.',
  accuracyEmpty: 'Accuracy appears here once training starts.',
  /** The title of the values under the pointer. */
  batchTitle: 'Batch {{batch}}',
  /** The text alternative of a chart: its latest values. */
  summary: {
    loss: 'Loss at batch {{batch}}: {{value}}, smoothed {{smoothed}}.',
    accuracy: 'Accuracy at batch {{batch}}: {{value}}, smoothed {{smoothed}}.',
    validation: 'Validation after epoch {{epoch}}: {{value}}.',
    notANumber: 'not a number',
  },
  caption:
    'The x-axis counts training batches. The faint line is each batch; the bold line its moving average (each new batch weighs {{weight}} %). Dots are the validation images, measured at the end of each epoch. Dashed lines are earlier runs you chose under Runs; a dotted vertical line marks a setting you changed during the run.',
};

/** Words of the formula cards; <x/> marks where a small formula goes. */
export const formulas = {
  title: 'Formulas',
  aside: 'Follows your settings',
  loss: 'Loss',
  lossWhere: '<y/> is the one-hot label, <yhat/> the network’s output, K = 10 classes; the batch loss is the mean over its images.',
  optimizer: 'Optimizer update',
  optimizerWhere: '<g/> is the gradient of the loss with respect to the weights <theta/> at step t.',
  schedule: 'Learning-rate schedule',
  scheduleWhere: 't counts batches, T is the run’s batches, <eta/>.',
  activation: 'Activation',
  usedBy: 'Used by {{layers}}.',
};

/** Words of the prediction grid. */
export const predictions = {
  title: 'Predictions',
  live: 'Updated live while training',
  correct: '{{correct}} of {{total}} right · batch {{batch}}',
  showcase: 'Two test images of every class, the same ones in every run. Choose an image to look inside the network with it.',
  waiting: 'Train or Step, and the network’s guesses for these test images appear here, updated every {{seconds}} seconds.',
  lookInside: 'Look inside with test image {{index}}, a {{name}}',
  testImage: 'Test image {{index}}',
  right: 'right',
  wrong: 'wrong, is {{name}}',
  a: 'a {{name}}',
};

/** Words of the evaluation on the test set. */
export const evaluation = {
  title: 'Evaluation on the test set',
  aside: '{{samples}} test images · {{accuracy}} right · after batch {{batch}}',
  asideEmpty: 'On all 10,000 test images',
  evaluateNow: 'Evaluate now',
  evaluateHint: 'A run is evaluated when it finishes; Evaluate now scores the network as it is at this moment.',
  needsModel: 'Train or Step first: the evaluation needs a network with weights.',
  confusion: 'Confusion matrix',
  report: 'Precision, recall and F1',
  roc: 'ROC curves, one class against the rest',
  mistakes: 'Most confident mistakes',
  matrixCaption: 'Rows: true class. Columns: predicted class. Choose a cell to see its images.',
  matrixCorner: 'true ↓ pred →',
  matrixCornerLabel: 'True class by predicted class',
  cellLabel: '{{count}} images of {{actual}} predicted as {{predicted}}',
  reportCaption: 'Precision, recall and F1 per class, in percent',
  className: 'Class',
  precision: 'Precision %',
  precisionTitle: 'Of the images predicted as this class, the share that are',
  recall: 'Recall %',
  recallTitle: 'Of the images of this class, the share found',
  f1: 'F1 %',
  f1Title: 'Harmonic mean of precision and recall',
  images: 'Images',
  macro: 'Macro avg.',
  zoom: 'Zoom into the top-left corner',
  falsePositiveRate: 'False positive rate',
  truePositiveRate: 'True positive rate',
  aucLegend: 'Area under each ROC curve',
  aucNote: 'Area under the curve (AUC; 1 is perfect, 0.5 is guessing)',
  lookInside: 'Look inside with test image {{index}}',
  testImageOf: 'Test image {{index}}, a {{name}}',
  seenAs: 'a <truth>{{truth}}</truth>, seen as <wrong>{{wrong}}</wrong>',
  topThree: 'Three most probable classes',
  close: 'Close',
  loadingImages: 'Loading the test images…',
  noImages: 'No test image falls in this cell.',
  noMistakes: 'No mistakes on the test set.',
  aucOf: '{{name}}: AUC ',
  many: '{{name}} images',
  manyDigits: '{{name}}s',
  recognised: '{{many}} recognised as {{actual}}',
  mistaken: '{{many}} mistaken for {{predicted}}',
  cellImages: 'Images: {{what}}',
  cellCount_one: ' · {{n}} image',
  cellCount_other: ' · {{n}} images',
  firstShown: ' (first {{count}} shown)',
};
