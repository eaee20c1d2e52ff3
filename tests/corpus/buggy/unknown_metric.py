# truth: raises ValueError: Could not interpret metric identifier: acuracy
"""A misspelt metric identifier string."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
model = keras.Model(
    inputs,
    [keras.layers.Dense(1, activation="sigmoid", name="spam")(inputs), keras.layers.Dense(1, name="score")(inputs)],
)
model.compile(
    optimizer="adam",
    loss={"spam": "binary_crossentropy", "score": "mse"},
    metrics={
        "spam": ["acuracy"],  # expect: KG202
        "score": ["mae"],
    },
)
model.fit(np.random.rand(8, 4), {"spam": np.random.randint(0, 2, (8, 1)), "score": np.random.rand(8, 1)}, verbose=0)
