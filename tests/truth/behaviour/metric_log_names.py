# truth: logs-exactly loss a_loss b_loss a_acc a_mae_x b_accuracy b_AUC b_roc b_binary_accuracy
"""Per-head log names are `<output>_<name>`: a string keeps its spelling ("acc", "AUC"),
a metric object gives its `name=` or its class's default name."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
a = keras.layers.Dense(1, activation="sigmoid", name="a")(inputs)
b = keras.layers.Dense(1, activation="sigmoid", name="b")(inputs)
model = keras.Model(inputs, [a, b])
model.compile(
    optimizer="adam",
    loss={"a": "binary_crossentropy", "b": "binary_crossentropy"},
    metrics={
        "a": ["acc", keras.metrics.MeanAbsoluteError(name="mae_x")],
        "b": ["accuracy", "AUC", keras.metrics.AUC(name="roc"), keras.metrics.BinaryAccuracy()],
    },
)
labels = {"a": np.random.randint(0, 2, (8, 1)), "b": np.random.randint(0, 2, (8, 1))}
model.fit(np.random.rand(8, 4), labels, batch_size=4, verbose=0)
