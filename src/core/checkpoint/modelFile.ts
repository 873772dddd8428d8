// The trained-model file: one zip holding `model.json` + `weights.bin` in
// the tfjs layers format (so `tf.loadLayersModel` reads them), and
// `playground.json` + `optimizer.bin`, the network document (`network`), the
// run's position and the optimizer state, so Load model trains on from there.
// The document inside is read only through restoreDocument.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createDocument } from '../document/create';
import type { DocumentError } from '../document/errors';
import type { DocumentSettings, NetworkDocument } from '../document/format';
import { restoreDocument } from '../document/restore';
import type { RunCheckpoint, RunPosition, SavedTensor } from './types';

/** The `format` of playground.json, so another zip is told apart from ours. */
export const MODEL_FILE_FORMAT = 'neural-playground-model';
/** The version this app writes; version 1 kept the network document under `document`, version 2 under `network`. */
export const MODEL_FILE_VERSION = 2;
/** The file names inside the zip. */
export const MODEL_FILE_PARTS = { model: 'model.json', weights: 'weights.bin', playground: 'playground.json', optimizer: 'optimizer.bin' } as const;
/** Largest model file read at all: far above what a browser trains. */
export const MAX_MODEL_FILE_BYTES = 512 * 1024 * 1024;

/** Why a model file was refused. */
export type ModelFileError =
  | { code: 'not-a-zip' }
  | { code: 'too-large'; bytes: number }
  | { code: 'missing-part'; part: string }
  | { code: 'not-a-model-file' }
  | { code: 'newer-version'; version: number }
  | { code: 'document-rejected'; error: DocumentError }
  | { code: 'weights-mismatch'; detail: string };

/** A tensor's description without its values, as model.json's weights manifest lists it. */
interface TensorSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
}

/** What a model file gives back: the run to restore, in the document's words. */
export interface LoadedModel {
  /** The network and its settings, as restoreDocument gave them back. */
  network: NetworkDocument;
  position: RunPosition;
  weights: SavedTensor[];
  optimizerState: SavedTensor[];
  topology: string;
}

const specOf = ({ name, shape, dtype }: SavedTensor): TensorSpec => ({ name, shape, dtype });

/** The tensors' values back to back, as tfjs's weights.bin holds them (little-endian, 4 bytes each). */
function concatValues(tensors: SavedTensor[]): Uint8Array {
  const total = tensors.reduce((sum, tensor) => sum + tensor.values.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const tensor of tensors) {
    bytes.set(new Uint8Array(tensor.values.buffer, tensor.values.byteOffset, tensor.values.byteLength), offset);
    offset += tensor.values.byteLength;
  }
  return bytes;
}

/** The tfjs model.json of a checkpoint (the Keras topology and the manifest of weights.bin). */
export function modelJsonOf(checkpoint: Pick<RunCheckpoint, 'topology' | 'weights'>): string {
  return JSON.stringify({
    format: 'layers-model',
    generatedBy: 'Neural Playground',
    convertedBy: null,
    modelTopology: JSON.parse(checkpoint.topology) as unknown,
    weightsManifest: [{ paths: [MODEL_FILE_PARTS.weights], weights: checkpoint.weights.map(specOf) }],
  });
}

