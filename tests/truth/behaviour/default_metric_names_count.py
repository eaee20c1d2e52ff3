# truth: logs-exactly loss a_loss b_loss a_auc b_auc_1
"""Unnamed metric objects of one class are numbered in creation order (`auc`, `auc_1`, ...):
a `monitor=` for them depends on how many were made before, so it is not stable."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, activation="sigmoid", name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(
    optimizer="adam",
    loss="binary_crossentropy",
    metrics={"a": [keras.metrics.AUC()], "b": [keras.metrics.AUC()]},
)
labels = {"a": np.random.randint(0, 2, (8, 1)), "b": np.random.randint(0, 2, (8, 1))}
x = np.random.rand(8, 4)
model.fit(x, labels, batch_size=4, verbose=0)
