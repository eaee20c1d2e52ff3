# truth: warns Early stopping conditioned on metric `val_classification_accuracy` which is not available
# truth: logs val_classification_output_accuracy
"""A `monitor=` naming a metric the model never logs: early stopping silently never happens."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
model = keras.Model(
    inputs,
    [
        keras.layers.Dense(3, activation="softmax", name="classification_output")(hidden),
        keras.layers.Dense(1, name="regression_output")(hidden),
    ],
)
model.compile(
    optimizer="adam",
    loss={"classification_output": "sparse_categorical_crossentropy", "regression_output": "mse"},
    metrics={"classification_output": ["accuracy"]},
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_classification_accuracy",  # expect: KG113
    mode="max",
    patience=3,
)
labels = {"classification_output": np.random.randint(0, 3, (8,)), "regression_output": np.random.rand(8, 1)}
x = np.random.rand(8, 4)
model.fit(x, labels, validation_data=(x, labels), batch_size=4, callbacks=[stop], verbose=0)
