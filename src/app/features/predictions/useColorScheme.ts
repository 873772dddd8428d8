import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** 'dark' or 'light', following the system setting like theme.css; canvases redraw when it changes. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(QUERY).matches ? 'dark' : 'light'), () => 'light');
}

/** Ink colour (RGB) of digit images: the theme's text colour, so digits read as writing on the page. */
export function inkColor(scheme: 'light' | 'dark'): [number, number, number] {
  return scheme === 'dark' ? [232, 236, 242] : [24, 32, 44];
}
