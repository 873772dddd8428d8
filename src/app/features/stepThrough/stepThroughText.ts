// The step-through's sentences that are built from numbers; its words are in the stepThrough namespace.
import type { OptimizerId } from '../../../core/training/types';
import type { StepThroughResult } from '../../../worker/protocol';
import { formatInteger } from '../../components/format';
import { i18n, t } from '../../i18n/i18n';

/** The stages in order, by id (the step-through's data-value names the stage by its id). */
export const STAGES = ['forward', 'loss', 'backward', 'update'] as const;

/** "Stage 2 of 4: Loss". */
export function stageHeading(stage: number): string {
  return t('stepThrough:stageHeading', { number: stage + 1, total: STAGES.length, title: t(`stepThrough:stages.${STAGES[stage]}` as const) });
}

/** Where the copied weights came from. */
export function sourceText(result: Pick<StepThroughResult, 'source' | 'batch'>): string {
  return result.source === 'run' ? t('stepThrough:sourceRun', { batch: formatInteger(result.batch) }) : t('stepThrough:sourceInitial');
}

/** "Image 2: 7". */
export function imageName(k: number, className: string): string {
  return t('stepThrough:imageName', { number: k + 1, name: className });
}

/** The clipping sentence under the gradient norms. */
export function clipText(result: Pick<StepThroughResult, 'globalNorm' | 'clipNorm' | 'clipScale'>): string {
  const norm = result.globalNorm.toPrecision(4);
  if (result.clipNorm === 0) return t('stepThrough:clipOff', { norm });
  if (result.clipScale >= 1) return t('stepThrough:clipUnder', { norm, level: result.clipNorm });
  return t('stepThrough:clipOver', { norm, level: result.clipNorm, scale: result.clipScale.toPrecision(4) });
}

/** The note under the update formula. */
export function updateNote(step: number, decay: number): string {
  return decay > 0 ? t('stepThrough:updateNoteDecay', { step }) : t('stepThrough:updateNote', { step });
}

/** The name of an optimizer state slot ("Velocity v"), or its key. */
export function slotLabel(optimizer: OptimizerId, key: string): string {
  const path = `stepThrough:slots.${optimizer}.${key}`;
  return i18n.exists(path) ? t(path as 'stepThrough:title') : key;
}
