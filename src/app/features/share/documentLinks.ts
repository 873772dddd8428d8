// Links that carry a document in their hash (`#doc=<...>`): making one from
// the page's address, and opening one on start and whenever the hash changes.
import type { NetworkDocument } from '../../../core/document/format';
import { LINK_HASH_KEY, documentInHash } from '../../../core/document/hash';
import type { AppStore } from '../../store/appStore';
import { loadCodec } from './loadCodec';
import { openRestored } from './openDocument';

/** The page's address with the document in its hash; the query (`?backend=wasm&hide=builder`) is kept. */
export async function linkTo(document: NetworkDocument, pageHref: string): Promise<string> {
  const { encodeDocumentForUrl } = await loadCodec();
  const url = new URL(pageHref);
  url.hash = `${LINK_HASH_KEY}=${encodeDocumentForUrl(document)}`;
  return url.href;
}

/** Opens the document in a location hash: true when it loaded, false when it was refused
 * (with an alert), null when the hash carries no document. */
export async function openDocumentInHash(store: AppStore, hash: string): Promise<boolean | null> {
  const encoded = documentInHash(hash);
  if (encoded === null) return null;
  const { decodeDocumentFromUrl } = await loadCodec();
  return openRestored(store, decodeDocumentFromUrl(encoded), 'link');
}

/** What following links needs of the page (the window, in the app). */
export interface LinkPage {
  location: { hash: string };
  addEventListener: (type: 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'hashchange', listener: () => void) => void;
}

/** Opens the page's document link now and on every later hash change; returns how to stop. The hash
 * is left in place, so a reload opens the same network again. */
export function followDocumentLinks(store: AppStore, page: LinkPage): () => void {
  const open = () => void openDocumentInHash(store, page.location.hash);
  open();
  page.addEventListener('hashchange', open);
  return () => page.removeEventListener('hashchange', open);
}
