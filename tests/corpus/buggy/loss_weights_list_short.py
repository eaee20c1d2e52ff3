# truth: raises ValueError: `loss_weights` must match the number of losses, got 2 losses and 1 weights
"""A `loss_weights` list shorter than the outputs."""

import keras
import numpy as np

inputs = keras.Input(shape=(6,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, name="fault")(hidden), keras.layers.Dense(1, name="quality")(hidden)],
)
model.compile(
    optimizer="adam",
    loss=["mse", "mse"],
    loss_weights=[1.0],  # expect: KG107
)
model.fit(np.random.rand(8, 6), [np.random.rand(8, 1), np.random.rand(8, 1)], batch_size=4, verbose=0)
