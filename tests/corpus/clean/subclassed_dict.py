# truth: trains
# truth: logs risk_loss stage_accuracy
"""A subclassed `keras.Model` whose `call` returns a dict literal: its keys are the names."""

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
    loss={"risk": "binary_crossentropy", "stage": "sparse_categorical_crossentropy"},
    metrics={"stage": ["accuracy"]},
)
records = np.random.rand(8, 5).astype("float32")
model.fit(
    records,
    {"risk": np.random.randint(0, 2, (8, 1)).astype("float32"), "stage": np.random.randint(0, 4, (8,))},
    batch_size=4,
    epochs=1,
    verbose=0,
)
