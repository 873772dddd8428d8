// Helpers that read a resource as a tree of keys, for the tests that keep the languages in step.

/** A resource: nested objects whose leaves are strings. */
export type ResourceTree = { readonly [key: string]: string | ResourceTree };

/** Every leaf of a tree as a dotted path: { a: { b: 'x' } } -> ['a.b']. */
export function leafPaths(tree: ResourceTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

/** The string at a dotted path, or undefined when there is none. */
export function leafAt(tree: ResourceTree, path: string): string | undefined {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The {{placeholders}} a string interpolates, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
}
