# truth: raises ValueError: `loss_weights` must match the number of losses, got 1 losses
"""One shared loss string with a per-output `loss_weights` dict fails at `fit`: the shared
loss counts as one loss. Give `loss` as a dict (or list) to weight the heads."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(optimizer="adam", loss="mse", loss_weights={"a": 2.0, "b": 0.5})
model.fit(np.random.rand(8, 4), {"a": np.random.rand(8, 1), "b": np.random.rand(8, 1)}, verbose=0)
