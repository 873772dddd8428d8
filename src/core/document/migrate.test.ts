import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ERROR_CODES } from './errors';
import { DOCUMENT_VERSION } from './format';
import { OLDEST_VERSION, migrate } from './migrate';
import { restoreDocument } from './restore';

describe('migrate', () => {
  it('has a step from every old version to the current one', () => {
    for (let version = OLDEST_VERSION; version < DOCUMENT_VERSION; version++) {
      expect(migrate({ format: 'neural-playground', version }, version, DOCUMENT_VERSION).version).toBe(DOCUMENT_VERSION);
    }
  });

  it('takes the backend out of version-1 settings and leaves the other settings as they were', () => {
    const migrated = migrate({ version: 1, settings: { backend: 'webgpu', learningRate: 0.5 }, graph: 'kept' }, 1, 2);
    expect(migrated).toEqual({ version: 2, name: '', settings: { learningRate: 0.5 }, graph: 'kept' });
  });

  it('never throws on version-1 documents of any shape', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (fields, settings) => {
        const result = restoreDocument({ ...fields, settings, format: 'neural-playground', version: 1 });
        if (!result.ok) expect(DOCUMENT_ERROR_CODES).toContain(result.error.code);
        else expect(result.warnings[0]).toEqual({ code: 'migrated', params: { from: 1, to: DOCUMENT_VERSION } });
      }),
      { numRuns: 300 },
    );
  });
});
