// The document format's public face: create a document, read one through the
// one door, put one in a link and take it out again. App code that must stay in
// the first download imports create/format/hash/errors directly: link and
// restore pull in fflate and valibot, which the app loads on first use
// (features/share/loadCodec.ts).
export { createDocument, documentSettingsOf } from './create';
export {
  DOCUMENT_ERROR_CODES,
  DOCUMENT_WARNING_CODES,
  documentError,
  type DocumentError,
  type DocumentErrorCode,
  type DocumentWarning,
  type DocumentWarningCode,
} from './errors';
export {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  MAX_DOCUMENT_CHARS,
  MAX_LAYERS,
  MAX_WIRES,
  type DocumentSettings,
  type DocumentSource,
  type NetworkDocument,
} from './format';
export { LINK_HASH_KEY, documentInHash } from './hash';
export { MAX_LINK_CHARS, decodeDocumentFromUrl, encodeDocumentForUrl } from './link';
export { restoreDocument, type RestoreResult } from './restore';
