# truth: raises ValueError: ReduceLROnPlateau callback received monitor=val_a_mae
# truth: warns finished epoch 1
"""The missing-`mode` error comes at the end of the first epoch, after a whole epoch of work."""

import warnings

import keras
import numpy as np


class EpochLog(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        warnings.warn(f"finished epoch {epoch + 1}", stacklevel=2)


inputs = keras.Input(shape=(4,))
model = keras.Model(
    inputs, [keras.layers.Dense(1, name="a")(inputs), keras.layers.Dense(1, name="b")(inputs)]
)
model.compile(optimizer="adam", loss="mse", metrics={"a": ["mae"]})
labels = {"a": np.random.rand(8, 1), "b": np.random.rand(8, 1)}
x = np.random.rand(8, 4)
callbacks = [EpochLog(), keras.callbacks.ReduceLROnPlateau(monitor="val_a_mae")]
model.fit(x, labels, validation_data=(x, labels), epochs=2, callbacks=callbacks, verbose=0)
