# truth: raises KeyError: The path: ('stages',) in the `loss` argument, can't be found
"""A subclassed model whose `call` returns a dict, compiled with a misspelt loss key."""

import keras
import numpy as np


class TriageModel(keras.Model):
    def __init__(self) -> None:
        super().__init__()
        self.trunk = keras.layers.Dense(8, activation="relu")
        self.risk_head = keras.layers.Dense(1, activation="sigmoid")
        self.stage_head = keras.layers.Dense(4, activation="softmax")

    def call(self, inputs):
        features = self.trunk(inputs)
        return {"risk": self.risk_head(features), "stage": self.stage_head(features)}


model = TriageModel()
model.compile(
    optimizer="adam",
    loss={
        "risk": "binary_crossentropy",
        "stages": "sparse_categorical_crossentropy",  # expect: KG101
    },
)
model.fit(
    np.random.rand(8, 5),
    {"risk": np.random.randint(0, 2, (8, 1)), "stage": np.random.randint(0, 4, (8,))},
    batch_size=4,
    verbose=0,
)
