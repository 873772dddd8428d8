// How often a training run shows itself on the page. One figure for both
// sides of the worker boundary: the page renders the worker's stream once per
// beat (app/services/liveClock.ts), so the worker computes its live
// predictions and the page asks for a look inside at the same cadence;
// anything sent more often would only be merged and dropped at the beat.

/**
 * Time between two beats while a run trains: every two seconds. Each beat
 * costs the page one render and one frame (style, layout, paint, commit:
 * about 20-25 ms on a 2-core machine without GPU, measured with a CDP trace
 * of MLP 128-64-10 on WASM). At one beat a second the main thread stayed
 * 4-5 % busy while training (`npm run bench`), at two a second about 8 %;
 * at one every two seconds about 3 %.
 */
export const LIVE_BEAT_MS = 2000;
