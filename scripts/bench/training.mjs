// The training measurements of a run: every backend x network, the app and
// the reference page in the same browser context, within the run's budget.
import { measureApp } from './appRun.mjs';
import { BACKEND_LABELS, REFERENCE_BACKEND, SLOW_ON_SOFTWARE_WEBGPU } from './options.mjs';
import { measureReference } from './referenceRun.mjs';

/** The app's samples/s over the reference's in one view, or null. */
function ratioOf(app, reference, view) {
  const ours = app.views?.[view]?.samplesPerSecond;
  const theirs = reference.window?.samplesPerSecond;
  return ours && theirs ? Math.round((100 * ours) / theirs) / 100 : null;
}

/** Why a pair is not measured on this machine, or null. */
function skipReason(network, backend, options, machine) {
  if (backend === 'webgpu' && machine.webgpuFallback && SLOW_ON_SOFTWARE_WEBGPU.includes(network.id) && !options.slow) {
    return `the WebGPU adapter is a software fallback, too slow for ${network.label} in this run (--slow measures it)`;
  }
  return null;
}

/**
 * Measures options.backends x options.networks, backend by backend (so a run
 * that spends its budget drops the last, slowest backends). Each reference is
 * measured once per network and backend; Auto reuses WebGL's. Returns one
 * entry per network: { id, label, params, backends: [{ backend, referenceBackend, app, reference, ratio }] }.
 */
export async function measureTraining(context, baseUrl, options, machine, log, elapsed) {
  const references = new Map();
  const entries = new Map(options.networks.map((network) => [network.id, []]));
  const overBudget = { status: 'skipped', reason: `the run's ${options.mode.budget} s budget was spent` };
  for (const backend of options.backends) {
    for (const network of options.networks) {
      const referenceBackend = REFERENCE_BACKEND[backend];
      const key = `${network.id}/${referenceBackend}`;
      const push = (app, reference) => entries.get(network.id).push({
        backend, referenceBackend, app, reference,
        ratio: { curves: ratioOf(app, reference, 'curves'), predictions: ratioOf(app, reference, 'predictions') },
      });
      const reason = skipReason(network, backend, options, machine);
      if (reason) {
        log(`${network.label} on ${BACKEND_LABELS[backend]}: skipped, ${reason}`);
        push({ status: 'skipped', reason }, { status: 'skipped', reason });
        continue;
      }
      let app = overBudget;
      if (elapsed() < options.mode.budget) {
        log(`${network.label} on ${BACKEND_LABELS[backend]}: app`);
        app = await measureApp(context, baseUrl, network, backend, options.mode);
      }
      if (!references.has(key) && elapsed() < options.mode.budget) {
        log(`${network.label} on ${BACKEND_LABELS[referenceBackend]}: reference`);
        references.set(key, await measureReference(context, baseUrl, network, referenceBackend, options.mode));
      }
      const reference = references.get(key) ?? overBudget;
      push(app, reference);
      log(`  ${summary(app, reference)}`);
    }
  }
  return options.networks.map((network) => {
    const backends = entries.get(network.id);
    const measured = backends.flatMap((entry) => [entry.app, entry.reference]).find((result) => result.params > 0);
    return { id: network.id, label: network.label, params: measured?.params ?? null, backends };
  });
}

/** One progress line: samples/s and busy % of both pages. */
function summary(app, reference) {
  const speed = (result, window) => (result.status === 'measured'
    ? `${window.samplesPerSecond ?? '?'} samples/s, busy ${window.busyPercent} %`
    : `${result.status}: ${result.reason}`);
  const ours = app.status === 'measured'
    ? `${speed(app, app.views.curves)} (curves) / ${speed(app, app.views.predictions)} (predictions)`
    : speed(app);
  return `app ${ours}; reference ${speed(reference, reference.window)}`;
}
