// Download model and Load model: the current run's checkpoint packed into the
// one model file (a zip tfjs can also read), and such a file taken back, its
// network read through restoreDocument, its weights and optimizer state put
// into the worker with 'restore-checkpoint' so Train goes on from there.
import type { AppStore } from '../../store/appStore';
import type { TrainingService } from '../../services/trainingService';
import { networkFileName } from '../share/networkFile';

/** The model file's format is fetched when first used, as the document codec is. */
const loadModelFormat = () => import('../../../core/checkpoint/modelFile');

/** The file name of a model download: the network's name (or the fallback), `.model.zip`. */
export function modelFileName(name: string, fallback: string): string {
  return networkFileName(name, fallback).replace(/\.json$/, '.model.zip');
}

/** Makes the browser download bytes as a zip. */
function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Takes a checkpoint of the current run and downloads it as a model file; false when there is no run. */
export async function downloadModel(store: AppStore, service: TrainingService, fallbackName: string): Promise<boolean> {
  const checkpoint = await service.takeCheckpointOrReport();
  if (!checkpoint) return false;
  const { packModelFile } = await loadModelFormat();
  const { networkName } = store.getState();
  const fileName = modelFileName(networkName, fallbackName);
  downloadBytes(packModelFile(checkpoint, networkName), fileName);
  store.getState().reportNotice({ kind: 'model', event: { type: 'downloaded', fileName } });
  return true;
}

/**
 * Reads a model file and makes it the current run, paused at its batch. A bad
 * file raises an alert and changes nothing; a good one replaces the network
 * and settings (Undo brings the old network back) and its weights.
 */
export async function loadModelFile(store: AppStore, service: TrainingService, file: Blob & { name: string }): Promise<boolean> {
  const { checkpointOf, unpackModelFile, MAX_MODEL_FILE_BYTES } = await loadModelFormat();
  if (file.size > MAX_MODEL_FILE_BYTES) {
    store.getState().reportAlert({ kind: 'model-rejected', fileName: file.name, error: { code: 'too-large', bytes: file.size } });
    return false;
  }
  const read = unpackModelFile(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    store.getState().reportAlert({ kind: 'model-rejected', fileName: file.name, error: read.error });
    return false;
  }
  const { network } = read.model;
  store.getState().loadDocument(network);
  const restored = await service.restoreRun(checkpointOf(read.model, store.getState().settings.backend));
  if (restored) store.getState().reportNotice({ kind: 'model', event: { type: 'loaded', name: network.name, batch: read.model.position.batch } });
  return restored;
}
