import { isDatasetId } from '../../core/data/datasets';
import type { ReadyResult } from '../../worker/protocol';

/** True when an init answer has the fields the page needs. */
export function isReadyResult(value: unknown): value is ReadyResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ReadyResult, unknown>>;
  return (
    isDatasetId(candidate.dataset) &&
    typeof candidate.backend === 'string' &&
    typeof candidate.backendReason === 'string' &&
    typeof candidate.trainSize === 'number' &&
    typeof candidate.validationSize === 'number' &&
    typeof candidate.testSize === 'number'
  );
}
