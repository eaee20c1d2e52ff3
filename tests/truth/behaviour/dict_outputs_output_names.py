# truth: trains
# truth: logs kb_loss ka_loss
"""A dict-outputs model logs and matches by dict keys, while `output_names` lists the layer
names, sorted by key: `output_names` is the wrong source for dict keys."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
model = keras.Model(
    inputs,
    {
        "kb": keras.layers.Dense(1, name="first")(inputs),
        "ka": keras.layers.Dense(1, name="second")(inputs),
    },
)
assert model.output_names == ["second", "first"], model.output_names
model.compile(optimizer="adam", loss={"kb": "mse", "ka": "mae"})
model.fit(np.random.rand(8, 4), {"ka": np.random.rand(8, 1), "kb": np.random.rand(8, 1)}, verbose=0)
