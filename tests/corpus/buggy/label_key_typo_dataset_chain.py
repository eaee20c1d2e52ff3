# truth: raises TypeError: Expected float32
"""A misspelt label key in a module-level `tf.data` chain passed to `fit`."""

import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(4,), name="features")
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)
model = tf.keras.Model(
    inputs,
    [
        tf.keras.layers.Dense(1, activation="sigmoid", name="clicked")(hidden),
        tf.keras.layers.Dense(1, name="dwell")(hidden),
    ],
)
model.compile(optimizer="adam", loss={"clicked": "binary_crossentropy", "dwell": "mse"})

features = np.random.rand(8, 4).astype("float32")
train_ds = (
    tf.data.Dataset.from_tensor_slices(
        (features, {"clicked": np.ones((8, 1)), "dwel": np.zeros((8, 1))})  # expect: KG105
    )
    .map(lambda x, y: (x + 1.0, y))
    .shuffle(8)
    .batch(4)
    .prefetch(tf.data.AUTOTUNE)
)
model.fit(train_ds, epochs=1, verbose=0)
