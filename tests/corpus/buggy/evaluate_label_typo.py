# truth: raises TypeError: Expected float32
"""Training is right; the misspelt label key hides in `evaluate`, after training finished."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, name="mean")(hidden), keras.layers.Dense(1, name="spread")(hidden)],
)
model.compile(optimizer="adam", loss={"mean": "mse", "spread": "mae"})
x = np.random.rand(8, 4)
model.fit(x, {"mean": np.random.rand(8, 1), "spread": np.random.rand(8, 1)}, batch_size=4, verbose=0)
model.evaluate(
    x,
    {
        "mean": np.random.rand(8, 1),
        "spred": np.random.rand(8, 1),  # expect: KG105
    },
    verbose=0,
)
