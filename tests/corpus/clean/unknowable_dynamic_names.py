# truth: trains
"""Names built at run time: a loop with f-strings, dict comprehensions, `**kwargs`."""

import keras
import numpy as np

N_TASKS = 3
inputs = keras.Input(shape=(4,), name="x")
hidden = keras.layers.Dense(8, activation="relu")(inputs)
outputs = {}
for task in range(N_TASKS):
    outputs[f"task_{task}"] = keras.layers.Dense(1, name=f"task_{task}")(hidden)
model = keras.Model(inputs, outputs)

losses = {name: "mse" for name in outputs}
settings = {"loss": losses, "loss_weights": {name: 1.0 / N_TASKS for name in outputs}}
model.compile(optimizer="adam", **settings)
labels = {name: np.random.rand(8, 1) for name in outputs}
model.fit(np.random.rand(8, 4), labels, batch_size=4, epochs=1, verbose=0)
