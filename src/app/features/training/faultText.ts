// Words for faults: a diverged run, a network too large for this device, a
// backend that failed. Plain English in one place, ready for translation.
import type { MemoryOverrun } from '../../../core/network/memoryEstimate';
import { BACKEND_LABELS } from '../../../core/training/backends';
import { formatBytes, formatInteger, formatLoss } from '../../components/format';
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
      return `The run diverged at batch ${batch}: the loss became ${formatLoss(alert.loss)}.`;
    case 'non-finite-weights':
      return `The run diverged at batch ${batch}: the weights became NaN or infinite.`;
    case 'loss-exploded': {
      const above = alert.threshold === null ? 'far above its starting value' : `above ${formatLoss(alert.threshold)} (3 × its starting value)`;
      const streak = alert.since < alert.batch ? ` at batch ${formatInteger(alert.since)} and stayed there` : '';
      return `The run diverged at batch ${batch}: the loss rose ${above}${streak}; at batch ${batch} it was ${formatLoss(alert.loss)}.`;
    }
  }
}

/** The divergence alert: where it diverged, that the run has ended, and what Train does next. */
export function divergenceText(alert: DivergedAlert): FaultText {
  return {
    title: 'Training diverged',
    detail: `${divergenceDetail(alert)} The step size is too large for this network, so the run has ended.`,
    action: 'Lower the learning rate (try a tenth of it), then press Train: it starts a fresh run from new weights. Your network and settings are unchanged.',
  };
}

/** The controls' hint after a run ended with an error (a divergence or a failure): Train does not continue it. */
export const ENDED_RUN_HINT = 'The last run ended with an error. Train starts a fresh run.';

/** Why a network is refused before training: its estimated memory, the device's budget, and the layer to shrink. */
export function memoryOverrunText(overrun: MemoryOverrun): string {
  const { estimate, budgetBytes } = overrun;
  const need = `Training this network needs about ${formatBytes(estimate.totalBytes)}`
    + ` (weights, gradients and optimizer state ${formatBytes(estimate.parameterBytes)}, activations for the batch ${formatBytes(estimate.activationBytes)}),`
    + ` more than the ${formatBytes(budgetBytes)} a browser tab can use on this device.`;
  const largest = estimate.largest;
  if (!largest) return need;
  const part = largest.parameterBytes >= largest.activationBytes ? 'weights' : 'activations';
  return `${need} Layer ${largest.name} takes the most, ${formatBytes(largest.bytes)} (mostly ${part}): make it smaller, or lower the batch size.`;
}

type BackendFaultAlert = Extract<AppAlert, { kind: 'backend-fault' }>;

/** What happened to the backend, in words. */
function faultWhat(alert: BackendFaultAlert): string {
  const label = BACKEND_LABELS[alert.failed];
  const at = alert.batch > 0 ? ` at batch ${formatInteger(alert.batch)}` : '';
  switch (alert.fault) {
    case 'start-failed':
      return `${label} failed to start`;
    case 'device-lost':
      return `${label} lost its GPU device${at}`;
    case 'context-lost':
      return `${label} lost its graphics context${at}`;
    case 'out-of-memory':
      return `${label} ran out of memory${at}`;
  }
}

/** A backend fault: what failed, which backend the run moved to, and from which weights (or that none was left). */
export function backendFaultText(alert: BackendFaultAlert): FaultText {
  const detail = `${faultWhat(alert)} (${alert.message}).`;
  if (alert.next === null) {
    return {
      title: `The ${BACKEND_LABELS[alert.failed]} backend failed`,
      detail: `${detail} No other backend could start, so the run has ended.`,
      action: 'Reload the page, or make the network or the batch size smaller, then press Train.',
    };
  }
  const next = BACKEND_LABELS[alert.next];
  const how = alert.from === 'current-weights'
    ? `Training goes on with ${next} from the current weights (batch ${formatInteger(alert.batch)}); the optimizer's state starts over.`
    : alert.batch > 0
      ? `Training starts again with ${next} from new weights: the weights could not be read back from ${BACKEND_LABELS[alert.failed]}.`
      : `Training runs with ${next} instead.`;
  return {
    title: `The ${BACKEND_LABELS[alert.failed]} backend failed`,
    detail: `${detail} ${how}`,
    action: `Nothing to do; to try ${BACKEND_LABELS[alert.failed]} again, reload the page. Dismiss this message when you have read it.`,
  };
}
