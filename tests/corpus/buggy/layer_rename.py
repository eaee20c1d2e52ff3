# truth: raises NotImplementedError: Could not automatically infer the output shape / dtype of 'segmentation_output'
"""`layers.Layer(name=...)` as an identity rename (the seed article's example 1)."""

import keras
import numpy as np
from keras import layers

image = keras.Input(shape=(8, 8, 3))
features = layers.Conv2D(4, 3, padding="same", activation="relu")(image)
mask = layers.Conv2D(1, 1, activation="sigmoid")(features)
label = layers.Dense(2, activation="softmax", name="classification_output")(
    layers.GlobalAveragePooling2D()(features)
)
mask = layers.Layer(name="segmentation_output")(mask)  # expect: KG203
model = keras.Model(image, [mask, label])
model.compile(
    optimizer="adam",
    loss={"segmentation_output": "binary_crossentropy", "classification_output": "sparse_categorical_crossentropy"},
)
model.fit(
    np.random.rand(8, 8, 8, 3),
    {"segmentation_output": np.random.randint(0, 2, (8, 8, 8, 1)), "classification_output": np.random.randint(0, 2, (8,))},
    verbose=0,
)
