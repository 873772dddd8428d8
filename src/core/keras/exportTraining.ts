// The training half of the exported script: the optimizer with its schedule,
// the data as the app prepares it, and main(), all read from the settings.
import { AUGMENT_MAX_SHIFT } from '../data/batches';
import { IMAGE_SIDE, NUM_CLASSES } from '../data/mnist';
import { LOSSES } from '../training/losses';
import { OPTIMIZERS } from '../training/optimizers';
import { SCHEDULES } from '../training/schedules';
import type { TrainingSettings } from '../training/types';
import { ownEntry, pyFloat, pyString } from './python';
import { KERAS_DATASETS, KERAS_LOSSES, KERAS_OPTIMIZERS, KERAS_SCHEDULES, KERAS_SETTINGS } from './trainingMappings';

/** Python blocks of the training half, and the modules they import. */
export interface TrainingCode {
  constants: string[];
  /** Classes and functions, each a block of lines, in the order they are written. */
  blocks: string[][];
  imports: { math: boolean; numpy: boolean };
}

const comment = (lines: readonly string[], indent: string): string[] => lines.map((line) => `${indent}# ${line}`);

function constants(settings: TrainingSettings, validationSamples: number): string[] {
  const lines: string[] = [];
  for (const mapping of Object.values(KERAS_SETTINGS)) {
    if (!('constant' in mapping)) continue;
    if (mapping.note) lines.push(...comment([mapping.note], ''));
    lines.push(`${mapping.constant} = ${mapping.value(settings)}`);
  }
  lines.push(`VALIDATION_SAMPLES = ${validationSamples}`);
  if (settings.augment) lines.push(`MAX_SHIFT = ${AUGMENT_MAX_SHIFT}`);
  return lines;
}

function optimizerBlock(settings: TrainingSettings): string[] {
  const id = ownEntry(KERAS_OPTIMIZERS, settings.optimizer) ? settings.optimizer : 'adam';
  const optimizer = KERAS_OPTIMIZERS[id];
  const spec = OPTIMIZERS[id];
  const scheduleId = ownEntry(KERAS_SCHEDULES, settings.schedule) ? settings.schedule : 'constant';
  const schedule = KERAS_SCHEDULES[scheduleId];
  const lines = [
    'def make_optimizer(train_count):',
    `    """${spec.label} with the app's hyperparameters and its learning-rate schedule (${SCHEDULES[scheduleId].label})."""`,
  ];
  if (id !== settings.optimizer) lines.push(`    # The app's optimizer ${pyString(String(settings.optimizer))} is unknown here, so this is Adam.`);
  if (scheduleId !== settings.schedule) lines.push(`    # The app's schedule ${pyString(String(settings.schedule))} is unknown here, so the rate is constant.`);
  if (schedule.needsSteps) {
    lines.push('    steps_per_epoch = math.ceil(train_count / BATCH_SIZE)', '    total_steps = steps_per_epoch * EPOCHS');
  }
  lines.push(`    learning_rate = ${schedule.expression}`);
  lines.push(...comment(optimizer.note ?? [], '    '));
  if (scheduleId !== 'constant') lines.push(...comment(optimizer.scheduleNote ?? [], '    '));
  lines.push(`    optimizer = keras.optimizers.${optimizer.className}(`, '        learning_rate=learning_rate,');
  for (const h of spec.hyperparams) {
    const value = settings.optimizerParams?.[h.key] ?? h.default;
    lines.push(`        ${optimizer.hyperparams[h.key]}=${pyFloat(value)},`);
  }
  for (const [keyword, value] of Object.entries(optimizer.fixed)) lines.push(`        ${keyword}=${value},`);
  lines.push(
    '        weight_decay=WEIGHT_DECAY or None,',
    '        global_clipnorm=CLIP_NORM or None,',
    '    )',
    "    # As in the app, weight decay shrinks kernels only, not biases or BatchNorm's scale and offset.",
    '    optimizer.exclude_from_weight_decay(var_names=["bias", "gamma", "beta"])',
    '    return optimizer',
  );
  return lines;
}

