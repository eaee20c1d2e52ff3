# truth: raises ValueError: dictionary key mismatch
"""A misspelt `metrics` dict key on a dict-outputs model."""

import keras
import numpy as np

inputs = keras.Input(shape=(5,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    {
        "label": keras.layers.Dense(3, activation="softmax")(hidden),
        "confidence": keras.layers.Dense(1, activation="sigmoid")(hidden),
    },
)
model.compile(
    optimizer="adam",
    loss={"label": "sparse_categorical_crossentropy", "confidence": "binary_crossentropy"},
    metrics={"labels": ["accuracy"]},  # expect: KG103
)
model.fit(
    np.random.rand(8, 5),
    {"label": np.random.randint(0, 3, (8,)), "confidence": np.random.randint(0, 2, (8, 1))},
    batch_size=4,
    epochs=1,
    verbose=0,
)
