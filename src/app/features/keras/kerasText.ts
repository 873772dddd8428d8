// Every English string of the Keras export and import, in one place (issue 9
// moves them into translations). Import errors arrive as codes and become
// words here.
import type { KerasErrorCode, KerasImportError } from '../../../core/keras/errors';
import { KERAS_LAYERS } from '../../../core/keras/layerMappings';
import { formatInteger } from '../../components/format';

/** Labels and fixed sentences of the Keras panel. The button and textbox names are UI-CONTRACT names. */
export const KERAS_TEXT = {
  heading: 'Keras',
  intro: 'Take the network to Keras 3 as a Python script, or bring Keras model code in. Nothing you paste is run.',
  exportButton: 'Export Keras code',
  exportHelp: 'Downloads a script whose build_model() makes this network and whose main() trains it with these settings.',
  exportedLabel: 'Exported Keras code',
  copyButton: 'Copy code',
  copied: 'Copied the script to the clipboard.',
  copyFailed: 'The browser did not allow copying; select the code and copy it yourself.',
  textboxLabel: 'Keras code',
  placeholder: "model = keras.Sequential([\n    layers.Dense(128, activation='relu', input_shape=(784,)),\n    layers.Dense(10, activation='softmax'),\n])",
  importButton: 'Import Keras code',
  errorTitle: 'The Keras code could not be imported',
  errorAction: 'Nothing was changed. Fix the code and press Import Keras code again.',
  empty: 'Paste Keras model code into the box first.',
};

/** The status notice after an import. */
export function importedNotice(layers: number, parameters: number, problems: number): string {
  const fixes = problems > 0 ? ` The builder shows ${formatInteger(problems)} problem${problems === 1 ? '' : 's'} to fix.` : '';
  return `Imported ${formatInteger(layers)} layers from the Keras code (${formatInteger(parameters)} trainable parameters). Undo brings back the previous network.${fixes}`;
}

const APP_LAYERS = Object.values(KERAS_LAYERS)
  .filter((mapping) => mapping.role !== 'input')
  .map((mapping) => mapping.className)
  .join(', ');

const EXPECTED: Record<string, string> = {
  int: 'a whole number',
  float: 'a number',
  bool: 'True or False',
  size: 'one number or a square pair such as (3, 3)',
  shape: 'a tuple of whole numbers such as (7, 7, 16)',
};

function accepted(params: Record<string, string | number>): string {
  if (params.choices) return ` It takes ${params.choices}.`;
  const expected = EXPECTED[String(params.expected)];
  return expected ? ` It takes ${expected}.` : '';
}

type Params = Record<string, string | number>;

const MESSAGES: Record<KerasErrorCode, (p: Params) => string> = {
  'keras-too-long': (p) => `The code has ${formatInteger(Number(p.length))} characters; the importer reads at most ${formatInteger(Number(p.max))}.`,
  'keras-too-deep': (p) => `An expression here is nested more than ${p.max} levels deep.`,
  'keras-unexpected-character': (p) => `"${p.character}" cannot appear here in Python code.`,
  'keras-unterminated-string': () => 'A string starts here but is never closed.',
  'keras-unclosed-bracket': (p) => `The "${p.bracket}" opened here is never closed.`,
  'keras-unmatched-bracket': (p) => `"${p.bracket}" closes a bracket that was not opened, or one of another kind.`,
  'keras-syntax-error': (p) => `This is not Python the importer can read (near "${p.near}").`,
  'keras-no-model': () =>
    'No Keras model was found. Write keras.Sequential([...]), model.add(...), or layers called on keras.Input(...) and keras.Model(inputs, outputs).',
  'keras-unknown-layer': (p) => `${p.name} is not a layer the app has. It has ${APP_LAYERS}.`,
  'keras-unknown-argument': (p) => `${p.layer} has no argument ${p.argument} in the app.`,
  'keras-extra-positional': (p) => `${p.layer} takes no argument in position ${p.position}; name it (keyword=value).`,
  'keras-duplicate-argument': (p) => `${p.layer} gets ${p.argument} twice, by position and by name.`,
  'keras-missing-argument': (p) => `${p.layer} needs ${p.argument}.`,
  'keras-unsupported-value': (p) => `${p.layer} with ${p.argument}=${p.value} is something the app cannot build.${accepted(p)}`,
  'keras-not-literal': (p) =>
    `${p.layer}'s ${p.argument} is ${p.value}, which the importer cannot know without running the code. Write the value itself.`,
  'keras-input-not-mnist': (p) =>
    `The input shape ${p.shape} does not fit: the app's input is the MNIST image, 28×28×1 = ${p.size} values. Use input_shape=(${p.size},) for flattened images or (28, 28, 1).`,
  'keras-not-a-layer': (p) => `${p.value} is not a Keras layer the app can put into a model.`,
  'keras-not-a-tensor': (p) =>
    p.layer === 'Model'
      ? `keras.Model needs keras.Input(...) as its inputs and a layer's output as its outputs (check ${p.value}).`
      : `${p.layer} is called on ${p.value || 'something'} that is not the output of keras.Input(...) or of a layer above.`,
  'keras-shared-layer': (p) => `This ${p.layer} layer is used a second time; the app has no shared layers, so make a new one.`,
  'keras-repeated-input': (p) => `${p.layer} gets the same tensor twice; the app wires each input once.`,
  'keras-multiple-inputs': (p) => `The model has ${p.count} inputs; a network in the app has one, the image.`,
  'keras-multiple-outputs': (p) => `The model has ${p.count} outputs; a network in the app has one, the 10 class scores.`,
  'keras-duplicate-name': (p) => `Two layers are named "${p.name}"; layer names must be unique.`,
  'keras-bad-name': (p) => `The layer name "${p.name}" is empty, contains "/" or is longer than ${p.max} characters.`,
  'keras-too-many-layers': (p) => `The code makes more than ${p.max} layers.`,
  'keras-internal': (p) => `The importer failed unexpectedly (${p.message}). Please report this with the code.`,
};

/** An import error in words, with its line: "Line 7: LSTM is not a layer the app has. ..." */
export function describeKerasError(error: KerasImportError): string {
  const message = MESSAGES[error.code](error.params);
  return error.line === null ? message : `Line ${error.line}: ${message}`;
}
