// What the reference page trains, read from its query string.
import { findPreset, type Preset } from '../src/core/network/presets';
import { DEFAULT_SETTINGS } from '../src/core/training/settings';
import type { BackendName, TrainingSettings } from '../src/core/training/types';

const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** One reference run: a preset with its own settings, on one backend. */
export interface ReferenceOptions {
  preset: Preset;
  settings: TrainingSettings;
  backend: BackendName;
}

/**
 * Reads `?backend=` (default `webgl`, tfjs's own default in tfjs-examples),
 * `network=` (a preset id, default `mlp`) and `batch=` (default: the preset's
 * batch size). Throws an Error naming the bad parameter.
 */
export function readReferenceOptions(search: string): ReferenceOptions {
  const query = new URLSearchParams(search);
  const backendText = query.get('backend') ?? 'webgl';
  const backend = BACKENDS.find((name) => name === backendText);
  if (!backend) throw new Error(`Unknown backend "${backendText}": use one of ${BACKENDS.join(', ')}.`);
  const presetId = query.get('network') ?? 'mlp';
  const preset = findPreset(presetId);
  if (!preset) throw new Error(`Unknown network "${presetId}": use a preset id such as mlp or lenet5.`);
  const settings: TrainingSettings = { ...DEFAULT_SETTINGS, ...preset.settings };
  const batchText = query.get('batch');
  if (batchText !== null) {
    const batchSize = Number(batchText);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`Batch size "${batchText}" is not a positive integer.`);
    settings.batchSize = batchSize;
  }
  return { preset, settings, backend };
}
