# truth: trains
"""Two named inputs fed by an `x` dict, one deliberately untrained head (`loss=None`)."""

import keras
import numpy as np
from keras import layers


def build_model() -> keras.Model:
    title = keras.Input(shape=(10,), name="title")
    meta = keras.Input(shape=(3,), name="meta")
    merged = layers.Concatenate()([layers.Dense(8)(title), layers.Dense(4)(meta)])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(merged)
    department = layers.Dense(5, activation="softmax", name="department")(merged)
    return keras.Model(inputs=[title, meta], outputs=[priority, department])


model = build_model()
model.compile(
    optimizer="adam",
    loss={"priority": "binary_crossentropy", "department": None},
    metrics={"department": ["accuracy"]},
)
inputs = {"title": np.random.rand(8, 10), "meta": np.random.rand(8, 3)}
labels = {
    "priority": np.random.randint(0, 2, (8, 1)).astype("float32"),
    "department": np.random.randint(0, 5, (8,)),
}
model.fit(inputs, labels, batch_size=4, epochs=1, verbose=0)
model.evaluate(inputs, labels, verbose=0)
