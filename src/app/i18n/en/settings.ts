// English words of the settings column: groups, hints, the live / new-run marks, setting problems.

/** Words of the settings panel. */
export const settings = {
  region: 'Settings',
  preset: 'Preset',
  customNetwork: 'Custom network',
  editedNetwork: 'Edited network.',
  groups: { network: 'Network and data', training: 'Training', regularization: 'Regularization', compute: 'Compute' },
  datasetHint: '28×28 {{subject}} in 10 classes.',
  learningRateHint: 'Step size of each update, e.g. 0.001 or 1e-3.',
  offNote: '0 turns weight decay or clipping off.',
  backendInUse: 'In use: {{backend}}',
  backendLater: 'Chosen when the data has loaded.',
  tags: {
    live: 'live',
    liveDescription: 'Applies live: a change takes effect at the next batch, also while a run trains.',
    newRun: 'new run',
    newRunDescription: 'Starts a new run: a change during a run ends that run, which stays under Runs; Train then starts a new one.',
  },
  legend: {
    live: 'takes effect at the next batch, also during a run.',
    newRun: 'ends a running or paused run (it stays under Runs); Train then starts a new one.',
  },
  problems: {
    empty: '{{label}} is empty: type a number.',
    notANumber: '{{label}} "{{text}}" is not a number.',
    outOfRange: '{{label}}{{value}} is out of range.',
    outOfRangeUse: '{{label}}{{value}} is out of range: use {{range}}.',
    noteEmpty: 'Type a number.',
    noteNotANumber: 'Not a number.',
    noteOutOfRange: 'Out of range.',
    noteOutOfRangeUse: 'Out of range: use {{range}}.',
    wholeNumber: 'a whole number',
    number: 'a number',
    rangeAbove: '{{kind}} above {{min}}, at most {{max}}',
    rangeFromTo: '{{kind}} from {{min}} to {{max}}',
  },
  changes: {
    on: 'on',
    off: 'off',
    theNetwork: 'the network',
    optimizerParams: "the optimizer's {{changes}}",
    setting: 'the {{name}} ({{from}} → {{to}})',
  },
};
