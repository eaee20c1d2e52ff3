# truth: raises TypeError: Expected float32
"""A misspelt label key inside a `tf.data` pipeline: map, shuffle, batch, prefetch."""

import numpy as np
import tensorflow as tf
from tensorflow import keras


def build_model() -> keras.Model:
    image = keras.Input(shape=(8, 8, 1), name="image")
    features = keras.layers.GlobalAveragePooling2D()(keras.layers.Conv2D(4, 3)(image))
    digit = keras.layers.Dense(10, activation="softmax", name="digit")(features)
    parity = keras.layers.Dense(1, activation="sigmoid", name="parity")(features)
    return keras.Model(image, [digit, parity])


def make_dataset() -> tf.data.Dataset:
    images = np.random.rand(8, 8, 8, 1).astype("float32")
    digits = np.random.randint(0, 10, (8,))
    dataset = tf.data.Dataset.from_tensor_slices(
        (
            images,
            {
                "digit": digits,
                "parities": (digits % 2).astype("float32"),  # expect: KG105
            },
        )
    )
    dataset = dataset.map(lambda image, labels: (tf.image.flip_left_right(image), labels))
    return dataset.shuffle(8).batch(4).prefetch(tf.data.AUTOTUNE)


model = build_model()
model.compile(
    optimizer="adam",
    loss={"digit": "sparse_categorical_crossentropy", "parity": "binary_crossentropy"},
)
model.fit(make_dataset(), epochs=1, verbose=0)