/** Packs a checkpoint (with the network's name) into the one model file. */
export function packModelFile(checkpoint: RunCheckpoint, name: string): Uint8Array {
  const playground = {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    network: createDocument(checkpoint.graph, checkpoint.settings, name),
    position: { batch: checkpoint.batch, epoch: checkpoint.epoch, position: checkpoint.position },
    optimizerState: checkpoint.optimizerState.map(specOf),
    takenAt: checkpoint.takenAt,
  };
  return zipSync({
    [MODEL_FILE_PARTS.model]: strToU8(modelJsonOf(checkpoint)),
    [MODEL_FILE_PARTS.weights]: concatValues(checkpoint.weights),
    [MODEL_FILE_PARTS.playground]: strToU8(JSON.stringify(playground)),
    [MODEL_FILE_PARTS.optimizer]: concatValues(checkpoint.optimizerState),
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function tensorSpecs(value: unknown): TensorSpec[] | null {
  if (!Array.isArray(value)) return null;
  const specs = value.filter((entry): entry is TensorSpec => isObject(entry)
    && typeof entry.name === 'string'
    && Array.isArray(entry.shape) && entry.shape.every(isCount)
    && (entry.dtype === 'float32' || entry.dtype === 'int32'));
  return specs.length === value.length ? specs : null;
}

/** Cuts a binary part into tensors by their specs; null when the sizes do not add up. */
function sliceTensors(bytes: Uint8Array, specs: TensorSpec[]): SavedTensor[] | null {
  const sizes = specs.map((spec) => spec.shape.reduce((product, dim) => product * dim, 1));
  if (sizes.reduce((sum, size) => sum + size * 4, 0) !== bytes.byteLength) return null;
  const copy = bytes.slice().buffer;
  let offset = 0;
  return specs.map((spec, i) => {
    const values = spec.dtype === 'int32' ? new Int32Array(copy, offset, sizes[i]).slice() : new Float32Array(copy, offset, sizes[i]).slice();
    offset += sizes[i] * 4;
    return { ...spec, values };
  });
}

/** The network document of a playground.json: version 1 kept it under `document`, later versions under `network`. */
function networkField(playground: Record<string, unknown>, version: number): unknown {
  return version <= 1 ? playground.document : playground.network;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a model file; never throws: a bad file is answered with a coded error. */
export function unpackModelFile(bytes: Uint8Array): { ok: true; model: LoadedModel } | { ok: false; error: ModelFileError } {
  const refuse = (error: ModelFileError) => ({ ok: false as const, error });
  if (bytes.byteLength > MAX_MODEL_FILE_BYTES) return refuse({ code: 'too-large', bytes: bytes.byteLength });
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return refuse({ code: 'not-a-zip' });
  }
  for (const part of Object.values(MODEL_FILE_PARTS)) {
    if (!files[part]) return refuse({ code: 'missing-part', part });
  }
  const playground = parseJson(files[MODEL_FILE_PARTS.playground]);
  const model = parseJson(files[MODEL_FILE_PARTS.model]);
  if (!isObject(playground) || playground.format !== MODEL_FILE_FORMAT || !isObject(model)) return refuse({ code: 'not-a-model-file' });
  if (typeof playground.version !== 'number' || playground.version > MODEL_FILE_VERSION) {
    return refuse({ code: 'newer-version', version: Number(playground.version) });
  }
  const restored = restoreDocument(networkField(playground, playground.version));
  if (!restored.ok) return refuse({ code: 'document-rejected', error: restored.error });
  const position = isObject(playground.position) ? playground.position : {};
  const { batch, epoch } = position;
  const at = position.position;
  if (!isCount(batch) || !isCount(epoch) || !isCount(at)) return refuse({ code: 'not-a-model-file' });
  const manifest = Array.isArray(model.weightsManifest) && isObject(model.weightsManifest[0]) ? model.weightsManifest[0] : {};
  const weightSpecs = tensorSpecs(manifest.weights);
  const optimizerSpecs = tensorSpecs(playground.optimizerState);
  if (!weightSpecs || !optimizerSpecs || !isObject(model.modelTopology)) return refuse({ code: 'not-a-model-file' });
  const weights = sliceTensors(files[MODEL_FILE_PARTS.weights], weightSpecs);
  const optimizerState = sliceTensors(files[MODEL_FILE_PARTS.optimizer], optimizerSpecs);
  if (!weights || !optimizerState) return refuse({ code: 'weights-mismatch', detail: 'the binary parts do not match their lists of tensors' });
  return {
    ok: true,
    model: { network: restored.document, position: { batch, epoch, position: at }, weights, optimizerState, topology: JSON.stringify(model.modelTopology) },
  };
}

/** The checkpoint to restore from a loaded model file, with the backend the person uses now. */
export function checkpointOf(model: LoadedModel, backend: RunCheckpoint['settings']['backend']): RunCheckpoint {
  const settings: DocumentSettings = model.network.settings;
  return {
    ...model.position,
    graph: model.network.graph,
    settings: { ...settings, backend },
    weights: model.weights,
    optimizerState: model.optimizerState,
    topology: model.topology,
    takenAt: Date.now(),
  };
}
