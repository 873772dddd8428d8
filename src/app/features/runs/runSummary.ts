// A run's network and settings in a few words, in the page's language, from what the run started with.
import type { TrainingSettings } from '../../../core/training/types';
import { formatInteger } from '../../components/format';
import { datasetLabel, lossText, optimizerText, presetText, scheduleText } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';
import type { NetworkFacts } from '../../store/runHistory';

/** The network in a few words: "MLP 128-64-10 · 4 layers · 109,386 parameters". */
export function summarizeNetwork(network: NetworkFacts): string {
  const name = (network.presetId ? presetText(network.presetId)?.label : undefined) ?? t('settings:customNetwork');
  return t('runs:networkSummary', {
    name,
    layers: t('runs:layers', { count: network.layers, n: formatInteger(network.layers) }),
    params: t('runs:parameters', { count: network.params, n: formatInteger(network.params) }),
  });
}

/** The settings in a few words: "MNIST · Adam · η 0.001 · batch 64 · 1 epoch · Constant · Categorical cross-entropy". */
export function summarizeSettings(settings: TrainingSettings): string {
  return [
    datasetLabel(settings.dataset),
    optimizerText(settings.optimizer).label,
    `η ${settings.learningRate}`,
    t('runs:batchSize', { size: settings.batchSize }),
    t('runs:epochs', { count: settings.epochs, n: settings.epochs }),
    scheduleText(settings.schedule).label,
    lossText(settings.loss).label,
  ].join(' · ');
}
