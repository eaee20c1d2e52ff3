# truth: raises ValueError: Missing data for input "title"
"""A misspelt key in the `x` dict of a two-input model."""

import keras
import numpy as np
from keras import layers

title = keras.Input(shape=(10,), name="title")
body = keras.Input(shape=(20,), name="body")
merged = layers.Concatenate()([title, body])
model = keras.Model(
    [title, body],
    [layers.Dense(1, activation="sigmoid", name="spam")(merged), layers.Dense(1, name="length")(merged)],
)
model.compile(optimizer="adam", loss={"spam": "binary_crossentropy", "length": "mse"})
features = {
    "titel": np.random.rand(8, 10),  # expect: KG109
    "body": np.random.rand(8, 20),
}
labels = {"spam": np.random.randint(0, 2, (8, 1)), "length": np.random.rand(8, 1)}
model.fit(features, labels, batch_size=4, verbose=0)
