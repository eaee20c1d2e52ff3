# truth: warns Early stopping conditioned on metric `val_accuracy` which is not available
"""`monitor="val_accuracy"` on a multi-output model: no error (a compiled metric is named
"accuracy", so the mode is found), but the log is `val_b_accuracy`, so it never stops."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(
    optimizer="adam", loss={"a": "mse", "b": "binary_crossentropy"}, metrics={"b": ["accuracy"]}
)
labels = {"a": np.random.rand(8, 1), "b": np.random.randint(0, 2, (8, 1))}
x = np.random.rand(8, 4)
stop = keras.callbacks.EarlyStopping(monitor="val_accuracy")
model.fit(x, labels, validation_data=(x, labels), callbacks=[stop], verbose=0)
