# truth: raises ValueError: Expected keys ['dense_1', 'dense_2'] in loss dict
"""Output layers without `name=` get generated names, so dict keys cannot match them."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
steering = keras.layers.Dense(1)(hidden)  # expect: KG110
throttle = keras.layers.Dense(1)(hidden)  # expect: KG110
model = keras.Model(inputs, [steering, throttle])
model.compile(optimizer="adam", loss={"steering": "mse", "throttle": "mse"})
model.fit(
    np.random.rand(8, 4),
    {"steering": np.random.rand(8, 1), "throttle": np.random.rand(8, 1)},
    batch_size=4,
    verbose=0,
)
