import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageFlags } from './PageFlagsContext';
import type { HideablePanel } from './pageFlags';
import { SECTION_IDS } from './workspaceText';

/** The panel each link's section belongs to, for `?hide=`. */
const SECTION_PANEL: Partial<Record<string, HideablePanel>> = {
  runs: 'runs',
  formulas: 'formulas',
  predictions: 'predictions',
  evaluation: 'evaluation',
  drawing: 'drawing',
  inspect: 'inspect',
};

/** Scrolls to a section and moves the focus there, without touching the address's hash (it may hold a document). */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** Links to every section of the page that is shown. */
export function SectionNav() {
  const { hidden } = usePageFlags();
  const { t } = useTranslation('workspace');
  const links = SECTION_IDS.map((id) => ({ id, label: t(`sections.${id}`) })).filter((link) => {
    const panel = SECTION_PANEL[link.id];
    return panel === undefined || !hidden.has(panel);
  });
  const list = (
    <ul className="section-nav__list">
      {links.map((link) => (
        <li key={link.id}>
          <a className="section-nav__link" href={`#${link.id}`} onClick={(event) => jumpTo(event, link.id)}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
  // Wide screens show the links in the header; narrower ones fold them into a menu.
  return (
    <nav className="section-nav" aria-label={t('sectionNav')}>
      <div className="section-nav__inline">{list}</div>
      <details className="section-nav__menu">
        <summary className="section-nav__summary">{t('sectionNav')}</summary>
        <div className="section-nav__popup">{list}</div>
      </details>
    </nav>
  );
}
