// Coded problems found in a network. Analysis returns codes and parameters;
// the app turns them into words (src/app/i18n: the issues namespace, one entry per code).
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
