# truth: raises ValueError: `loss_weights` must match the number of losses, got 1 losses
"""Two regression heads share one loss string, but the weights are given per head."""

import keras
import numpy as np

features = keras.Input(shape=(6,), name="features")
hidden = keras.layers.Dense(16, activation="relu")(features)
price = keras.layers.Dense(1, name="price")(hidden)
volume = keras.layers.Dense(1, name="volume")(hidden)
model = keras.Model(features, {"price": price, "volume": volume})
model.compile(
    optimizer="adam",
    loss="mse",
    loss_weights={"price": 1.0, "volume": 0.1},  # expect: KG114
)
model.fit(
    np.random.rand(8, 6),
    {"price": np.random.rand(8, 1), "volume": np.random.rand(8, 1)},
    batch_size=4,
    epochs=1,
    verbose=0,
)
