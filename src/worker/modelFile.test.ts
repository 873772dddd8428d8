// The Download model file end to end in Node: a trained run is checkpointed,
// packed, unpacked; its model.json + weights.bin load in plain tfjs with
// tf.loadLayersModel and predict what the run predicts, and the whole file
// restores into a fresh session that predicts the same and trains on.
import * as tf from '@tensorflow/tfjs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../core/network/presets';
import { DEFAULT_SETTINGS } from '../core/training/settings';
import { checkpointOf, packModelFile, unpackModelFile, MODEL_FILE_PARTS } from '../core/checkpoint/modelFile';
import type { RunSpec, WorkerEvent } from './protocol';
import { loadTestMnist } from './engine/mnist.fixture';
import { Session } from './engine/session';

const mnist = loadTestMnist();
const preset = (label: string) => PRESETS.find((entry) => entry.label === label)!;

function newSession(events: WorkerEvent[]): Session {
  return new Session((event) => events.push(event), async () => mnist);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the model file', { timeout: 120_000 }, () => {
  for (const label of ['MLP 128-64-10']) {
    it(`${label}: loads in tf.loadLayersModel and restores with the same predictions`, async () => {
      const spec: RunSpec = { graph: preset(label).graph, settings: { ...DEFAULT_SETTINGS, backend: 'cpu', batchSize: 64, trainingSamples: 640 } };
      const events: WorkerEvent[] = [];
      const trained = newSession(events);
      await trained.init('data/', 'mnist', 'cpu');
      for (let i = 0; i < 3; i++) await trained.step(spec);
      const checkpoint = (await trained.checkpoint()).value;
      const file = packModelFile(checkpoint, 'my net');

      const parts = unzipSync(file);
      const modelJson = JSON.parse(strFromU8(parts[MODEL_FILE_PARTS.model])) as { modelTopology: object; weightsManifest: [{ weights: tf.io.WeightsManifestEntry[] }] };
      const weightsBin = parts[MODEL_FILE_PARTS.weights];
      const loaded = await tf.loadLayersModel(tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0].weights,
        weightData: weightsBin.slice().buffer,
      }));
      const image = Float32Array.from(mnist.test.images.subarray(0, 784), (v) => v / 255);
      const expected = (await trained.predict(image)).probabilities;
      const input = tf.tensor(image, [1, 28, 28, 1]);
      const output = loaded.predict(input) as tf.Tensor;
      const actual = Array.from(await output.data());
      tf.dispose([input, output]);
      loaded.dispose();
      actual.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 5));

      const read = unpackModelFile(file);
      if (!read.ok) throw new Error(`refused: ${read.error.code}`);
      expect(read.model.network.name).toBe('my net');
      const otherEvents: WorkerEvent[] = [];
      const fresh = newSession(otherEvents);
      await fresh.init('data/', 'mnist', 'cpu');
      await fresh.restoreCheckpoint(checkpointOf(read.model, 'cpu'));
      // The same predictions as the trained run (the e2e test compares the full test accuracy).
      expect((await fresh.predict(image)).probabilities).toEqual(expected);
      await fresh.step(spec);
      expect((await fresh.checkpoint()).value.batch).toBe(4);
      await trained.reset();
      await fresh.reset();
    });
  }

  it('refuses what is no model file, with a code', () => {
    expect(unpackModelFile(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'not-a-zip' } });
    const truncated = packModelFile({
      graph: preset('MLP 128-64-10').graph, settings: { ...DEFAULT_SETTINGS }, batch: 0, epoch: 0, position: 0,
      weights: [{ name: 'w', shape: [2], dtype: 'float32', values: new Float32Array(2) }], optimizerState: [], topology: '{}', takenAt: 0,
    }, '');
    expect(unpackModelFile(truncated.subarray(0, truncated.length - 30))).toMatchObject({ ok: false });
  });
});
