// The network and its settings as one runnable Keras 3 script. Importing the
// script runs nothing; running it trains the network like the app does.
import { VALIDATION_SIZE } from '../data/split';
import { analyzeNetwork } from '../network/analyze';
import type { NetworkGraph } from '../network/types';
import type { TrainingSettings } from '../training/types';
import { buildModelCode } from './exportModel';
import { trainingCode } from './exportTraining';
import { pyString } from './python';
import { KERAS_SETTINGS } from './trainingMappings';

const backendNote = KERAS_SETTINGS.backend.note ?? '';

/** The script's docstring; `fileName` is what the example command runs. */
function header(fileName: string): string[] {
  return [
    '"""A network exported from Neural Playground as a Keras 3 script.',
    '',
    'build_model() returns the network; main() trains it on the data the app uses, with the same',
    'loss, optimizer, learning-rate schedule, batch size and epochs, and prints the test accuracy.',
    'Importing this file runs nothing. Keras 3 runs it on any backend; for example:',
    '',
    '    pip install keras jax',
    `    KERAS_BACKEND=jax python ${pyString(fileName).slice(1, -1)}`,
    '',
    backendNote,
    '"""',
  ];
}

/** A runnable Keras 3 script (`import keras`) whose build_model() returns the network and whose
 * main() trains it as the settings say and prints the test accuracy. */
export function toKerasScript(graph: NetworkGraph, settings: TrainingSettings, fileName = 'network.py'): string {
  const analysis = analyzeNetwork(graph, settings.loss);
  const model = buildModelCode(graph, analysis);
  const training = trainingCode(settings, VALIDATION_SIZE);
  const imports = [
    ...(training.imports.math ? ['import math', ''] : []),
    ...(training.imports.numpy ? ['import numpy as np'] : []),
    'import keras',
    'from keras import layers',
  ];
  const blocks = [...model.helpers, model.lines, ...training.blocks, ['if __name__ == "__main__":', '    main()']];
  const top = [header(fileName).join('\n'), imports.join('\n'), training.constants.join('\n')].join('\n\n');
  return `${[top, ...blocks.map((block) => block.join('\n'))].join('\n\n\n')}\n`;
}

/** The file name for the download: the preset's id, or "network" once it has been edited. */
export function kerasFileName(presetId: string | null): string {
  const base = (presetId ?? 'network').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `${base || 'network'}.py`;
}
