import { PRESETS, findPreset, type Preset } from '../../core/network/presets';

/** The network a new visitor sees: small enough to train in seconds, good enough to reach ~97%. */
export const INITIAL_PRESET_ID = 'mlp';

/** The preset the app opens with (the first preset if the initial one is missing). */
export function initialPreset(): Preset {
  const preset = findPreset(INITIAL_PRESET_ID) ?? PRESETS[0];
  if (!preset) throw new Error('No network presets are defined.');
  return preset;
}
