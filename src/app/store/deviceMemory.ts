// The device's memory as the browser reports it, for the training memory budget.
import { memoryBudget } from '../../core/network/memoryEstimate';

/** navigator.deviceMemory in GB where the browser has it (Chromium), else undefined. */
export function deviceMemoryGb(): number | undefined {
  const nav = globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined;
  return nav?.deviceMemory;
}

/** The most memory a training run may take on this device. */
export function deviceMemoryBudget(): number {
  return memoryBudget(deviceMemoryGb());
}
