"""A two-head model whose loss dict misspells an output (KG101 on line 14)."""

import keras
from keras import layers

inputs = keras.Input(shape=(4,), name="features")
seg = layers.Dense(1, name="seg")(inputs)
cls = layers.Dense(3, activation="softmax", name="cls")(inputs)
model = keras.Model(inputs, [seg, cls])

model.compile(
    optimizer="adam",
    loss={
        "segm": "mse",
        "cls": "categorical_crossentropy",
    },
)
