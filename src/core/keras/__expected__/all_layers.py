"""A network exported from Neural Playground as a Keras 3 script.

build_model() returns the network; main() trains it on the data the app uses, with the same
loss, optimizer, learning-rate schedule, batch size and epochs, and prints the test accuracy.
Importing this file runs nothing. Keras 3 runs it on any backend; for example:

    pip install keras jax
    KERAS_BACKEND=jax python all_layers.py

The app's Backend setting has no counterpart here: Keras picks its backend from KERAS_BACKEND.
"""

import math

import numpy as np
import keras
from keras import layers

LEARNING_RATE = 0.05
BATCH_SIZE = 32
EPOCHS = 3
TRAINING_SAMPLES = 20000
# The same seed does not give the app's weights or batch order: Keras draws them from other generators.
SEED = 7
# On kernels only, as WEIGHT_DECAY_TYPE says; decoupled decay: Keras applies it just before each step, the app just after it.
WEIGHT_DECAY = 0.0005
WEIGHT_DECAY_TYPE = "decoupled"
# The global gradient norm ceiling; 0 means off.
CLIP_NORM = 2.0
VALIDATION_SAMPLES = 5000
MAX_SHIFT = 2


def leaky_relu(x):
    """The app's leaky ReLU: slope 0.3 below zero (the Keras function's default is 0.2)."""
    return keras.activations.leaky_relu(x, negative_slope=0.3)


def build_model():
    """The network as the app builds it: 5,230 trainable parameters (5,246 in all, with BatchNorm's moving averages)."""
    inputs = keras.Input(shape=(28, 28, 1), name="input")
    conv2d_1 = layers.Conv2D(8, 3, strides=1, padding="same", activation=leaky_relu, kernel_initializer="glorot_normal", name="conv2d_1")(inputs)
    batch_norm_1 = layers.BatchNormalization(momentum=0.9, epsilon=0.01, name="batch_norm_1")(conv2d_1)
    separable_conv2d_1 = layers.SeparableConv2D(8, 3, strides=1, padding="same", depth_multiplier=2, activation="swish", name="separable_conv2d_1")(batch_norm_1)
    add_1 = layers.Add(name="add_1")([separable_conv2d_1, batch_norm_1])
    avg_pool2d_1 = layers.AveragePooling2D(pool_size=2, strides=2, padding="same", name="avg_pool2d_1")(add_1)
    max_pool2d_1 = layers.MaxPooling2D(pool_size=3, strides=1, padding="same", name="max_pool2d_1")(avg_pool2d_1)
    concatenate_1 = layers.Concatenate(name="concatenate_1")([max_pool2d_1, avg_pool2d_1])
    activation_1 = layers.Activation("elu", name="activation_1")(concatenate_1)
    conv2d_2 = layers.Conv2D(4, 5, strides=2, padding="valid", activation="selu", kernel_initializer="lecun_normal", name="conv2d_2")(activation_1)
    flatten_1 = layers.Flatten(name="flatten_1")(conv2d_2)
    dense_1 = layers.Dense(32, activation="sigmoid", use_bias=False, kernel_initializer="he_uniform", name="dense_1")(flatten_1)
    dropout_1 = layers.Dropout(0.25, name="dropout_1")(dense_1)
    reshape_1 = layers.Reshape((2, 4, 4), name="reshape_1")(dropout_1)
    global_avg_pool2d_1 = layers.GlobalAveragePooling2D(name="global_avg_pool2d_1")(reshape_1)
    dense_2 = layers.Dense(10, activation="softmax", kernel_initializer="zeros", name="dense_2")(global_avg_pool2d_1)
    return keras.Model(inputs=inputs, outputs=dense_2, name="playground")


class WarmupCosine(keras.optimizers.schedules.LearningRateSchedule):
    """The app's warmup + cosine: up linearly over warmup_steps (reaching the full rate on the
    last warmup step), then half a cosine down to zero at total_steps."""

    def __init__(self, learning_rate, warmup_steps, total_steps):
        self.learning_rate = learning_rate
        self.warmup_steps = warmup_steps
        self.total_steps = total_steps

    def __call__(self, step):
        step = keras.ops.cast(step, "float32")
        warmup = self.learning_rate * (step + 1) / self.warmup_steps
        progress = (step - self.warmup_steps) / max(1, self.total_steps - self.warmup_steps)
        cosine = self.learning_rate / 2 * (1 + keras.ops.cos(math.pi * progress))
        return keras.ops.where(step < self.warmup_steps, warmup, cosine)

    def get_config(self):
        return {"learning_rate": self.learning_rate, "warmup_steps": self.warmup_steps, "total_steps": self.total_steps}


def make_optimizer(train_count):
    """Momentum with the app's hyperparameters and its learning-rate schedule (Warmup + cosine)."""
    steps_per_epoch = math.ceil(train_count / BATCH_SIZE)
    total_steps = steps_per_epoch * EPOCHS
    learning_rate = WarmupCosine(LEARNING_RATE, max(1, min(steps_per_epoch, math.ceil(total_steps * 0.1))), total_steps)
    # Keras keeps the velocity in steps (v = momentum * v - lr * g), the app in gradients
    # (v = momentum * v + g, step lr * v): the same with a constant learning rate, a little
    # different while the schedule changes it.
    optimizer = keras.optimizers.SGD(
        learning_rate=learning_rate,
        momentum=0.8,
        nesterov=False,
        weight_decay=WEIGHT_DECAY or None,
        global_clipnorm=CLIP_NORM or None,
    )
    # As in the app, weight decay shrinks kernels only, not biases or BatchNorm's scale and offset.
    optimizer.exclude_from_weight_decay(var_names=["bias", "gamma", "beta"])
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


def main():
    """Trains the network like the app (Categorical hinge) and prints its test accuracy."""
    keras.utils.set_random_seed(SEED)
    (x_train, y_train), (x_val, y_val), (x_test, y_test) = load_data()
    model = build_model()
    model.summary()
    model.compile(
        optimizer=make_optimizer(len(x_train)),
        loss=keras.losses.CategoricalHinge(),
        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
    )
    model.fit(ShiftedImages(x_train, y_train, BATCH_SIZE, SEED), epochs=EPOCHS, validation_data=(x_val, y_val), verbose=2)
    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1000, verbose=0)
    print(f"Test loss: {test_loss:.4f}")
    print(f"Test accuracy: {test_accuracy:.4f}")


if __name__ == "__main__":
    main()
