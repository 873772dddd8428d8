// Older document versions, brought forward one version at a time. A migration
// reads untrusted JSON, so it changes only what it recognises and leaves the
// rest for the checks of the current version to accept or refuse.
//
// Version history:
// 1. The first draft: the settings were the app's whole settings object, the
//    backend included; no network name. No release wrote it, but it is kept
//    (with a fixture) so the migration path is exercised from the start.
// 2. The settings leave the backend to the device opening the document (and
//    to `?backend=`); the document gains `name`.
// 3. The settings gain label smoothing, Nesterov, Centered, the weight decay
//    type, the four augmentations and early stopping. A version-2 weight decay
//    was decoupled and its augmentation shifted by up to 2 pixels only, so the
//    migration writes exactly that; the rest take their defaults on load.

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** Tells a JSON object from arrays and other values. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1 to 2: the backend leaves the settings; the network gets an empty name. */
function fromVersion1(older: JsonObject): JsonObject {
  const next: JsonObject = { ...older, version: 2, name: '' };
  if (isJsonObject(older.settings)) {
    const { backend: _deviceChoice, ...settings } = older.settings;
    next.settings = settings;
  }
  return next;
}

/** Version 2 to 3: the weight decay a version-2 document meant was decoupled, its augmentation shifts only. */
function fromVersion2(older: JsonObject): JsonObject {
  const next: JsonObject = { ...older, version: 3 };
  if (isJsonObject(older.settings)) {
    next.settings = { ...older.settings, weightDecayType: 'decoupled', augmentShift: 2, augmentRotation: 0, augmentScale: 0, augmentNoise: 0 };
  }
  return next;
}

/** Migrations keyed by the version they read; each returns the next version. */
const MIGRATIONS: Record<number, (older: JsonObject) => JsonObject> = {
  1: fromVersion1,
  2: fromVersion2,
};

/** Oldest version that can still be read. */
export const OLDEST_VERSION = 1;

/** Brings a document of version `from` up to `to`, one step at a time. */
export function migrate(older: JsonObject, from: number, to: number): JsonObject {
  let current = older;
  for (let version = from; version < to; version++) current = MIGRATIONS[version](current);
  return current;
}
