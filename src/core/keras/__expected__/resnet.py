"""A network exported from Neural Playground as a Keras 3 script.

build_model() returns the network; main() trains it on the data the app uses, with the same
loss, optimizer, learning-rate schedule, batch size and epochs, and prints the test accuracy.
Importing this file runs nothing. Keras 3 runs it on any backend; for example:

    pip install keras jax
    KERAS_BACKEND=jax python resnet.py

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
    """The network as the app builds it: 9,610 trainable parameters."""
    inputs = keras.Input(shape=(28, 28, 1), name="input")
    conv2d_1 = layers.Conv2D(16, 3, strides=1, padding="same", activation="relu", kernel_initializer="he_normal", name="conv2d_1")(inputs)
    conv2d_2 = layers.Conv2D(16, 3, strides=1, padding="same", activation="relu", kernel_initializer="he_normal", name="conv2d_2")(conv2d_1)
    conv2d_3 = layers.Conv2D(16, 3, strides=1, padding="same", activation="linear", kernel_initializer="he_normal", name="conv2d_3")(conv2d_2)
    add_1 = layers.Add(name="add_1")([conv2d_3, conv2d_1])
    activation_1 = layers.Activation("relu", name="activation_1")(add_1)
    max_pool2d_1 = layers.MaxPooling2D(pool_size=2, strides=2, padding="valid", name="max_pool2d_1")(activation_1)
    conv2d_4 = layers.Conv2D(16, 3, strides=1, padding="same", activation="relu", kernel_initializer="he_normal", name="conv2d_4")(max_pool2d_1)
    conv2d_5 = layers.Conv2D(16, 3, strides=1, padding="same", activation="linear", kernel_initializer="he_normal", name="conv2d_5")(conv2d_4)
    add_2 = layers.Add(name="add_2")([conv2d_5, max_pool2d_1])
    activation_2 = layers.Activation("relu", name="activation_2")(add_2)
    global_avg_pool2d_1 = layers.GlobalAveragePooling2D(name="global_avg_pool2d_1")(activation_2)
    dense_1 = layers.Dense(10, activation="softmax", name="dense_1")(global_avg_pool2d_1)
    return keras.Model(inputs=inputs, outputs=dense_1, name="playground")


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
