# truth: raises ValueError: y_true and y_pred have different structures
"""A label dict without one of the outputs that has a loss."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, name="mean")(hidden), keras.layers.Dense(1, name="spread")(hidden)],
)
model.compile(optimizer="adam", loss={"mean": "mse", "spread": "mae"})
labels = {"mean": np.random.rand(8, 1)}  # expect: KG106
model.fit(np.random.rand(8, 4), labels, batch_size=4, epochs=1, verbose=0)
