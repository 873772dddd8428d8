import katex from 'katex';
import { useMemo } from 'react';
import 'katex/dist/katex.min.css';

/** A layer's forward formula, typeset by KaTeX with its default HTML + MathML output, so
 * screen readers read the MathML and the TeX source stays in its annotation. */
export function LayerFormula({ latex }: { latex: string }) {
  const html = useMemo(() => katex.renderToString(latex, { throwOnError: false, displayMode: true }), [latex]);
  return <div className="layer-formula" data-testid="formula-layer" dangerouslySetInnerHTML={{ __html: html }} />;
}
