import { describe, expect, it } from 'vitest';
import { readNamedNetworks } from './savedNetworks';

const save = (name: string, savedAt: number) => ({ name, savedAt, documentText: '{}', parameters: 61706, layers: 9 });

describe('readNamedNetworks', () => {
  it('lists the saves newest first and passes over records that are no save', () => {
    const records = [save('old', 1), null, 'text', { ...save('bad', 5), parameters: -1 }, { ...save('', 6) }, save('new', 3)];
    expect(readNamedNetworks(records).map((s) => s.name)).toEqual(['new', 'old']);
  });
});
