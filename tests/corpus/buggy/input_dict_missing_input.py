# truth: raises ValueError: Missing data for input "meta"
"""An `x` dict that leaves out one input of a two-input model."""

import keras
import numpy as np

title = keras.Input(shape=(10,), name="title")
meta = keras.Input(shape=(3,), name="meta")
merged = keras.layers.Concatenate()([title, meta])
model = keras.Model(
    inputs=[title, meta],
    outputs=[
        keras.layers.Dense(1, activation="sigmoid", name="spam")(merged),
        keras.layers.Dense(1, name="length")(merged),
    ],
)
model.compile(optimizer="adam", loss={"spam": "binary_crossentropy", "length": "mse"})
model.fit(
    {"title": np.random.rand(8, 10)},  # expect: KG109
    {"spam": np.random.randint(0, 2, (8, 1)), "length": np.random.rand(8, 1)},
    batch_size=4,
    verbose=0,
)
