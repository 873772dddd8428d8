import katex, { type KatexOptions } from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';

interface FormulaProps {
  /** KaTeX source. */
  latex: string;
  testId?: string;
  /** Display (block) style rather than inline. */
  block?: boolean;
  className?: string;
}

/**
 * How every formula is typeset: `trust: false` refuses \href, \includegraphics
 * and the other commands that could reach outside the formula, `strict: 'error'`
 * refuses anything that is not LaTeX, and an error is shown as text in place.
 */
const KATEX_OPTIONS: KatexOptions = { throwOnError: false, trust: false, strict: 'error' };

/**
 * A formula wider than its box scrolls sideways; while it does, it takes the
 * keyboard focus (Tab, then the arrow keys scroll it), and gives it up again
 * when it fits.
 */
function useKeyboardScroll(ref: React.RefObject<HTMLElement | null>, latex: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, latex]);
}

/**
 * A formula rendered by KaTeX with its default output (HTML for the eye,
 * MathML with the TeX annotation for screen readers and checks). katex.render
 * builds DOM nodes and sets their styles through the CSSOM, so no HTML string
 * is parsed and the Content-Security-Policy needs no inline styles.
 */
export const Formula = memo(function Formula({ latex, testId, block = true, className }: FormulaProps) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (ref.current) katex.render(latex, ref.current, { ...KATEX_OPTIONS, displayMode: block });
  }, [latex, block]);
  useKeyboardScroll(ref, latex);
  const Tag = block ? 'div' : 'span';
  return (
    <Tag
      ref={ref as React.RefObject<HTMLDivElement & HTMLSpanElement>}
      className={['formula', block ? 'formula--block' : '', className].filter(Boolean).join(' ')}
      data-testid={testId}
    />
  );
});
