# truth: raises ValueError: isn't able to automatically determine whether that metric should be maximized or minimized
"""A per-head `monitor=` without `mode=`: Keras raises, but only after the first epoch."""

import tempfile

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [
        keras.layers.Dense(3, activation="softmax", name="kind")(hidden),
        keras.layers.Dense(1, name="size")(hidden),
    ],
)
model.compile(
    optimizer="adam",
    loss={"kind": "sparse_categorical_crossentropy", "size": "mse"},
    metrics={"kind": ["accuracy"]},
)
checkpoint = keras.callbacks.ModelCheckpoint(
    tempfile.mkdtemp() + "/best.keras",
    monitor="val_kind_accuracy",  # expect: KG113
    save_best_only=True,
)
labels = {"kind": np.random.randint(0, 3, (8,)), "size": np.random.rand(8, 1)}
x = np.random.rand(8, 4)
model.fit(x, labels, validation_data=(x, labels), batch_size=4, callbacks=[checkpoint], verbose=0)
