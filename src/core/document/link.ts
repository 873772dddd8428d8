// A document inside a link: JSON, deflated with fflate, spelled in base64url,
// put in the hash as `#doc=<...>`. Reading one goes through restoreDocument.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { documentError } from './errors';
import { MAX_DOCUMENT_CHARS, type NetworkDocument } from './format';
import { restoreDocument, type RestoreResult } from './restore';

/** Longest encoded document a link may carry, in characters. */
export const MAX_LINK_CHARS = 100_000;

/** Compressed bytes inflated per step, so a deflate bomb stops at the size limit. */
const INFLATE_STEP = 1024;

/** The document as link-safe text: deflated JSON in base64url. */
export function encodeDocumentForUrl(document: NetworkDocument): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(document)), { level: 9 }));
}

/** Inflated bytes, or why not: a damaged stream, or more than `maxBytes` of output. */
function inflateWithin(bytes: Uint8Array, maxBytes: number): Uint8Array | 'damaged' | 'too-large' {
  if (bytes.length === 0) return 'damaged';
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    finished = final;
  });
  try {
    for (let start = 0; start < bytes.length && total <= maxBytes; start += INFLATE_STEP) {
      inflater.push(bytes.subarray(start, start + INFLATE_STEP), start + INFLATE_STEP >= bytes.length);
    }
  } catch {
    return 'damaged';
  }
  if (total > maxBytes) return 'too-large';
  if (!finished) return 'damaged';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Reads the document of a link (the text after `#doc=`); never throws. */
export function decodeDocumentFromUrl(encoded: string): RestoreResult {
  if (encoded.length > MAX_LINK_CHARS) {
    return { ok: false, error: documentError('too-large', { size: encoded.length, max: MAX_LINK_CHARS }) };
  }
  const bytes = fromBase64Url(encoded);
  if (bytes === null) return { ok: false, error: documentError('link-not-base64url') };
  const inflated = inflateWithin(bytes, MAX_DOCUMENT_CHARS);
  if (inflated === 'damaged') return { ok: false, error: documentError('link-not-compressed') };
  if (inflated === 'too-large') {
    return { ok: false, error: documentError('too-large', { size: `over ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')}`, max: MAX_DOCUMENT_CHARS }) };
  }
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return { ok: false, error: documentError('link-not-compressed') };
  }
  return restoreDocument(text);
}
