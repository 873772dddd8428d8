// The training half of the exported script: the optimizer with its schedule,
// the data as the app prepares it, and main(), all read from the settings.
import { IMAGE_SIDE, NUM_CLASSES } from '../data/mnist';
import { LOSSES } from '../training/losses';
import { OPTIMIZERS } from '../training/optimizers';
import { SCHEDULES } from '../training/schedules';
import type { TrainingSettings } from '../training/types';
import { ownEntry, pyBool, pyFloat, pyInt, pyString } from './python';
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
  if (settings.augment) {
    lines.push(`MAX_SHIFT = ${pyInt(settings.augmentShift)}`);
    if (hasExtra(settings)) {
      lines.push(`MAX_ROTATION = ${pyFloat(settings.augmentRotation)}  # degrees`, `MAX_SCALE = ${pyFloat(settings.augmentScale)}  # percent`, `PIXEL_NOISE = ${pyFloat(settings.augmentNoise)}`);
    }
  }
  if (settings.earlyStopping) lines.push(`PATIENCE = ${pyInt(settings.patience)}`);
  return lines;
}

/** True when rotation, scaling or noise is on besides the shifts. */
function hasExtra(settings: TrainingSettings): boolean {
  return settings.augment && (settings.augmentRotation > 0 || settings.augmentScale > 0 || settings.augmentNoise > 0);
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
  for (const [flag, keyword] of Object.entries(optimizer.flags ?? {})) lines.push(`        ${keyword}=${pyBool(settings[flag as 'nesterov' | 'centered'])},`);
  const decoupled = settings.weightDecayType === 'decoupled';
  if (decoupled) lines.push('        weight_decay=WEIGHT_DECAY or None,');
  lines.push('        global_clipnorm=CLIP_NORM or None,', '    )');
  if (decoupled) {
    lines.push(
      "    # As in the app, weight decay shrinks kernels only, not biases or BatchNorm's scale and offset.",
      '    optimizer.exclude_from_weight_decay(var_names=["bias", "gamma", "beta"])',
    );
  }
  lines.push('    return optimizer');
  return lines;
}

/** Lines that put the L1 or L2 penalty on every kernel, when the weight decay is in the loss. */
function penaltyLines(settings: TrainingSettings): string[] {
  if (settings.weightDecayType === 'decoupled' || !(settings.weightDecay > 0)) return [];
  const regularizer = settings.weightDecayType === 'l1' ? 'L1' : 'L2';
  return [
    `    # ${regularizer} in the loss, as in the app: the loss gains WEIGHT_DECAY * sum(${regularizer === 'L1' ? '|w|' : 'w ** 2'}) over the kernels.`,
    '    for weight in model.trainable_weights:',
    '        if "kernel" in weight.path:',
    `            weight.regularizer = keras.regularizers.${regularizer}(WEIGHT_DECAY)`,
  ];
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
  '        return self.augment(shifted), self.y[rows]',
  '',
  '    def augment(self, images):',
  '        return images',
  '',
  '    def on_epoch_end(self):',
  '        self.order = self.rng.permutation(len(self.x))',
];

const AUGMENTED_IMAGES_CLASS = [
  'class AugmentedImages(ShiftedImages):',
  '    """The shifts, then the app\'s random rotation (up to MAX_ROTATION degrees either way) and scaling',
  '    (up to MAX_SCALE percent) about the image centre, and Gaussian pixel noise, clipped to 0..1."""',
  '',
  '    def augment(self, images):',
  '        count = len(images)',
  '        angles = np.radians(self.rng.uniform(-MAX_ROTATION, MAX_ROTATION, count))',
  '        scales = 1 + self.rng.uniform(-MAX_SCALE, MAX_SCALE, count) / 100',
  `        centre = (${IMAGE_SIDE} - 1) / 2`,
  '        cos, sin = np.cos(angles) / scales, np.sin(angles) / scales',
  '        zeros = np.zeros(count)',
  '        # Each output pixel (x, y) reads the input at R(-angle) (x - c, y - c) / scale + c, as in the app.',
  '        transforms = np.stack([cos, sin, centre - centre * (cos + sin), -sin, cos, centre - centre * (cos - sin), zeros, zeros], axis=1)',
  '        moved = keras.ops.image.affine_transform(images, transforms.astype("float32"), fill_mode="constant")',
  '        moved = keras.ops.convert_to_numpy(moved)',
  '        return np.clip(moved + PIXEL_NOISE * self.rng.standard_normal(moved.shape), 0, 1).astype("float32")',
];

function lossExpression(settings: TrainingSettings, lossId: keyof typeof KERAS_LOSSES): string {
  const smoothing = lossId === 'categoricalCrossentropy' && settings.labelSmoothing > 0 ? `label_smoothing=${pyFloat(settings.labelSmoothing)}` : '';
  return `keras.losses.${KERAS_LOSSES[lossId].className}(${smoothing})`;
}

function mainBlock(settings: TrainingSettings): string[] {
  const lossId = ownEntry(KERAS_LOSSES, settings.loss) ? settings.loss : 'categoricalCrossentropy';
  const callbacks = settings.earlyStopping
    ? ', callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=PATIENCE, restore_best_weights=True)]'
    : '';
  const dataset = hasExtra(settings) ? 'AugmentedImages' : 'ShiftedImages';
  const fit = settings.augment
    ? `    model.fit(${dataset}(x_train, y_train, BATCH_SIZE, SEED), epochs=EPOCHS, validation_data=(x_val, y_val), verbose=2${callbacks})`
    : `    model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS, validation_data=(x_val, y_val), shuffle=True, verbose=2${callbacks})`;
  return [
    'def main():',
    `    """Trains the network like the app (${LOSSES[lossId].label}) and prints its test accuracy."""`,
    ...(lossId !== settings.loss ? [`    # The app's loss ${pyString(String(settings.loss))} is unknown here, so this is cross-entropy.`] : []),
    '    keras.utils.set_random_seed(SEED)',
    '    (x_train, y_train), (x_val, y_val), (x_test, y_test) = load_data()',
    '    model = build_model()',
    ...penaltyLines(settings),
    '    model.summary()',
    '    model.compile(',
    '        optimizer=make_optimizer(len(x_train)),',
    `        loss=${lossExpression(settings, lossId)},`,
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
  if (hasExtra(settings)) blocks.push(AUGMENTED_IMAGES_CLASS);
  blocks.push(mainBlock(settings));
  return {
    constants: constants(settings, validationSamples),
    blocks,
    imports: { math: schedule.needsSteps || settings.augment, numpy: settings.augment },
  };
}
