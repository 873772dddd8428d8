// Where a link keeps its document: `#doc=<encoded>`. Kept apart from the codec,
// so the page can look for a document without loading the code that reads one.

/** The hash key a link carries its document under: `#doc=<encoded>`. */
export const LINK_HASH_KEY = 'doc';

/** The encoded document in a location hash (`#doc=<...>`), or null when the hash carries none. */
export function documentInHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${LINK_HASH_KEY}=`;
  return body.startsWith(prefix) ? body.slice(prefix.length) : null;
}
