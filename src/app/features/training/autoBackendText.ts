// Words of Auto's measured pick, in the page's language: the worker reports codes and figures
// (worker/protocol.ts BackendReason), the status line reads "WASM 7,100/s · WebGL 1,600/s → WASM".
import type { BackendFigure } from '../../../core/training/autoBackend';
import type { BackendName } from '../../../core/training/types';
import { backendLabel } from '../../i18n/catalogueText';
import { numberLocale, t } from '../../i18n/i18n';

/** Samples per second rounded to two significant digits (at least to the unit): 7,100/s, 950/s, 32/s. */
export function formatSpeed(samplesPerSecond: number): string {
  const magnitude = samplesPerSecond >= 100 ? 10 ** (Math.floor(Math.log10(samplesPerSecond)) - 1) : 1;
  const rounded = Math.round(samplesPerSecond / magnitude) * magnitude;
  return t('training:auto.speed', { speed: new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 0 }).format(rounded) });
}

/** The figures, fastest first, and the winner: "WASM 7,100/s · WebGL 1,600/s · CPU 950/s → WASM". */
export function formatFigures(figures: readonly BackendFigure[], winner: BackendName): string {
  const trained = figures.filter((figure) => figure.samplesPerSecond !== null)
    .sort((a, b) => (b.samplesPerSecond ?? 0) - (a.samplesPerSecond ?? 0))
    .map((figure) => `${backendLabel(figure.backend)} ${formatSpeed(figure.samplesPerSecond ?? 0)}`);
  const failed = figures.filter((figure) => figure.samplesPerSecond === null)
    .map((figure) => t('training:auto.couldNotTrain', { backend: backendLabel(figure.backend) }));
  return `${[...trained, ...failed].join(' · ')} → ${backendLabel(winner)}`;
}

function skippedText(skipped: readonly BackendName[]): string {
  if (skipped.length === 0) return '';
  const names = skipped.map((backend) => backendLabel(backend));
  const list = names.length > 1 ? t('training:notices.and', { first: names.slice(0, -1).join(t('training:notices.listSeparator')), last: names[names.length - 1] }) : names.join('');
  return t('training:auto.notTimed', { list });
}

/** Status while Auto times the backends, before the run's first batch. */
export function measuringReason(backends: readonly BackendName[]): string {
  return t('training:auto.measuring', { backends: backends.map((backend) => backendLabel(backend)).join(t('training:notices.listSeparator')) });
}

/** Why Auto chose a backend it has just measured as the fastest. */
export function measuredReason(figures: readonly BackendFigure[], winner: BackendName, skipped: readonly BackendName[]): string {
  return t('training:auto.measured', { backend: backendLabel(winner), figures: formatFigures(figures, winner), skipped: skippedText(skipped) });
}

/** Why Auto chose the one fast backend this device has, without timing it (there was nothing to compare). */
export function soleReason(winner: BackendName, skipped: readonly BackendName[]): string {
  return t('training:auto.sole', { backend: backendLabel(winner), skipped: skippedText(skipped) });
}

/** Why Auto chose a backend it remembered for this network and device (no new measurement). */
export function rememberedReason(figures: readonly BackendFigure[], winner: BackendName): string {
  return t('training:auto.remembered', { backend: backendLabel(winner), figures: formatFigures(figures, winner) });
}
