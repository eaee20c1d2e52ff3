# truth: raises KeyError: 'sold'
"""A `loss_weights` dict that leaves out an output of a list-outputs model."""

import keras
import numpy as np

listing = keras.Input(shape=(6,))
hidden = keras.layers.Dense(8, activation="relu")(listing)
price = keras.layers.Dense(1, name="price")(hidden)
sold = keras.layers.Dense(1, activation="sigmoid", name="sold")(hidden)
model = keras.Model(listing, [price, sold])
model.compile(
    optimizer="adam",
    loss={"price": "mse", "sold": "binary_crossentropy"},
    loss_weights={"price": 0.5},  # expect: KG104
)
model.fit(
    np.random.rand(8, 6),
    {"price": np.random.rand(8, 1), "sold": np.random.randint(0, 2, (8, 1))},
    batch_size=4,
    epochs=1,
    verbose=0,
)
