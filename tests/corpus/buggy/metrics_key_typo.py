# truth: raises ValueError: Invalid `metrics`
"""A misspelt `metrics` dict key on a list-outputs model, names from module constants."""

import keras
import numpy as np

CLS, BOX = "cls", "box"

inputs = keras.Input(shape=(5,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [
        keras.layers.Dense(3, activation="softmax", name=CLS)(hidden),
        keras.layers.Dense(4, name=BOX)(hidden),
    ],
)
model.compile(
    optimizer="adam",
    loss={CLS: "sparse_categorical_crossentropy", BOX: "mse"},
    metrics={
        "class": ["accuracy"],  # expect: KG103
        BOX: ["mae"],
    },
)
model.fit(
    np.random.rand(8, 5),
    {CLS: np.random.randint(0, 3, (8,)), BOX: np.random.rand(8, 4)},
    batch_size=4,
    epochs=1,
    verbose=0,
)
