# truth: raises ValueError: y_true and y_pred have different structures
"""A `y` list with fewer arrays than the model has outputs."""

import keras
import numpy as np

inputs = keras.Input(shape=(6,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, name="fault")(hidden), keras.layers.Dense(1, name="quality")(hidden)],
)
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(
    np.random.rand(8, 6),
    [np.random.rand(8, 1)],  # expect: KG107
    batch_size=4,
    verbose=0,
)
