# truth: silent untrained quality
# truth: warns Gradients do not exist
"""A `loss` list shorter than the outputs: Keras silently leaves the last head untrained."""

import keras
import numpy as np
from keras import layers

inputs = keras.Input(shape=(6,), name="reading")
hidden = layers.Dense(8, activation="relu")(inputs)
fault = layers.Dense(1, activation="sigmoid", name="fault")(hidden)
quality = layers.Dense(1, name="quality")(hidden)
model = keras.Model(inputs, [fault, quality])

model.compile(optimizer="adam", loss=["binary_crossentropy"])  # expect: KG107
model.fit(
    np.random.rand(8, 6),
    [np.random.randint(0, 2, (8, 1)), np.random.rand(8, 1)],
    batch_size=4,
    epochs=1,
    verbose=0,
)
