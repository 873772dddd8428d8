// Telling what a downloaded body is from its first bytes.
import { looksLikeIdx } from './idx';

/**
 * - 'gzip': the file as built; inflate it.
 * - 'idx': already inflated (a server added Content-Encoding and the browser
 *   inflated it, or a raw copy was cached); use as is.
 * - 'html': an HTML page, e.g. a dev server's SPA fallback for a file that
 *   does not exist; means the data is missing.
 * - 'unknown': anything else; corrupt.
 */
export type BodyKind = 'gzip' | 'idx' | 'html' | 'unknown';

/** Classifies a body from its first bytes (at least 4 are needed). */
export function classifyBody(head: Uint8Array): BodyKind {
  if (head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08) return 'gzip';
  if (looksLikeIdx(head)) return 'idx';
  if (looksLikeHtml(head)) return 'html';
  return 'unknown';
}

/** True when the bytes start (after blanks or a UTF-8 BOM) with `<`, as HTML does. */
export function looksLikeHtml(head: Uint8Array): boolean {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x3c;
}
