# truth: raises ValueError: Expected keys ['mask', 'cls'] in loss dict
"""A misspelt `loss` dict key on a list-outputs model (`import keras`)."""

import keras
import numpy as np
from keras import layers

image = keras.Input(shape=(8, 8, 3), name="image")
features = layers.Conv2D(4, 3, padding="same", activation="relu")(image)
mask = layers.Conv2D(1, 1, activation="sigmoid", name="mask")(features)
cls = layers.Dense(3, activation="softmax", name="cls")(layers.GlobalAveragePooling2D()(features))
model = keras.Model(image, [mask, cls])

model.compile(
    optimizer="adam",
    loss={
        "masks": "binary_crossentropy",  # expect: KG101
        "cls": "sparse_categorical_crossentropy",
    },
)
labels = {"mask": np.random.randint(0, 2, (8, 8, 8, 1)), "cls": np.random.randint(0, 3, (8,))}
model.fit(np.random.rand(8, 8, 8, 3), labels, batch_size=4, epochs=1, verbose=0)
