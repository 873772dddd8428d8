import { Formula } from '../formulas/Formula';

/** A layer's forward formula, typeset by KaTeX with its default HTML + MathML output, so
 * screen readers read the MathML and the TeX source stays in its annotation. */
export function LayerFormula({ latex }: { latex: string }) {
  return <Formula latex={latex} className="layer-formula" testId="formula-layer" />;
}
