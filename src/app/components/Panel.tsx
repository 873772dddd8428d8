import type { ReactNode } from 'react';
import './panel.css';

interface PanelProps {
  title: string;
  /** Small text beside the title (a count, a unit). */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A titled section of the page. The heading is for navigation only: the
 * section takes no accessible name, so it never competes with a control of
 * the same name (the "Loss" chart and the "Loss" combobox).
 */
export function Panel({ title, aside, className, children }: PanelProps) {
  return (
    <section className={className ? `panel ${className}` : 'panel'}>
      <header className="panel__header">
        <h2 className="panel__title">{title}</h2>
        {aside ? <div className="panel__aside">{aside}</div> : null}
      </header>
      {children}
    </section>
  );
}
