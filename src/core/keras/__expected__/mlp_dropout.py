"""A network exported from Neural Playground as a Keras 3 script.

build_model() returns the network; main() trains it on the data the app uses, with the same
loss, optimizer, learning-rate schedule, batch size and epochs, and prints the test accuracy.
Importing this file runs nothing. Keras 3 runs it on any backend; for example:

    pip install keras jax
    KERAS_BACKEND=jax python mlp_dropout.py

The app's Backend setting has no counterpart here: Keras picks its backend from KERAS_BACKEND.
"""

import keras
from keras import layers

LEARNING_RATE = 0.001
BATCH_SIZE = 64
EPOCHS = 1
TRAINING_SAMPLES = 55000
# The same seed does not give the app's weights or batch order: Keras draws them from other generators.
SEED = 42
# On kernels only, as WEIGHT_DECAY_TYPE says; decoupled decay: Keras applies it just before each step, the app just after it.
WEIGHT_DECAY = 0.0
WEIGHT_DECAY_TYPE = "decoupled"
# The global gradient norm ceiling; 0 means off.
CLIP_NORM = 0.0
VALIDATION_SAMPLES = 5000


def build_model():
    """The network as the app builds it: 1,863,690 trainable parameters."""
    return keras.Sequential(
        [
            keras.Input(shape=(28, 28, 1), name="input"),
            layers.Flatten(name="flatten_1"),
            layers.Dense(1024, activation="relu", name="dense_1"),
            layers.Dropout(0.5, name="dropout_1"),
            layers.Dense(1024, activation="relu", name="dense_2"),
            layers.Dropout(0.5, name="dropout_2"),
            layers.Dense(10, activation="softmax", name="dense_3"),
        ],
        name="playground",
    )


def make_optimizer(train_count):
    """Adam with the app's hyperparameters and its learning-rate schedule (Constant)."""
    learning_rate = LEARNING_RATE
    # Keras adds epsilon to sqrt(v) before the bias correction, the app (TensorFlow.js) after it:
    # the same as the app with epsilon / sqrt(1 - beta_2^t), a difference that fades after the first steps.
    optimizer = keras.optimizers.Adam(
        learning_rate=learning_rate,
        beta_1=0.9,
        beta_2=0.999,
        epsilon=1e-7,
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


def main():
    """Trains the network like the app (Categorical cross-entropy) and prints its test accuracy."""
    keras.utils.set_random_seed(SEED)
    (x_train, y_train), (x_val, y_val), (x_test, y_test) = load_data()
    model = build_model()
    model.summary()
    model.compile(
        optimizer=make_optimizer(len(x_train)),
        loss=keras.losses.CategoricalCrossentropy(),
        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
    )
    model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS, validation_data=(x_val, y_val), shuffle=True, verbose=2)
    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1000, verbose=0)
    print(f"Test loss: {test_loss:.4f}")
    print(f"Test accuracy: {test_accuracy:.4f}")


if __name__ == "__main__":
    main()
