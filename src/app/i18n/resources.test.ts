// Both languages have every key, with the same placeholders, and every key the code asks for
// exists. TypeScript already refuses a missing Chinese key (zh is typed from en) and an unknown
// key in `t(...)` (resources typed in i18next.d.ts); these tests check the same at runtime, and
// what types cannot see: empty strings, placeholders, and keys built from core's code lists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafAt, leafPaths, placeholders, type ResourceTree } from './keyTree';
import { LANGUAGES } from './languages';
import { DEFAULT_NAMESPACE, NAMESPACES, RESOURCES } from './resources';

const en = RESOURCES.en as unknown as Record<string, ResourceTree>;
const zh = RESOURCES.zh as unknown as Record<string, ResourceTree>;

/** Every source file of the app outside this folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal key a file passes to t(...), with its namespace: 'keras:heading'. */
function keysUsedIn(source: string): string[] {
  const namespace = /useTranslation\(\s*'(\w+)'/.exec(source)?.[1] ?? DEFAULT_NAMESPACE;
  return [...source.matchAll(/\bt\(\s*'([^']+)'/g)].map(([, key]) => (key.includes(':') ? key : `${namespace}:${key}`));
}

function lookup(language: 'en' | 'zh', key: string): string | undefined {
  const [namespace, path] = key.split(':');
  const tree = RESOURCES[language] as unknown as Record<string, ResourceTree>;
  if (!tree[namespace]) return undefined;
  // A key used with { count } has plural forms instead: key_one, key_other.
  return leafAt(tree[namespace], path) ?? leafAt(tree[namespace], `${path}_other`);
}

describe('translations', () => {
  it('has the same namespaces and keys in English and Chinese', () => {
    expect(Object.keys(zh)).toEqual(Object.keys(en));
    for (const namespace of NAMESPACES) {
      expect(leafPaths(zh[namespace]), namespace).toEqual(leafPaths(en[namespace]));
    }
  });

  it('has no empty words and the same placeholders in both languages', () => {
    for (const namespace of NAMESPACES) {
      for (const path of leafPaths(en[namespace])) {
        const english = leafAt(en[namespace], path) ?? '';
        const chinese = leafAt(zh[namespace], path) ?? '';
        expect(english.trim(), `${namespace}:${path} (en)`).not.toBe('');
        expect(chinese.trim(), `${namespace}:${path} (zh)`).not.toBe('');
        expect(placeholders(chinese), `${namespace}:${path}`).toEqual(placeholders(english));
      }
    }
  });

  it('has every key the app passes to t() as a literal, in both languages', () => {
    const used = sourceFiles('src/app').flatMap((file) => keysUsedIn(readFileSync(file, 'utf8')).map((key) => ({ file, key })));
    expect(used.length).toBeGreaterThan(0);
    for (const { file, key } of used) {
      for (const language of LANGUAGES) expect(lookup(language, key), `${file}: ${key} (${language})`).toBeDefined();
    }
  });

  it('reads Chinese words for the Chinese language', () => {
    expect(lookup('zh', 'common:title')).not.toBe(lookup('en', 'common:title'));
  });
});
