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
};

/** Words of the banner that offers a new version. */
export const offline = {
  ready: 'A new version is ready.',
  reload: 'Reload',
};
