# truth: raises ValueError: Expected keys ['price', 'sold'] in loss dict
"""A `loss` dict that leaves out an output of a list-outputs model: Keras raises."""

import numpy as np
import tensorflow as tf

listing = tf.keras.Input(shape=(6,), name="listing")
hidden = tf.keras.layers.Dense(8, activation="relu")(listing)
price = tf.keras.layers.Dense(1, name="price")(hidden)
sold = tf.keras.layers.Dense(1, activation="sigmoid", name="sold")(hidden)
model = tf.keras.Model(listing, [price, sold])

model.compile(optimizer="adam", loss={"price": "mse"})  # expect: KG102
model.fit(
    np.random.rand(8, 6),
    {"price": np.random.rand(8, 1), "sold": np.random.randint(0, 2, (8, 1))},
    batch_size=4,
    epochs=1,
    verbose=0,
)
