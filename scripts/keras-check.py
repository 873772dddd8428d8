"""Checks exported Keras scripts in real Keras (used by src/core/keras/realKeras.test.ts).

    python keras-check.py JOB [-- JOB]...

runs every JOB in one process (importing Keras and JAX takes seconds, once is enough), each
one framed by the lines "@@ job N" and "@@ end N ok" (or "@@ end N failed: ERROR", with the
traceback on stderr; the next job still runs and the exit status is 1). A JOB is one of:

    count SCRIPT...
        Imports each script, builds build_model() and prints one JSON line per script:
        {"script", "trainable", "total", "layers", "printed_on_import"} (the last must be 0:
        importing a script runs nothing).

    train SCRIPT IDX_DIR SAMPLES [EPOCHS [TEST_IMAGES]]
        Runs the script's main() with keras.datasets.mnist.load_data reading the MNIST IDX
        files in IDX_DIR (these machines cannot download), TRAINING_SAMPLES = SAMPLES and,
        when given, EPOCHS = EPOCHS and only the first TEST_IMAGES test images (a quick run).

Each job starts from a fresh Keras session, as if it ran alone. Set KERAS_BACKEND (for
example jax) before running it.
"""

import contextlib
import importlib.util
import io
import json
import math
import os
import sys
import traceback

import keras
import numpy as np


def load_script(path):
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count(paths):
    for path in paths:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            module = load_script(path)
        model = module.build_model()
        trainable = sum(math.prod(weight.shape) for weight in model.trainable_weights)
        result = {
            "script": os.path.basename(path),
            "trainable": trainable,
            "total": model.count_params(),
            "layers": [layer.name for layer in model.layers],
            "printed_on_import": len(printed.getvalue()),
        }
        print(json.dumps(result))


def idx(directory, name, header, shape):
    with open(os.path.join(directory, name), "rb") as file:
        return np.frombuffer(file.read(), dtype=np.uint8, offset=header).reshape(shape)


def train(path, directory, samples, epochs=None, test_images=None):
    def load_data():
        train_set = (idx(directory, "train-images-idx3-ubyte", 16, (-1, 28, 28)), idx(directory, "train-labels-idx1-ubyte", 8, (-1,)))
        test_set = (idx(directory, "t10k-images-idx3-ubyte", 16, (-1, 28, 28)), idx(directory, "t10k-labels-idx1-ubyte", 8, (-1,)))
        return train_set, tuple(part[:test_images] for part in test_set)

    keras.datasets.mnist.load_data = load_data
    module = load_script(path)
    module.TRAINING_SAMPLES = samples
    if epochs is not None:
        module.EPOCHS = epochs
    module.main()


def run_job(args):
    if args[0] == "count":
        count(args[1:])
    elif args[0] == "train":
        train(args[1], args[2], *(int(value) for value in args[3:6]))
    else:
        raise ValueError(f"unknown job {args[0]!r}: count or train")


def split_jobs(args):
    jobs = [[]]
    for arg in args:
        if arg == "--":
            jobs.append([])
        else:
            jobs[-1].append(arg)
    return [job for job in jobs if job]


def main(args):
    failed = False
    for number, job in enumerate(split_jobs(args)):
        keras.backend.clear_session()
        print(f"@@ job {number}", flush=True)
        try:
            run_job(job)
        except Exception as error:  # any failure is the job's result; the next job still runs
            traceback.print_exc()
            failed = True
            print(f"@@ end {number} failed: {type(error).__name__}: {error}".replace("\n", " "), flush=True)
        else:
            print(f"@@ end {number} ok", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
