# truth: raises ValueError: tuple arity mismatch; expected: 2, got: 3
"""A nested `metrics` list with more entries than outputs (KG107's family)."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(
    optimizer="adam",
    loss=["mse", "binary_crossentropy"],
    metrics=[["mae"], ["accuracy"], ["mae"]],
)
model.fit(np.random.rand(8, 4), [np.random.rand(8, 1), np.random.randint(0, 2, (8, 1))], verbose=0)
