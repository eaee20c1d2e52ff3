# truth: raises ValueError: EarlyStopping callback received monitor=val_bb_accuracy
"""A `monitor=` naming nothing the model logs, without `mode=`: the same `ValueError` as a
per-head monitor without `mode=` (with `mode=` it only warns:
corpus/buggy/monitor_unknown_metric.py)."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(
    optimizer="adam",
    loss={"a": "mse", "b": "binary_crossentropy"},
    metrics={"b": ["accuracy"]},
)
labels = {"a": np.random.rand(8, 1), "b": np.random.randint(0, 2, (8, 1))}
x = np.random.rand(8, 4)
stop = keras.callbacks.EarlyStopping(monitor="val_bb_accuracy")
model.fit(x, labels, validation_data=(x, labels), callbacks=[stop], verbose=0)
