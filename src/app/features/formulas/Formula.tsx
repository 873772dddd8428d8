import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';

interface FormulaProps {
  /** KaTeX source. */
  latex: string;
  testId?: string;
  /** Display (block) style rather than inline. */
  block?: boolean;
  className?: string;
}

/**
 * A formula rendered by KaTeX with its default output (HTML for the eye,
 * MathML with the TeX annotation for screen readers and checks).
 */
export const Formula = memo(function Formula({ latex, testId, block = true, className }: FormulaProps) {
  const html = useMemo(() => katex.renderToString(latex, { displayMode: block, throwOnError: false }), [latex, block]);
  const Tag = block ? 'div' : 'span';
  return (
    <Tag
      className={['formula', block ? 'formula--block' : '', className].filter(Boolean).join(' ')}
      data-testid={testId}
      // KaTeX escapes the source it renders; the LaTeX comes from the app's own catalogues.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
