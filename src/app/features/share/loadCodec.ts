import type { DocumentCodec } from './codec';

let loading: Promise<DocumentCodec> | null = null;

/** The document codec, loading its chunk the first time it is asked for. */
export function loadCodec(): Promise<DocumentCodec> {
  loading ??= import('./codec');
  return loading;
}
