import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

/** One media query list for every image: React reads the scheme on each render of each of them. */
let schemeQuery: MediaQueryList | null = null;
function darkQuery(): MediaQueryList {
  schemeQuery ??= window.matchMedia(QUERY);
  return schemeQuery;
}

function subscribe(onChange: () => void): () => void {
  const media = darkQuery();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** 'dark' or 'light', following the system setting like theme.css; canvases redraw when it changes. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, () => (darkQuery().matches ? 'dark' : 'light'), () => 'light');
}

/** Ink colour (RGB) of digit images: the theme's text colour, so digits read as writing on the page. */
export function inkColor(scheme: 'light' | 'dark'): [number, number, number] {
  return scheme === 'dark' ? [232, 236, 242] : [24, 32, 44];
}
