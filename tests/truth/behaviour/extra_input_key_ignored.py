# truth: trains
"""An `x` dict with an extra key is silently ignored (KG109 reports only missing or misspelt
input names, and a misspelt one is also a missing one)."""

import keras
import numpy as np

title = keras.Input(shape=(2,), name="title")
body = keras.Input(shape=(2,), name="body")
merged = keras.layers.Concatenate()([title, body])
model = keras.Model(
    [title, body],
    [keras.layers.Dense(1, name="a")(merged), keras.layers.Dense(1, name="b")(merged)],
)
model.compile(optimizer="adam", loss="mse")
x = {"title": np.random.rand(8, 2), "body": np.random.rand(8, 2), "author": np.random.rand(8, 2)}
model.fit(x, {"a": np.random.rand(8, 1), "b": np.random.rand(8, 1)}, verbose=0)
