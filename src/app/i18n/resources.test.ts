// Both languages have every key, with the same placeholders, and every key the code asks for
// exists. TypeScript already refuses a missing Chinese key (zh is typed from en) and an unknown
// key in `t(...)` (resources typed in i18next.d.ts); these tests check the same at runtime, and
// what types cannot see: empty strings, placeholders, and keys built from core's code lists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ERROR_CODES } from '../../core/document/errors';
import { KERAS_ERROR_CODES } from '../../core/keras/errors';
import { ISSUE_CODES } from '../../core/network/issues';
import { LAYER_CATALOGUE } from '../../core/network/catalogue';
import { SETTINGS_TABLE } from '../../core/training/settingsTable';
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
  const namespace = /useTranslation\(\s*\[?\s*'(\w+)'/.exec(source)?.[1] ?? DEFAULT_NAMESPACE;
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

  it('has words in both languages for every code core and the worker report, and every catalogue entry', () => {
    const required = [
      ...ISSUE_CODES.map((code) => `issues:codes.${code}`),
      ...DOCUMENT_ERROR_CODES.map((code) => `documentErrors:codes.${code}`),
      ...KERAS_ERROR_CODES.map((code) => `keras:errors.${code}`),
      // Worker error codes: en/training.ts types its errors as Record<WorkerErrorCode, ...>, so a missing one fails to compile.
      ...Object.keys(LAYER_CATALOGUE).map((type) => `catalogue:layers.${type}.description`),
      ...Object.keys(SETTINGS_TABLE).map((key) => `catalogue:settings.${key}`),
    ];
    for (const key of required) for (const language of LANGUAGES) expect(lookup(language, key), `${key} (${language})`).toBeDefined();
  });

  it('names every button on the first screen differently, in each language (tests and screen readers find them by name)', () => {
    const buttons = [
      'training:train', 'training:pause', 'training:step', 'training:reset',
      'settings:groups.network', 'settings:groups.training', 'settings:groups.regularization', 'settings:groups.compute',
      'stepThrough:start', 'stepThrough:next', 'stepThrough:otherImages',
      'workspace:present', 'workspace:fullscreen', 'workspace:shortcuts',
      'builder:undo', 'builder:redo', 'builder:deleteLayer', 'builder:canvas.autoLayout', 'builder:canvas.fitView',
      'shareLabels:copyLink', 'shareLabels:exportNetwork',
    ];
    for (const language of LANGUAGES) {
      const names = buttons.map((key) => lookup(language, key));
      expect(new Set(names).size, `${language}: ${names.join(' / ')}`).toBe(buttons.length);
    }
  });

  it('reads Chinese words for the Chinese language', () => {
    expect(lookup('zh', 'common:title')).not.toBe(lookup('en', 'common:title'));
  });
});
