// English words used across the page: the header, the language menu, loading text.

/** Words shared by the whole page. */
export const common = {
  title: 'Neural Playground',
  tagline: 'Build a network, train it on real handwritten digits or photos of clothes, watch it learn.',
  loadingViews: 'Loading the network builder and learning views…',
  languageHint: 'The language of the page',
};
