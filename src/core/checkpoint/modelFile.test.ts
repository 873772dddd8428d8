// The model file's playground.json across versions: this app writes the
// network document under `network`, and still reads files of version 1,
// which kept it under `document`.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findPreset } from '../network/presets';
import { DEFAULT_SETTINGS } from '../training/settings';
import { MODEL_FILE_PARTS, MODEL_FILE_VERSION, packModelFile, unpackModelFile } from './modelFile';
import type { RunCheckpoint } from './types';

const mlp = findPreset('mlp')!;
const checkpoint: RunCheckpoint = {
  graph: mlp.graph, settings: { ...DEFAULT_SETTINGS }, batch: 3, epoch: 0, position: 192,
  weights: [{ name: 'w', shape: [2], dtype: 'float32', values: new Float32Array([0.5, -1]) }], optimizerState: [], topology: '{}', takenAt: 0,
};

/** The file with its playground.json replaced by what `edit` makes of it. */
function withPlayground(file: Uint8Array, edit: (playground: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const parts = unzipSync(file);
  const playground = JSON.parse(strFromU8(parts[MODEL_FILE_PARTS.playground])) as Record<string, unknown>;
  return zipSync({ ...parts, [MODEL_FILE_PARTS.playground]: strToU8(JSON.stringify(edit(playground))) });
}

describe('the model file\'s playground.json', () => {
  it('keeps the network document under `network`, at the current version', () => {
    const playground = JSON.parse(strFromU8(unzipSync(packModelFile(checkpoint, 'my net'))[MODEL_FILE_PARTS.playground])) as Record<string, unknown>;
    expect(playground.version).toBe(MODEL_FILE_VERSION);
    expect(playground).toHaveProperty('network.name', 'my net');
    expect(playground).not.toHaveProperty('document');
  });

  it('reads a version 1 file, which kept the document under `document`', () => {
    const current = packModelFile(checkpoint, 'old net');
    const old = withPlayground(current, ({ network, ...rest }) => ({ ...rest, version: 1, document: network }));
    const read = unpackModelFile(old);
    if (!read.ok) throw new Error(`refused: ${read.error.code}`);
    expect(read.model.network.name).toBe('old net');
    expect(read.model.position).toEqual({ batch: 3, epoch: 0, position: 192 });
    expect(read).toEqual(unpackModelFile(current));
  });

  it('refuses a version 1 file without its document, and a newer version', () => {
    const noDocument = withPlayground(packModelFile(checkpoint, ''), (playground) => ({ ...playground, version: 1 }));
    expect(unpackModelFile(noDocument)).toMatchObject({ ok: false, error: { code: 'document-rejected' } });
    const newer = withPlayground(packModelFile(checkpoint, ''), (playground) => ({ ...playground, version: MODEL_FILE_VERSION + 1 }));
    expect(unpackModelFile(newer)).toMatchObject({ ok: false, error: { code: 'newer-version', version: MODEL_FILE_VERSION + 1 } });
  });
});
