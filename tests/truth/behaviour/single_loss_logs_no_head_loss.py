# truth: logs-exactly loss b_accuracy
"""With a loss on only one output, Keras logs no `<output>_loss` at all: a `monitor=` such as
`val_a_loss` then names nothing."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(optimizer="adam", loss={"a": "mse", "b": None}, metrics={"b": ["accuracy"]})
model.fit(np.random.rand(8, 4), {"a": np.random.rand(8, 1), "b": np.ones((8, 1))}, verbose=0)
