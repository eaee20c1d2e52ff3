# truth: trains
# truth: logs val_age_mae val_gender_accuracy
"""One shared loss string, metrics as single strings per head, labels as a dict (seed example 2,
fixed): `loss="mse"` applies to every output."""

import keras
import numpy as np
from keras.layers import Dense, Input
from keras.models import Model

face = Input(shape=(6,), name="face")
hidden = Dense(8, activation="relu")(face)
model = Model(
    inputs=face,
    outputs=[Dense(1, name="age")(hidden), Dense(1, activation="sigmoid", name="gender")(hidden)],
)
model.compile(optimizer="adam", loss="mse", metrics={"age": "mae", "gender": "accuracy"})
x = np.random.rand(8, 6)
y = {"age": np.random.rand(8, 1), "gender": np.random.randint(0, 2, (8, 1)).astype("float32")}
model.fit(x, y, validation_data=(x, y), batch_size=4, epochs=1, verbose=0)
