"""A network exported from Neural Playground as a Keras 3 script.

build_model() returns the network; main() trains it on the data the app uses, with the same
loss, optimizer, learning-rate schedule, batch size and epochs, and prints the test accuracy.
Importing this file runs nothing. Keras 3 runs it on any backend; for example:

    pip install keras jax
    KERAS_BACKEND=jax python controls.py

The app's Backend setting has no counterpart here: Keras picks its backend from KERAS_BACKEND.
"""

import math

import numpy as np
import keras
from keras import layers

LEARNING_RATE = 0.001
BATCH_SIZE = 64
EPOCHS = 2
TRAINING_SAMPLES = 55000
# The same seed does not give the app's weights or batch order: Keras draws them from other generators.
SEED = 42
# On kernels only, as WEIGHT_DECAY_TYPE says; decoupled decay: Keras applies it just before each step, the app just after it.
WEIGHT_DECAY = 0.0001
WEIGHT_DECAY_TYPE = "l2"
# The global gradient norm ceiling; 0 means off.
CLIP_NORM = 0.0
VALIDATION_SAMPLES = 5000
MAX_SHIFT = 1
MAX_ROTATION = 10.0  # degrees
MAX_SCALE = 10.0  # percent
PIXEL_NOISE = 0.05
PATIENCE = 1


def build_model():
    """The network as the app builds it: 109,386 trainable parameters."""
    return keras.Sequential(
        [
            keras.Input(shape=(28, 28, 1), name="input"),
            layers.Flatten(name="flatten_1"),
            layers.Dense(128, activation="relu", name="dense_1"),
            layers.Dense(64, activation="relu", name="dense_2"),
            layers.Dense(10, activation="softmax", name="dense_3"),
        ],
        name="playground",
    )


def make_optimizer(train_count):
    """RMSprop with the app's hyperparameters and its learning-rate schedule (Constant)."""
    learning_rate = LEARNING_RATE
    optimizer = keras.optimizers.RMSprop(
        learning_rate=learning_rate,
        rho=0.9,
        momentum=0.5,
        epsilon=1e-7,
        centered=True,
        global_clipnorm=CLIP_NORM or None,
    )
    return optimizer


def load_data():
    """The data as the app prepares it: pixels / 255 as (N, 28, 28, 1) and one-hot labels; the last
    VALIDATION_SAMPLES training images validate, the first TRAINING_SAMPLES of the others train."""
    (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    x_train = x_train.reshape(-1, 28, 28, 1).astype("float32") / 255
    x_test = x_test.reshape(-1, 28, 28, 1).astype("float32") / 255
    y_train = keras.utils.to_categorical(y_train, 10)
    y_test = keras.utils.to_categorical(y_test, 10)
    train_end = len(x_train) - VALIDATION_SAMPLES
    x_val, y_val = x_train[train_end:], y_train[train_end:]
    train_count = min(TRAINING_SAMPLES, train_end)
    x_train, y_train = x_train[:train_count], y_train[:train_count]
    return (x_train, y_train), (x_val, y_val), (x_test, y_test)


class ShiftedImages(keras.utils.PyDataset):
    """The app's augmentation: every training image moved by a random whole number of pixels, up to
    MAX_SHIFT along x and along y, with zeros shifted in; new shifts and a new order every epoch."""

    def __init__(self, x, y, batch_size, seed, **kwargs):
        super().__init__(**kwargs)
        self.x, self.y, self.batch_size = x, y, batch_size
        self.rng = np.random.default_rng(seed)
        self.order = self.rng.permutation(len(x))

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, index):
        rows = self.order[index * self.batch_size : (index + 1) * self.batch_size]
        edge = (MAX_SHIFT, MAX_SHIFT)
        padded = np.pad(self.x[rows], ((0, 0), edge, edge, (0, 0)))
        shifted = np.empty_like(self.x[rows])
        shifts = self.rng.integers(-MAX_SHIFT, MAX_SHIFT + 1, size=(len(rows), 2))
        for i, (dx, dy) in enumerate(shifts):
            top, left = MAX_SHIFT - dy, MAX_SHIFT - dx
            shifted[i] = padded[i, top : top + 28, left : left + 28]
        return self.augment(shifted), self.y[rows]

    def augment(self, images):
        return images

    def on_epoch_end(self):
        self.order = self.rng.permutation(len(self.x))


class AugmentedImages(ShiftedImages):
    """The shifts, then the app's random rotation (up to MAX_ROTATION degrees either way) and scaling
    (up to MAX_SCALE percent) about the image centre, and Gaussian pixel noise, clipped to 0..1."""

    def augment(self, images):
        count = len(images)
        angles = np.radians(self.rng.uniform(-MAX_ROTATION, MAX_ROTATION, count))
        scales = 1 + self.rng.uniform(-MAX_SCALE, MAX_SCALE, count) / 100
        centre = (28 - 1) / 2
        cos, sin = np.cos(angles) / scales, np.sin(angles) / scales
        zeros = np.zeros(count)
        # Each output pixel (x, y) reads the input at R(-angle) (x - c, y - c) / scale + c, as in the app.
        transforms = np.stack([cos, sin, centre - centre * (cos + sin), -sin, cos, centre - centre * (cos - sin), zeros, zeros], axis=1)
        moved = keras.ops.image.affine_transform(images, transforms.astype("float32"), fill_mode="constant")
        moved = keras.ops.convert_to_numpy(moved)
        return np.clip(moved + PIXEL_NOISE * self.rng.standard_normal(moved.shape), 0, 1).astype("float32")


def main():
    """Trains the network like the app (Categorical cross-entropy) and prints its test accuracy."""
    keras.utils.set_random_seed(SEED)
    (x_train, y_train), (x_val, y_val), (x_test, y_test) = load_data()
    model = build_model()
    # L2 in the loss, as in the app: the loss gains WEIGHT_DECAY * sum(w ** 2) over the kernels.
    for weight in model.trainable_weights:
        if "kernel" in weight.path:
            weight.regularizer = keras.regularizers.L2(WEIGHT_DECAY)
    model.summary()
    model.compile(
        optimizer=make_optimizer(len(x_train)),
        loss=keras.losses.CategoricalCrossentropy(label_smoothing=0.1),
        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
    )
    model.fit(AugmentedImages(x_train, y_train, BATCH_SIZE, SEED), epochs=EPOCHS, validation_data=(x_val, y_val), verbose=2, callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=PATIENCE, restore_best_weights=True)])
    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1000, verbose=0)
    print(f"Test loss: {test_loss:.4f}")
    print(f"Test accuracy: {test_accuracy:.4f}")


if __name__ == "__main__":
    main()
