// Coded problems found in a network. Analysis returns codes and parameters;
// the UI turns them into words (describeIssue gives the English ones).
import type { NetworkGraph } from './types';

/** Every problem the analysis can report about a network, in a stable order (for tests and translations). */
export const ISSUE_CODES = [
  'cycle',
  'disconnected',
  'missing-input',
  'too-many-inputs',
  'too-few-inputs',
  'no-input-layer',
  'multiple-input-layers',
  'no-output',
  'multiple-outputs',
  'add-shape-mismatch',
  'concat-shape-mismatch',
  'needs-spatial-input',
  'needs-flat-input',
  'kernel-too-large',
  'reshape-size-mismatch',
  'output-not-10-classes',
  'output-not-probabilities',
  'param-out-of-range',
  'too-many-parameters',
] as const;

/** A problem the analysis can report about a network. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Shape problems that mean a layer's input does not fit it (a wire whose two ends do not match). */
export const SHAPE_MISMATCH_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'add-shape-mismatch',
  'concat-shape-mismatch',
  'needs-spatial-input',
  'needs-flat-input',
  'kernel-too-large',
  'reshape-size-mismatch',
]);

/** One problem; `nodeId` is absent for problems of the whole network. */
export interface Issue {
  code: IssueCode;
  nodeId?: string;
  params?: Record<string, string | number>;
}

/** Formats a shape for messages: [28, 28, 1] -> "28×28×1". */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 0 ? 'scalar' : shape.join('×');
}

const p = (issue: Issue, key: string): string => String(issue.params?.[key] ?? '?');

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** A count parameter with thousands separators: 70381578 -> "70,381,578". */
const count = (issue: Issue, key: string): string => {
  const value = issue.params?.[key];
  return typeof value === 'number' ? COUNT.format(value) : p(issue, key);
};

const MESSAGES: Record<IssueCode, (issue: Issue) => string> = {
  cycle: () => 'is part of a loop; data must flow one way from the input to the output.',
  disconnected: () => 'is not connected to anything.',
  'missing-input': () => 'has no input; connect a layer to it.',
  'too-many-inputs': (i) => `takes at most ${p(i, 'max')} input(s) but has ${p(i, 'count')}.`,
  'too-few-inputs': (i) => `needs at least ${p(i, 'min')} inputs but has ${p(i, 'count')}.`,
  'no-input-layer': () => 'The network has no input layer.',
  'multiple-input-layers': () => 'is a second input layer; a network has exactly one.',
  'no-output': () => 'The network has no output layer.',
  'multiple-outputs': () => 'is a dead end; a network has exactly one output layer.',
  'add-shape-mismatch': (i) => `can only add inputs of the same shape (got ${p(i, 'shapes')}).`,
  'concat-shape-mismatch': (i) =>
    `can only join inputs that match in all but the last axis (got ${p(i, 'shapes')}).`,
  'needs-spatial-input': (i) => `needs an image-shaped input (height×width×channels), got ${p(i, 'shape')}.`,
  'needs-flat-input': (i) => `needs a flat input; add a Flatten layer before it (got ${p(i, 'shape')}).`,
  'kernel-too-large': (i) => `has a window of ${p(i, 'size')} that is larger than its input ${p(i, 'shape')}.`,
  'reshape-size-mismatch': (i) => `cannot reshape ${p(i, 'shape')} (${p(i, 'from')} values) into ${p(i, 'target')}.`,
  'output-not-10-classes': (i) => `is the output and must give 10 class scores, but gives ${p(i, 'shape')}.`,
  'output-not-probabilities': () =>
    'is the output; cross-entropy needs probabilities, so use the softmax activation here.',
  'param-out-of-range': (i) => `has ${p(i, 'key')} = ${p(i, 'value')}, allowed ${p(i, 'allowed')}.`,
  'too-many-parameters': (i) =>
    `The network has ${count(i, 'count')} parameters, more than the ${count(i, 'max')} a browser can train; `
    + `layer ${p(i, 'layer')} has the most, ${count(i, 'layerCount')}.`,
};

/** English words for an issue without the layer's name: "has no input; connect a layer to it." */
export function describeIssueDetail(issue: Issue): string {
  return MESSAGES[issue.code](issue);
}

/** English words for an issue, naming the layer when a graph is given. */
export function describeIssue(issue: Issue, graph?: NetworkGraph): string {
  const text = MESSAGES[issue.code](issue);
  if (issue.nodeId === undefined) return text;
  const node = graph?.nodes.find((n) => n.id === issue.nodeId);
  return `Layer ${node ? node.name : issue.nodeId} ${text}`;
}
