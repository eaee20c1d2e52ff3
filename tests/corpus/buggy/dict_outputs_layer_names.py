# truth: raises KeyError: The path: ('mask_layer',) in the `loss` argument, can't be found
"""A dict-outputs model addressed by its output *layer* names instead of its dict keys."""

import keras
import numpy as np
from keras import layers

image = keras.Input(shape=(8, 8, 3))
features = layers.Conv2D(4, 3, padding="same", activation="relu")(image)
model = keras.Model(
    image,
    {
        "mask": layers.Conv2D(1, 1, activation="sigmoid", name="mask_layer")(features),
        "label": layers.Dense(2, activation="softmax", name="label_layer")(
            layers.GlobalAveragePooling2D()(features)
        ),
    },
)
model.compile(
    optimizer="adam",
    loss={
        "mask_layer": "binary_crossentropy",  # expect: KG112
        "label_layer": "sparse_categorical_crossentropy",  # expect: KG112
    },
)
model.fit(
    np.random.rand(8, 8, 8, 3),
    {"mask": np.random.randint(0, 2, (8, 8, 8, 1)), "label": np.random.randint(0, 2, (8,))},
    batch_size=4,
    verbose=0,
)
