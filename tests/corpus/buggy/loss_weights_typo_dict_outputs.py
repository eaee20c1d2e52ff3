# truth: silent loss-weights gender=0.01 age=1.0
"""A misspelt `loss_weights` key on a dict-outputs model: Keras re-packs the weights in
sorted-key order, so `gender` gets 0.01 and `age` gets 1.0, with no error and no warning."""

import keras
import numpy as np

face = keras.Input(shape=(6,), name="face")
hidden = keras.layers.Dense(8, activation="relu")(face)
model = keras.Model(
    face,
    {
        "gender": keras.layers.Dense(1, activation="sigmoid", name="gender_out")(hidden),
        "age": keras.layers.Dense(1, name="age_out")(hidden),
    },
)
model.compile(
    optimizer="adam",
    loss={"gender": "binary_crossentropy", "age": "mse"},
    loss_weights={
        "Gender": 1.0,  # expect: KG104
        "age": 0.01,
    },
)
model.fit(
    np.random.rand(8, 6),
    {"gender": np.random.randint(0, 2, (8, 1)), "age": np.random.rand(8, 1) * 50},
    batch_size=4,
    epochs=1,
    verbose=0,
)
