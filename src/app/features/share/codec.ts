// The code that reads and writes documents (valibot schema, fflate), loaded on
// first use so it stays out of the page's first download.
export { decodeDocumentFromUrl, encodeDocumentForUrl } from '../../../core/document/link';
export { restoreDocument } from '../../../core/document/restore';
