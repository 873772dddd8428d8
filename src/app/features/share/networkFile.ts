// Network files: `Export network` writes the document as JSON, `Import network`
// (and a file dropped onto the builder) reads one back through restoreDocument.
import { documentError } from '../../../core/document/errors';
import { MAX_DOCUMENT_CHARS, type NetworkDocument } from '../../../core/document/format';
import type { AppStore } from '../../store/appStore';
import { loadCodec } from './loadCodec';
import { openRestored } from './openDocument';

/** Longest file name stem an export gets. */
const MAX_FILE_STEM = 80;

/** A safe file name for a network: its name (or the fallback) with only letters, digits, spaces, . _ - kept. */
export function networkFileName(name: string, fallback: string): string {
  const clean = (text: string) =>
    text
      .replace(/[^A-Za-z0-9 ._-]+/g, '-')
      .replace(/^[\s.-]+|[\s.-]+$/g, '')
      .slice(0, MAX_FILE_STEM);
  return `${clean(name) || clean(fallback) || 'network'}.json`;
}

/** The document as the text of a .json file (indented, so it can be read and diffed). */
export function networkFileText(document: NetworkDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Makes the browser download `text` as `fileName`. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a chosen or dropped file and opens it; a file that is too big is refused unread. */
export async function importNetworkFile(store: AppStore, file: Blob & { name: string }): Promise<boolean> {
  if (file.size > MAX_DOCUMENT_CHARS * 4) {
    const error = documentError('too-large', { size: file.size, max: MAX_DOCUMENT_CHARS });
    return openRestored(store, { ok: false, error }, 'file', file.name);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'the browser could not read it';
    return openRestored(store, { ok: false, error: documentError('not-json', { detail }) }, 'file', file.name);
  }
  const { restoreDocument } = await loadCodec();
  return openRestored(store, restoreDocument(text), 'file', file.name);
}
