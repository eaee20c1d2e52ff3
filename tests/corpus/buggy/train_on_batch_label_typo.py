# truth: raises TypeError: Expected float32
"""A custom loop with `train_on_batch`, `from keras.models import Model`: a misspelt label key."""

import numpy as np
from keras.layers import Dense, Input
from keras.models import Model

inputs = Input(shape=(4,))
hidden = Dense(8, activation="relu")(inputs)
model = Model(inputs, [Dense(1, name="start")(hidden), Dense(1, name="end")(hidden)])
model.compile(optimizer="adam", loss={"start": "mse", "end": "mse"})
for step in range(2):
    batch = np.random.rand(4, 4)
    model.train_on_batch(
        batch,
        {
            "start": np.random.rand(4, 1),
            "ends": np.random.rand(4, 1),  # expect: KG105
        },
    )
