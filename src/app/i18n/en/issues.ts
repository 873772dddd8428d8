// English words for every problem the network analysis reports (core/network/issues.ts ISSUE_CODES).
import type { IssueCode } from '../../../core/network/issues';

/** One clause per issue code; layer issues are read after the layer's name. */
const codes: Record<IssueCode, string> = {
  cycle: 'is part of a loop; data must flow one way from the input to the output.',
  disconnected: 'is not connected to anything.',
  'missing-input': 'has no input; connect a layer to it.',
  'too-many-inputs': 'takes at most {{max}} input(s) but has {{count}}.',
  'too-few-inputs': 'needs at least {{min}} inputs but has {{count}}.',
  'no-input-layer': 'The network has no input layer.',
  'multiple-input-layers': 'is a second input layer; a network has exactly one.',
  'no-output': 'The network has no output layer.',
  'multiple-outputs': 'is a dead end; a network has exactly one output layer.',
  'add-shape-mismatch': 'can only add inputs of the same shape (got {{shapes}}).',
  'concat-shape-mismatch': 'can only join inputs that match in all but the last axis (got {{shapes}}).',
  'needs-spatial-input': 'needs an image-shaped input (height×width×channels), got {{shape}}.',
  'needs-flat-input': 'needs a flat input; add a Flatten layer before it (got {{shape}}).',
  'kernel-too-large': 'has a window of {{size}} that is larger than its input {{shape}}.',
  'reshape-size-mismatch': 'cannot reshape {{shape}} ({{from}} values) into {{target}}.',
  'output-not-10-classes': 'is the output and must give 10 class scores, but gives {{shape}}.',
  'output-not-probabilities': 'is the output; cross-entropy needs probabilities, so use the softmax activation here.',
  'param-out-of-range': 'has {{key}} = {{value}}, allowed {{allowed}}.',
  'too-many-parameters':
    'The network has {{count}} parameters, more than the {{max}} a browser can train; layer {{layer}} has the most, {{layerCount}}.',
};

/** Words for network problems. */
export const issues = {
  codes,
  /** A layer's issue: its name, then the clause. */
  layer: 'Layer {{name}} {{detail}}',
  /** A wire refused while drawing it. */
  wireMismatch: '{{source}} does not fit {{target}}: {{target}} {{detail}}',
  scalar: 'scalar',
  /** Wires refused for the graph's shape, not for the layers' shapes. */
  wire: {
    gone: 'That layer no longer exists.',
    intoInput: 'The input layer takes no inputs; it is where the images come in.',
    loop: 'A wire from {{source}} to {{target}} would make a loop; data must flow one way, from the input to the output.',
    taken: '{{target}} already has its one input. Delete that wire first, or join branches with an Add or Concatenate layer.',
  },
};
