// English words of the Keras export and import; import errors by code (core/keras/errors.ts).
import type { KerasErrorCode } from '../../../core/keras/errors';

/** Labels and fixed sentences of the Keras panel. The button and textbox names are UI-contract names. */
export const kerasText = {
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

const errors: Record<KerasErrorCode, string> = {
  'keras-too-long': 'The code has {{length}} characters; the importer reads at most {{max}}.',
  'keras-too-deep': 'An expression here is nested more than {{max}} levels deep.',
  'keras-unexpected-character': '"{{character}}" cannot appear here in Python code.',
  'keras-unterminated-string': 'A string starts here but is never closed.',
  'keras-unclosed-bracket': 'The "{{bracket}}" opened here is never closed.',
  'keras-unmatched-bracket': '"{{bracket}}" closes a bracket that was not opened, or one of another kind.',
  'keras-syntax-error': 'This is not Python the importer can read (near "{{near}}").',
  'keras-no-model': 'No Keras model was found. Write keras.Sequential([...]), model.add(...), or layers called on keras.Input(...) and keras.Model(inputs, outputs).',
  'keras-unknown-layer': '{{name}} is not a layer the app has. It has {{layers}}.',
  'keras-unknown-argument': '{{layer}} has no argument {{argument}} in the app.',
  'keras-extra-positional': '{{layer}} takes no argument in position {{position}}; name it (keyword=value).',
  'keras-duplicate-argument': '{{layer}} gets {{argument}} twice, by position and by name.',
  'keras-missing-argument': '{{layer}} needs {{argument}}.',
  'keras-unsupported-value': '{{layer}} with {{argument}}={{value}} is something the app cannot build.{{accepted}}',
  'keras-not-literal': "{{layer}}'s {{argument}} is {{value}}, which the importer cannot know without running the code. Write the value itself.",
  'keras-input-not-mnist': "The input shape {{shape}} does not fit: the app's input is the MNIST image, 28×28×1 = {{size}} values. Use input_shape=({{size}},) for flattened images or (28, 28, 1).",
  'keras-not-a-layer': '{{value}} is not a Keras layer the app can put into a model.',
  'keras-not-a-tensor': '{{layer}} is called on {{value}} that is not the output of keras.Input(...) or of a layer above.',
  'keras-shared-layer': 'This {{layer}} layer is used a second time; the app has no shared layers, so make a new one.',
  'keras-repeated-input': '{{layer}} gets the same tensor twice; the app wires each input once.',
  'keras-multiple-inputs': 'The model has {{count}} inputs; a network in the app has one, the image.',
  'keras-multiple-outputs': 'The model has {{count}} outputs; a network in the app has one, the 10 class scores.',
  'keras-duplicate-name': 'Two layers are named "{{name}}"; layer names must be unique.',
  'keras-bad-name': 'The layer name "{{name}}" is empty, contains "/" or is longer than {{max}} characters.',
  'keras-too-many-layers': 'The code makes more than {{max}} layers.',
  'keras-internal': 'The importer failed unexpectedly ({{message}}). Please report this with the code.',
};

/** Words of import results and errors. */
export const keras = {
  imported: 'Imported {{layers}} layers from the Keras code ({{parameters}} trainable parameters). Undo brings back the previous network.',
  fixes_one: ' The builder shows {{n}} problem to fix.',
  fixes_other: ' The builder shows {{n}} problems to fix.',
  errors,
  notATensorModel: "keras.Model needs keras.Input(...) as its inputs and a layer's output as its outputs (check {{value}}).",
  something: 'something',
  takes: ' It takes {{what}}.',
  expected: {
    int: 'a whole number',
    float: 'a number',
    bool: 'True or False',
    size: 'one number or a square pair such as (3, 3)',
    shape: 'a tuple of whole numbers such as (7, 7, 16)',
  } as Record<string, string>,
  line: 'Line {{line}}: {{message}}',
};
