import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { incomingOf } from '../network/topology';
import type { NetworkGraph } from '../network/types';
import type { KerasImportError } from './errors';
import { fromKerasScript } from './fromKerasScript';

/** The course's MNIST MLP, as written in the course (with a flat 784-value input). */
const COURSE_SNIPPET = `model = keras.Sequential([
    layers.Dense(1024, activation='relu', input_shape=(784,)),
    layers.Dropout(0.2),
    layers.Dense(1024, activation='relu'),
    layers.Dropout(0.2),
    layers.Dense(10, activation='softmax'),
])`;

function graphOf(code: string): NetworkGraph {
  const result = fromKerasScript(code);
  if ('errors' in result) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.graph;
}

function errorsOf(code: string): KerasImportError[] {
  const result = fromKerasScript(code);
  if ('graph' in result) throw new Error('import unexpectedly succeeded');
  return result.errors;
}

const layerTypes = (graph: NetworkGraph) => graph.nodes.map((n) => n.type);
const params = (graph: NetworkGraph) => analyzeNetwork(graph, 'categoricalCrossentropy').trainableParams;
const node = (graph: NetworkGraph, name: string) => graph.nodes.find((n) => n.name === name)!;

const COURSE_TYPES = ['input', 'flatten', 'dense', 'dropout', 'dense', 'dropout', 'dense'];

describe('fromKerasScript: the course snippet and its variants', () => {
  it('reads the course snippet: a flat 784 input becomes Input -> Flatten, 1,863,690 parameters', () => {
    const graph = graphOf(COURSE_SNIPPET);
    expect(layerTypes(graph)).toEqual(COURSE_TYPES);
    expect(params(graph)).toBe(1_863_690);
    expect(node(graph, 'dropout_1').params.rate).toBe(0.2);
    expect(node(graph, 'dense_3').params).toMatchObject({ units: 10, activation: 'softmax', kernelInitializer: 'glorotUniform', useBias: true });
    expect(analyzeNetwork(graph, 'categoricalCrossentropy').issues).toEqual([]);
  });

  it('reads model.add with tf.keras and comments', () => {
    const graph = graphOf(`import tensorflow as tf
from tensorflow import keras   # the course uses tf.keras

model = keras.models.Sequential()
model.add(tf.keras.layers.Dense(1024, activation="relu", input_shape=(784,)))  # hidden 1
model.add(tf.keras.layers.Dropout(0.2))
model.add(keras.layers.Dense(1024, activation=tf.nn.relu))
model.add(keras.layers.Dropout(rate=0.2))
model.add(keras.layers.Dense(10, activation='softmax'))
model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
model.summary()
`);
    expect(layerTypes(graph)).toEqual(COURSE_TYPES);
    expect(params(graph)).toBe(1_863_690);
  });

  it('reads bare names imported from keras.layers, and an explicit Input', () => {
    const graph = graphOf(`from keras.layers import Dense, Dropout, Input
from keras.models import Sequential
model = Sequential([Input(shape=(784,)), Dense(1024, 'relu'), Dropout(0.2), Dense(1024, 'relu'), Dropout(.2), Dense(10, 'softmax')])`);
    expect(layerTypes(graph)).toEqual(COURSE_TYPES);
    expect(params(graph)).toBe(1_863_690);
  });

  it('reads bare names without imports, line continuations and constants', () => {
    const graph = graphOf(`num_classes = 10
hidden = 2 ** 10
model = Sequential()
model.add(Dense(hidden, activation='relu', \\
                input_dim=28 * 28))
model.add(Dense(num_classes, activation='softmax'))`);
    expect(layerTypes(graph)).toEqual(['input', 'flatten', 'dense', 'dense']);
    expect(params(graph)).toBe(784 * 1024 + 1024 + 1024 * 10 + 10);
  });

  it('reads a LeNet with positional and tuple arguments, and Keras defaults for what is left out', () => {
    const graph = graphOf(`model = keras.Sequential([
    layers.Conv2D(6, (5, 5), padding='same', activation='relu', input_shape=(28, 28, 1)),
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(16, kernel_size=5, activation='relu'),
    layers.MaxPool2D(pool_size=2, strides=(2, 2)),
    layers.Flatten(),
    layers.Dense(120, activation='relu'),
    layers.Dense(84, activation='relu'),
    layers.Dense(10, activation='softmax'),
])`);
    expect(params(graph)).toBe(61_706);
    expect(node(graph, 'conv2d_2').params).toMatchObject({ kernelSize: 5, strides: 1, padding: 'valid', kernelInitializer: 'glorotUniform' });
    expect(node(graph, 'max_pool2d_1').params).toMatchObject({ poolSize: 2, strides: 2, padding: 'valid' });
  });

  it('takes (28, 28) as the images, as in Flatten(input_shape=(28, 28))', () => {
    const graph = graphOf(`model = Sequential([Flatten(input_shape=(28, 28)), Dense(128, activation='relu'), Dense(10, activation='softmax')])`);
    expect(layerTypes(graph)).toEqual(['input', 'flatten', 'dense', 'dense']);
    expect(params(graph)).toBe(101_770);
  });

  it('reads a functional residual block with Add and names', () => {
    const graph = graphOf(`inputs = keras.Input(shape=(28, 28, 1), name="digits")
x = layers.Conv2D(16, 3, padding="same", activation="relu", name="stem")(inputs)
y = layers.Conv2D(16, 3, padding="same")(x)
y = layers.Add()([y, x])
y = layers.Activation("relu")(y)
x = layers.GlobalAveragePooling2D()(y)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="residual")`);
    expect(layerTypes(graph)).toEqual(['input', 'conv2d', 'conv2d', 'add', 'activation', 'globalAvgPool2d', 'dense']);
    expect(graph.nodes.map((n) => n.name)).toEqual(['digits', 'stem', 'conv2d_1', 'add_1', 'activation_1', 'global_avg_pool2d_1', 'dense_1']);
    expect(incomingOf(graph).add_1).toEqual(['conv2d_1', 'stem']);
    expect(params(graph)).toBe(160 + 2320 + 170);
  });

  it('reads layers.concatenate and keeps the order of its inputs', () => {
    const graph = graphOf(`inp = Input((28, 28, 1))
a = Conv2D(4, 3, padding='same')(inp)
b = Conv2D(2, 5, padding='same')(inp)
m = layers.concatenate([b, a])
out = Dense(10, activation='softmax')(Flatten()(m))
model = Model(inp, out)`);
    expect(incomingOf(graph).concatenate_1).toEqual(['conv2d_2', 'conv2d_1']);
    expect(analyzeNetwork(graph).nodes.concatenate_1.outputShape).toEqual([28, 28, 6]);
  });

  it('reads ReLU and LeakyReLU layers as Activation layers', () => {
    const graph = graphOf(`model = Sequential([Input(shape=(784,)), Dense(64), LeakyReLU(), Dense(10), layers.ReLU(), layers.Softmax()])`);
    expect(graph.nodes.filter((n) => n.type === 'activation').map((n) => n.params.activation)).toEqual(['leakyRelu', 'relu', 'softmax']);
  });

  it('reads nothing it does not need, and runs nothing', () => {
    const graph = graphOf(`import os
os.system("echo should never run")
def build():
    return keras.Sequential([layers.Dense(10, activation="softmax", input_shape=(784,))])
class Callback(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(f"epoch {epoch}: {logs['loss']:.3f}")
model = build()
history = model.fit(x_train[:1000], y_train[:1000], epochs=5, callbacks=[Callback()], validation_split=0.1)
`);
    expect(params(graph)).toBe(7_850);
  });
});

