# truth: warns Early stopping conditioned on metric `val_price_loss` which is not available
# truth: logs-exactly loss val_loss
"""With a loss on one output only, Keras logs no `<output>_loss`: `val_price_loss` never exists."""

import keras
import numpy as np

listing = keras.Input(shape=(6,))
hidden = keras.layers.Dense(8, activation="relu")(listing)
price = keras.layers.Dense(1, name="price")(hidden)
sold = keras.layers.Dense(1, activation="sigmoid", name="sold")(hidden)
model = keras.Model(listing, [price, sold])
model.compile(optimizer="adam", loss={"price": "mse", "sold": None})
labels = {"price": np.random.rand(8, 1), "sold": np.random.randint(0, 2, (8, 1))}
x = np.random.rand(8, 6)
stop = keras.callbacks.EarlyStopping(
    monitor="val_price_loss",  # expect: KG113
    mode="min",
)
model.fit(x, labels, validation_data=(x, labels), batch_size=4, callbacks=[stop], verbose=0)
