# truth: raises ValueError: tuple arity mismatch; expected: 2, got: 1
"""A flat `metrics=["accuracy"]` on a two-output model (the seed article's example 2)."""

import keras
import numpy as np

inputs = keras.Input(shape=(6,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [
        keras.layers.Dense(3, activation="softmax", name="topic")(hidden),
        keras.layers.Dense(1, activation="sigmoid", name="spam")(hidden),
    ],
)
model.compile(
    optimizer="adam",
    loss={"topic": "sparse_categorical_crossentropy", "spam": "binary_crossentropy"},
    metrics=["accuracy"],  # expect: KG108
)
model.fit(
    np.random.rand(8, 6),
    {"topic": np.random.randint(0, 3, (8,)), "spam": np.random.randint(0, 2, (8, 1))},
    batch_size=4,
    verbose=0,
)
