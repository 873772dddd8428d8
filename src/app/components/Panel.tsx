import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import './panel.css';

interface PanelProps {
  title: string;
  /** Small text beside the title (a count, a unit). */
  aside?: ReactNode;
  className?: string;
  /** The title is a button that folds the panel's content away and back. */
  collapsible?: boolean;
  children: ReactNode;
}

/** Panels inside fold (collapsible, starting folded) when `foldable`: presentation mode's secondary panels. */
const FoldContext = createContext(false);

/** Makes the panels inside foldable and folded, or leaves them as they are. */
export function PanelFolding({ foldable, children }: { foldable: boolean; children: ReactNode }) {
  return <FoldContext value={foldable}>{children}</FoldContext>;
}

/**
 * A titled section of the page. The heading is for navigation only: the
 * section takes no accessible name, so it never competes with a control of
 * the same name (the "Loss" chart and the "Loss" combobox). A collapsible
 * panel's title is a disclosure button (aria-expanded) inside the heading.
 */
export function Panel({ title, aside, className, collapsible = false, children }: PanelProps) {
  const folding = useContext(FoldContext);
  const [open, setOpen] = useState(!folding);
  const contentId = useId();
  const canFold = collapsible || folding;
  const classes = ['panel', canFold ? 'panel--collapsible' : '', canFold && !open ? 'panel--folded' : '', className].filter(Boolean).join(' ');
  return (
    <section className={classes}>
      <header className="panel__header">
        <h2 className="panel__title">
          {canFold ? (
            <button type="button" className="panel__toggle" aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
              <span className="panel__chevron" aria-hidden="true" />
              {title}
            </button>
          ) : (
            title
          )}
        </h2>
        {aside ? <div className="panel__aside">{aside}</div> : null}
      </header>
      {canFold ? (
        <div id={contentId} className="panel__content" hidden={!open}>
          {children}
        </div>
      ) : (
        children
      )}
    </section>
  );
}
