// The page's URL flags for classrooms: `?hide=` folds panels away for a focused
// exercise, `?present=1` opens presentation mode. Pure functions over the URL.

/** Panels `?hide=` can hide, by the name used in the URL. */
export const HIDEABLE_PANELS = ['settings', 'builder', 'formulas', 'predictions', 'evaluation', 'drawing', 'inspect', 'runs'] as const;

/** A panel `?hide=` can hide. */
export type HideablePanel = (typeof HIDEABLE_PANELS)[number];

/** What the URL asks of the page. */
export interface PageFlags {
  /** Panels left out of the page. */
  hidden: ReadonlySet<HideablePanel>;
  /** Presentation mode: larger type, network and curves enlarged, secondary panels folded. */
  present: boolean;
}

const isHideable = (name: string): name is HideablePanel => (HIDEABLE_PANELS as readonly string[]).includes(name);

/** The flags in a location's query string (`?hide=settings,runs&present=1`); unknown names are ignored. */
export function pageFlagsFromQuery(search: string): PageFlags {
  const query = new URLSearchParams(search);
  const names = (query.get('hide') ?? '').split(',').map((name) => name.trim().toLowerCase());
  const present = query.get('present');
  return { hidden: new Set(names.filter(isHideable)), present: present !== null && present !== '0' && present !== 'false' };
}

/** The same address with `present=1` added or removed, the rest of the query and the hash kept. */
export function withPresentFlag(href: string, present: boolean): string {
  const url = new URL(href);
  if (present) url.searchParams.set('present', '1');
  else url.searchParams.delete('present');
  return url.href;
}
