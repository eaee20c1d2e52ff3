# truth: silent untrained sold_head
# truth: warns Gradients do not exist
"""A partial `loss` dict on a dict-outputs model: Keras accepts it and never trains `sold`."""

import numpy as np
from tensorflow import keras

listing = keras.Input(shape=(6,), name="listing")
hidden = keras.layers.Dense(8, activation="relu")(listing)
outputs = {
    "price": keras.layers.Dense(1, name="price_head")(hidden),
    "sold": keras.layers.Dense(1, activation="sigmoid", name="sold_head")(hidden),
}
model = keras.Model(listing, outputs)

model.compile(optimizer="adam", loss={"price": "mse"})  # expect: KG102
model.fit(
    np.random.rand(8, 6),
    {"price": np.random.rand(8, 1), "sold": np.random.randint(0, 2, (8, 1))},
    batch_size=4,
    epochs=1,
    verbose=0,
)
