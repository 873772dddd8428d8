// English words for faults: a diverged run, a network too large for this device, a backend that failed.

/** Words for faults; {{backend}} and {{next}} are backend names, {{batch}} a formatted batch number. */
export const faults = {
  diverged: {
    title: 'Training diverged',
    nonFiniteLoss: 'The run diverged at batch {{batch}}: the loss became {{loss}}.',
    nonFiniteWeights: 'The run diverged at batch {{batch}}: the weights became NaN or infinite.',
    exploded: 'The run diverged at batch {{batch}}: the loss rose {{above}}{{streak}}; at batch {{batch}} it was {{loss}}.',
    farAbove: 'far above its starting value',
    above: 'above {{threshold}} (3 × its starting value)',
    streak: ' at batch {{since}} and stayed there',
    detail: '{{what}} The step size is too large for this network, so the run has ended.',
    action: 'Lower the learning rate (try a tenth of it), then press Train: it starts a fresh run from new weights. Your network and settings are unchanged.',
  },
  memory: {
    need: 'Training this network needs about {{total}} (weights, gradients and optimizer state {{parameters}}, activations for the batch {{activations}}), more than the {{budget}} a browser tab can use on this device.',
    largest: '{{need}} Layer {{layer}} takes the most, {{bytes}} (mostly {{part}}): make it smaller, or lower the batch size.',
    weights: 'weights',
    activations: 'activations',
  },
  backend: {
    at: ' at batch {{batch}}',
    'start-failed': '{{backend}} failed to start',
    'device-lost': '{{backend}} lost its GPU device{{at}}',
    'context-lost': '{{backend}} lost its graphics context{{at}}',
    'out-of-memory': '{{backend}} ran out of memory{{at}}',
    title: 'The {{backend}} backend failed',
    what: '{{what}} ({{message}}).',
    none: '{{what}} No other backend could start, so the run has ended.',
    noneAction: 'Reload the page, or make the network or the batch size smaller, then press Train.',
    currentWeights: "{{what}} Training goes on with {{next}} from the current weights (batch {{batch}}); the optimizer's state starts over.",
    newWeights: '{{what}} Training starts again with {{next}} from new weights: the weights could not be read back from {{backend}}.',
    instead: '{{what}} Training runs with {{next}} instead.',
    movedAction: 'Nothing to do; to try {{backend}} again, reload the page. Dismiss this message when you have read it.',
  },
};
