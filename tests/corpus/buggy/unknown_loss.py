# truth: raises ValueError: Could not interpret loss identifier: binary_crossentopy
"""A misspelt loss identifier string."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, activation="sigmoid", name="spam")(inputs), keras.layers.Dense(1, name="score")(inputs)],
)
model.compile(
    optimizer="adam",
    loss={
        "spam": "binary_crossentopy",  # expect: KG201
        "score": "mse",
    },
)
model.fit(np.random.rand(8, 4), {"spam": np.random.randint(0, 2, (8, 1)), "score": np.random.rand(8, 1)}, verbose=0)
