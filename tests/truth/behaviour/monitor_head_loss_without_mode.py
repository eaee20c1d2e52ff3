# truth: raises ValueError: EarlyStopping callback received monitor=val_b_loss
"""Even a per-head *loss* monitor needs `mode=`: only `loss` and `val_loss` are recognised."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
model = keras.Model(
    inputs, [keras.layers.Dense(1, name="a")(inputs), keras.layers.Dense(1, name="b")(inputs)]
)
model.compile(optimizer="adam", loss="mse")
labels = {"a": np.random.rand(8, 1), "b": np.random.rand(8, 1)}
x = np.random.rand(8, 4)
stop = keras.callbacks.EarlyStopping(monitor="val_b_loss")
model.fit(x, labels, validation_data=(x, labels), callbacks=[stop], verbose=0)
