// Words of Auto's measured pick, in one place (the status line shows them;
// translations come later). "WASM 7,100/s · WebGL 1,600/s · CPU 950/s → WASM".
import { BACKEND_LABELS, type BackendName } from './backends';
import type { BackendFigure } from './autoBackend';

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Samples per second rounded to two significant digits (at least to the unit): 7,100/s, 950/s, 32/s. */
export function formatSpeed(samplesPerSecond: number): string {
  const magnitude = samplesPerSecond >= 100 ? 10 ** (Math.floor(Math.log10(samplesPerSecond)) - 1) : 1;
  return `${INTEGER.format(Math.round(samplesPerSecond / magnitude) * magnitude)}/s`;
}

/** The figures, fastest first, and the winner: "WASM 7,100/s · WebGL 1,600/s · CPU 950/s → WASM". */
export function formatFigures(figures: readonly BackendFigure[], winner: BackendName): string {
  const trained = figures.filter((figure) => figure.samplesPerSecond !== null)
    .sort((a, b) => (b.samplesPerSecond ?? 0) - (a.samplesPerSecond ?? 0))
    .map((figure) => `${BACKEND_LABELS[figure.backend]} ${formatSpeed(figure.samplesPerSecond ?? 0)}`);
  const failed = figures.filter((figure) => figure.samplesPerSecond === null)
    .map((figure) => `${BACKEND_LABELS[figure.backend]} could not train it`);
  return `${[...trained, ...failed].join(' · ')} → ${BACKEND_LABELS[winner]}`;
}

function skippedText(skipped: readonly BackendName[]): string {
  if (skipped.length === 0) return '';
  const names = skipped.map((backend) => BACKEND_LABELS[backend]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
  return ` (not timed: ${list}, which compute on the processor here, far slower than WASM)`;
}

/** Status while Auto times the backends, before the run's first batch. */
export function measuringReason(backends: readonly BackendName[]): string {
  return `Auto is timing a few batches of this network on ${backends.map((backend) => BACKEND_LABELS[backend]).join(', ')} to pick the fastest`;
}

/** Why Auto chose a backend it has just measured as the fastest. */
export function measuredReason(figures: readonly BackendFigure[], winner: BackendName, skipped: readonly BackendName[]): string {
  return `Auto chose ${BACKEND_LABELS[winner]}, the fastest for this network here: ${formatFigures(figures, winner)}${skippedText(skipped)}`;
}

/** Why Auto chose the one fast backend this device has, without timing it (there was nothing to compare). */
export function soleReason(winner: BackendName, skipped: readonly BackendName[]): string {
  return `Auto chose ${BACKEND_LABELS[winner]}: with no hardware GPU here it is the one fast backend, so there was nothing to time${skippedText(skipped)}`;
}

/** Why Auto chose a backend it remembered for this network and device (no new measurement). */
export function rememberedReason(figures: readonly BackendFigure[], winner: BackendName): string {
  return `Auto chose ${BACKEND_LABELS[winner]}, remembered from timing this network on this device: ${formatFigures(figures, winner)}`;
}