function dataBlock(settings: TrainingSettings): string[] {
  const dataset = ownEntry(KERAS_DATASETS, settings.dataset) ?? KERAS_DATASETS.mnist;
  const image = `-1, ${IMAGE_SIDE}, ${IMAGE_SIDE}, 1`;
  return [
    'def load_data():',
    '    """The data as the app prepares it: pixels / 255 as (N, 28, 28, 1) and one-hot labels; the last',
    '    VALIDATION_SAMPLES training images validate, the first TRAINING_SAMPLES of the others train."""',
    `    (x_train, y_train), (x_test, y_test) = keras.datasets.${dataset}.load_data()`,
    `    x_train = x_train.reshape(${image}).astype("float32") / 255`,
    `    x_test = x_test.reshape(${image}).astype("float32") / 255`,
    `    y_train = keras.utils.to_categorical(y_train, ${NUM_CLASSES})`,
    `    y_test = keras.utils.to_categorical(y_test, ${NUM_CLASSES})`,
    '    train_end = len(x_train) - VALIDATION_SAMPLES',
    '    x_val, y_val = x_train[train_end:], y_train[train_end:]',
    '    train_count = min(TRAINING_SAMPLES, train_end)',
    '    x_train, y_train = x_train[:train_count], y_train[:train_count]',
    '    return (x_train, y_train), (x_val, y_val), (x_test, y_test)',
  ];
}

const SHIFTED_IMAGES_CLASS = [
  'class ShiftedImages(keras.utils.PyDataset):',
  '    """The app\'s augmentation: every training image moved by a random whole number of pixels, up to',
  '    MAX_SHIFT along x and along y, with zeros shifted in; new shifts and a new order every epoch."""',
  '',
  '    def __init__(self, x, y, batch_size, seed, **kwargs):',
  '        super().__init__(**kwargs)',
  '        self.x, self.y, self.batch_size = x, y, batch_size',
  '        self.rng = np.random.default_rng(seed)',
  '        self.order = self.rng.permutation(len(x))',
  '',
  '    def __len__(self):',
  '        return math.ceil(len(self.x) / self.batch_size)',
  '',
  '    def __getitem__(self, index):',
  '        rows = self.order[index * self.batch_size : (index + 1) * self.batch_size]',
  '        edge = (MAX_SHIFT, MAX_SHIFT)',
  '        padded = np.pad(self.x[rows], ((0, 0), edge, edge, (0, 0)))',
  '        shifted = np.empty_like(self.x[rows])',
  '        shifts = self.rng.integers(-MAX_SHIFT, MAX_SHIFT + 1, size=(len(rows), 2))',
  '        for i, (dx, dy) in enumerate(shifts):',
  '            top, left = MAX_SHIFT - dy, MAX_SHIFT - dx',
  `            shifted[i] = padded[i, top : top + ${IMAGE_SIDE}, left : left + ${IMAGE_SIDE}]`,
  '        return shifted, self.y[rows]',
  '',
  '    def on_epoch_end(self):',
  '        self.order = self.rng.permutation(len(self.x))',
];

function mainBlock(settings: TrainingSettings): string[] {
  const lossId = ownEntry(KERAS_LOSSES, settings.loss) ? settings.loss : 'categoricalCrossentropy';
  const fit = settings.augment
    ? '    model.fit(ShiftedImages(x_train, y_train, BATCH_SIZE, SEED), epochs=EPOCHS, validation_data=(x_val, y_val), verbose=2)'
    : '    model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS, validation_data=(x_val, y_val), shuffle=True, verbose=2)';
  return [
    'def main():',
    `    """Trains the network like the app (${LOSSES[lossId].label}) and prints its test accuracy."""`,
    ...(lossId !== settings.loss ? [`    # The app's loss ${pyString(String(settings.loss))} is unknown here, so this is cross-entropy.`] : []),
    '    keras.utils.set_random_seed(SEED)',
    '    (x_train, y_train), (x_val, y_val), (x_test, y_test) = load_data()',
    '    model = build_model()',
    '    model.summary()',
    '    model.compile(',
    '        optimizer=make_optimizer(len(x_train)),',
    `        loss=keras.losses.${KERAS_LOSSES[lossId].className}(),`,
    '        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],',
    '    )',
    fit,
    '    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1000, verbose=0)',
    '    print(f"Test loss: {test_loss:.4f}")',
    '    print(f"Test accuracy: {test_accuracy:.4f}")',
  ];
}

/** The constants, classes and functions that train the network as the settings say. */
export function trainingCode(settings: TrainingSettings, validationSamples: number): TrainingCode {
  const schedule = ownEntry(KERAS_SCHEDULES, settings.schedule) ?? KERAS_SCHEDULES.constant;
  const blocks: string[][] = [];
  if (schedule.helper) blocks.push(schedule.helper);
  blocks.push(optimizerBlock(settings), dataBlock(settings));
  if (settings.augment) blocks.push(SHIFTED_IMAGES_CLASS);
  blocks.push(mainBlock(settings));
  return {
    constants: constants(settings, validationSamples),
    blocks,
    imports: { math: schedule.needsSteps || settings.augment, numpy: settings.augment },
  };
}
