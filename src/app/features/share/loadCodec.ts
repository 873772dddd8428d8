import type * as Codec from './codec';

/** The document codec, loaded once on first use (a separate chunk). */
export type DocumentCodec = typeof Codec;

let loading: Promise<DocumentCodec> | null = null;

/** The document codec, loading its chunk the first time it is asked for. */
export function loadCodec(): Promise<DocumentCodec> {
  loading ??= import('./codec');
  return loading;
}