describe('fromKerasScript: errors name the line', () => {
  it('reports an unknown layer with its line', () => {
    const errors = errorsOf(`model = keras.Sequential([
    layers.Embedding(1000, 64, input_shape=(784,)),
    layers.Dense(10, activation='softmax'),
])

model.add(layers.Dense(64))
model.add(layers.LSTM(32))`);
    expect(errors).toEqual([
      { code: 'keras-unknown-layer', line: 2, params: { name: 'Embedding' } },
      { code: 'keras-unknown-layer', line: 7, params: { name: 'LSTM' } },
    ]);
  });

  it('reports a bare unknown layer inside Sequential and applied to a tensor', () => {
    expect(errorsOf('model = Sequential([\n  Dense(10),\n  LSTM(32),\n])')).toEqual([{ code: 'keras-unknown-layer', line: 3, params: { name: 'LSTM' } }]);
    expect(errorsOf('x = Input(shape=(784,))\ny = GRU(4)(x)')[0]).toMatchObject({ code: 'keras-unknown-layer', line: 2 });
  });

  it('says that the images have 784 values for input_shape=(1000,)', () => {
    expect(errorsOf(COURSE_SNIPPET.replace('784', '1000'))).toEqual([{ code: 'keras-input-not-mnist', line: 2, params: { shape: '(1000,)', size: 784 } }]);
    expect(errorsOf('x = keras.Input(shape=(32, 32, 3))\nm = keras.Model(x, layers.Dense(10)(layers.Flatten()(x)))')[0]).toMatchObject({ code: 'keras-input-not-mnist', line: 1 });
  });

  it('reports every problem at once, in line order', () => {
    expect(errorsOf('model = Sequential([\n  Dense(10, input_shape=(1000,)),\n  LSTM(3),\n])').map((e) => [e.code, e.line])).toEqual([
      ['keras-input-not-mnist', 2],
      ['keras-unknown-layer', 3],
    ]);
  });

  it('reports unknown and duplicate arguments, and extra positional ones', () => {
    expect(errorsOf('model = Sequential([\n\n  Dense(10, activation="relu", kernel_size=3)])')).toEqual([
      { code: 'keras-unknown-argument', line: 3, params: { layer: 'Dense', argument: 'kernel_size' } },
    ]);
    expect(errorsOf('Sequential([Dense(10, units=5)])')[0]).toMatchObject({ code: 'keras-duplicate-argument', params: { argument: 'units' } });
    expect(errorsOf('Sequential([Dropout(0.2, None, 1, 2)])')[0]).toMatchObject({ code: 'keras-extra-positional', params: { position: 4 } });
  });

  it('reports values the app cannot hold', () => {
    const errors = errorsOf(`Sequential([
  Conv2D(8, (3, 5), input_shape=(28, 28, 1)),
  Dense(10, activation='gelu'),
  Conv2D(8, 3, use_bias=False),
])`);
    expect(errors.map((e) => [e.code, e.line, e.params.argument, e.params.value])).toEqual([
      ['keras-unsupported-value', 2, 'kernel_size', '(3, 5)'],
      ['keras-unsupported-value', 3, 'activation', "'gelu'"],
      ['keras-unsupported-value', 4, 'use_bias', 'False'],
    ]);
  });

  it('reports values it cannot read without running the code', () => {
    expect(errorsOf('for units in [64, 32]:\n    model.add(Dense(units))\nmodel = Sequential()')).toEqual([
      { code: 'keras-not-literal', line: 2, params: { layer: 'Dense', argument: 'units', value: 'units' } },
    ]);
  });

  it('reports missing arguments, a layer used twice, a repeated input and a non-tensor', () => {
    expect(errorsOf('Sequential([Dense()])')[0]).toMatchObject({ code: 'keras-missing-argument', params: { layer: 'Dense', argument: 'units' } });
    expect(errorsOf('d = Dense(10)\nx = Input((784,))\na = d(x)\nb = d(a)')[0]).toMatchObject({ code: 'keras-shared-layer', line: 4 });
    expect(errorsOf('x = Input((28, 28, 1))\ny = Add()([x, x])')[0]).toMatchObject({ code: 'keras-repeated-input', line: 2 });
    expect(errorsOf('y = Dense(10)(features)')[0]).toEqual({ code: 'keras-not-a-tensor', line: 1, params: { layer: 'Dense', value: 'features' } });
  });

  it('reports syntax problems with their line', () => {
    expect(errorsOf('model = Sequential([\n  Dense(10),\n  Dense(5)\n')).toEqual([{ code: 'keras-unclosed-bracket', line: 1, params: { bracket: '[' } }]);
    expect(errorsOf('a = 1\nb = (2]\n')).toEqual([{ code: 'keras-unmatched-bracket', line: 2, params: { bracket: ']' } }]);
    expect(errorsOf('x = "open\ny = 2')).toEqual([{ code: 'keras-unterminated-string', line: 1, params: {} }]);
    expect(errorsOf('a = 1\nb = = 2')).toEqual([{ code: 'keras-syntax-error', line: 2, params: { near: '=' } }]);
    expect(errorsOf('x = $5')[0]).toMatchObject({ code: 'keras-unexpected-character', params: { character: '$' } });
  });

  it('reports code without a model, layer names Keras would refuse, and too long code', () => {
    expect(errorsOf('print("hello")')).toEqual([{ code: 'keras-no-model', line: null, params: {} }]);
    expect(errorsOf('Sequential([Dense(4, name="a"), Dense(10, name="a")])')[0]).toMatchObject({ code: 'keras-duplicate-name', params: { name: 'a' } });
    expect(errorsOf('Sequential([Dense(4, name="a/b")])')[0]).toMatchObject({ code: 'keras-bad-name' });
    expect(errorsOf(`x = 1\n${'#'.repeat(300_000)}`)[0]).toMatchObject({ code: 'keras-too-long', line: null });
  });

  it('stops at nesting it will not follow', () => {
    expect(errorsOf(`x = ${'('.repeat(500)}1${')'.repeat(500)}`)[0]).toMatchObject({ code: 'keras-too-deep', line: 1 });
    expect(errorsOf(`x = ${'-'.repeat(5000)}1`)[0]).toMatchObject({ code: 'keras-too-deep' });
  });
});
