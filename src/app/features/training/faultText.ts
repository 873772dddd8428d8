// Words for faults: a diverged run, a network too large for this device, a
// backend that failed. The sentences are in the faults namespace.
import type { MemoryOverrun } from '../../../core/network/memoryEstimate';
import { formatBytes, formatInteger, formatLoss } from '../../components/format';
import { backendLabel } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';
import type { AppAlert } from '../../store/messages';

/** An alert in words: what happened and what to do about it. */
export interface FaultText {
  title: string;
  detail: string;
  action: string;
}

type DivergedAlert = Extract<AppAlert, { kind: 'diverged' }>;

/** What went wrong in a diverged run, naming the batch it stopped at (the batch the readouts show). */
function divergenceDetail(alert: DivergedAlert): string {
  const batch = formatInteger(alert.batch);
  switch (alert.reason) {
    case 'non-finite-loss':
      return t('faults:diverged.nonFiniteLoss', { batch, loss: formatLoss(alert.loss) });
    case 'non-finite-weights':
      return t('faults:diverged.nonFiniteWeights', { batch });
    case 'loss-exploded': {
      const above = alert.threshold === null ? t('faults:diverged.farAbove') : t('faults:diverged.above', { threshold: formatLoss(alert.threshold) });
      const streak = alert.since < alert.batch ? t('faults:diverged.streak', { since: formatInteger(alert.since) }) : '';
      return t('faults:diverged.exploded', { batch, above, streak, loss: formatLoss(alert.loss) });
    }
  }
}

/** The divergence alert: where it diverged, that the run has ended, and what Train does next. */
export function divergenceText(alert: DivergedAlert): FaultText {
  return {
    title: t('faults:diverged.title'),
    detail: t('faults:diverged.detail', { what: divergenceDetail(alert) }),
    action: t('faults:diverged.action'),
  };
}

/** Why a network is refused before training: its estimated memory, the device's budget, and the layer to shrink. */
export function memoryOverrunText(overrun: MemoryOverrun): string {
  const { estimate, budgetBytes } = overrun;
  const need = t('faults:memory.need', {
    total: formatBytes(estimate.totalBytes),
    parameters: formatBytes(estimate.parameterBytes),
    activations: formatBytes(estimate.activationBytes),
    budget: formatBytes(budgetBytes),
  });
  const largest = estimate.largest;
  if (!largest) return need;
  const part = largest.parameterBytes >= largest.activationBytes ? t('faults:memory.weights') : t('faults:memory.activations');
  return t('faults:memory.largest', { need, layer: largest.name, bytes: formatBytes(largest.bytes), part });
}

type BackendFaultAlert = Extract<AppAlert, { kind: 'backend-fault' }>;

/** A backend fault: what failed, which backend the run moved to, and from which weights (or that none was left). */
export function backendFaultText(alert: BackendFaultAlert): FaultText {
  const backend = backendLabel(alert.failed);
  const at = alert.batch > 0 ? t('faults:backend.at', { batch: formatInteger(alert.batch) }) : '';
  const what = t('faults:backend.what', { what: t(`faults:backend.${alert.fault}` as const, { backend, at }), message: alert.message });
  const title = t('faults:backend.title', { backend });
  if (alert.next === null) {
    return { title, detail: t('faults:backend.none', { what }), action: t('faults:backend.noneAction') };
  }
  const next = backendLabel(alert.next);
  const detail = alert.from === 'current-weights'
    ? t('faults:backend.currentWeights', { what, next, batch: formatInteger(alert.batch) })
    : alert.batch > 0
      ? t('faults:backend.newWeights', { what, next, backend })
      : t('faults:backend.instead', { what, next });
  return { title, detail, action: t('faults:backend.movedAction', { backend }) };
}
