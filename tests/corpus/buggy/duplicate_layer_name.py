# truth: raises ValueError: The name "head" is used 2 times in the model
"""Two output layers given the same `name=` (a copy-paste slip)."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
steering = keras.layers.Dense(1, name="head")(hidden)
throttle = keras.layers.Dense(
    1,
    name="head",  # expect: KG111
)(hidden)
model = keras.Model(inputs, [steering, throttle])
model.compile(optimizer="adam", loss="mse")
model.fit(np.random.rand(8, 4), [np.random.rand(8, 1), np.random.rand(8, 1)], batch_size=4, verbose=0)
