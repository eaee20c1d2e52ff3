# truth: trains
# truth: loss-weights a=2.0 b=0.5
"""`<output>_loss` logs are unweighted; `loss` is their sum weighted by `loss_weights`
(the check that finds the swapped weights of a misspelt key on a dict-outputs model)."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(optimizer="adam", loss={"a": "mse", "b": "mse"}, loss_weights={"a": 2.0, "b": 0.5})
model.fit(np.random.rand(8, 4), {"a": np.random.rand(8, 1), "b": np.random.rand(8, 1)}, verbose=0)
