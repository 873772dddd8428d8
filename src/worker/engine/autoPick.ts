// Auto that measures: the first time a network shape meets this device, time
// each backend that can train it and take the fastest; after that, the pick
// remembered for this network and device, without timing again.
import { autoCandidates, autoPickKey, type AutoCandidates, bestSpeed, needsFallback, chooseWinner, deviceKey, networkSignature, type AutoDevice, type BackendFigure } from '../../core/training/autoBackend';
import type { BackendName } from '../../core/training/backends';
import { activateBackend, probeDevice, type BackendPick } from './backends';
import type { PickMemory } from './autoMemory';
import { timeBackend, type TimingTrial } from './timeBackend';

/** This device as Auto keys and chooses by. */
export async function autoDevice(): Promise<AutoDevice> {
  const caps = await probeDevice();
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return { webgpu: caps.webgpu, webgpuHardware: caps.webgpuHardware, webgl: caps.webgl, webglRenderer: caps.webglRenderer, cores };
}

/** True when the backend starts on this device (it is then the active one). */
async function startsHere(backend: BackendName): Promise<boolean> {
  try {
    await activateBackend(backend);
    return true;
  } catch {
    return false;
  }
}

/** Times the backends in order; each knows the best speed so far (`earlier` figures included). */
export async function measureBackends(backends: readonly BackendName[], trial: TimingTrial, earlier: readonly BackendFigure[] = []): Promise<BackendFigure[]> {
  const figures: BackendFigure[] = [];
  for (const backend of backends) figures.push(await timeBackend(backend, trial, bestSpeed([...earlier, ...figures])));
  return figures;
}

/**
 * Activates the backend Auto picks for the trial's network: the remembered
 * pick, else the fastest measured now (remembered for next time). `measuring`
 * is told which backends are about to be timed; `candidates` says which
 * backends to time on the device. Null when none could train it.
 */
export async function measuredAutoPick(
  trial: TimingTrial,
  memory: PickMemory,
  measuring: (backends: BackendName[]) => void,
  candidates: (device: AutoDevice) => AutoCandidates = autoCandidates,
): Promise<BackendPick | null> {
  const device = await autoDevice();
  const key = autoPickKey(networkSignature(trial.graph, trial.settings.batchSize), deviceKey(device));
  const remembered = await memory.get(key);
  if (remembered) {
    try {
      await activateBackend(remembered.backend);
      return { backend: remembered.backend, reason: { code: 'remembered', winner: remembered.backend, figures: remembered.figures } };
    } catch {
      // The remembered backend no longer starts here: measure again.
    }
  }
  const { timed, fallback } = candidates(device);
  let figures: BackendFigure[];
  if (timed.length === 1) {
    // One fast candidate: nothing to compare it with, so it is taken if it starts, untimed.
    if (await startsHere(timed[0])) return { backend: timed[0], reason: { code: 'sole', winner: timed[0], skipped: fallback } };
    figures = [{ backend: timed[0], samplesPerSecond: null }];
  } else {
    measuring(timed);
    figures = await measureBackends(timed, trial);
  }
  let skipped = fallback;
  if (fallback.length > 0 && needsFallback(figures)) {
    measuring(fallback);
    figures.push(...await measureBackends(fallback, trial, figures));
    skipped = [];
  }
  const winner = chooseWinner(figures);
  if (winner === null) return null;
  await activateBackend(winner);
  await memory.set(key, { backend: winner, figures });
  return { backend: winner, reason: { code: 'measured', winner, figures, skipped } };
}
