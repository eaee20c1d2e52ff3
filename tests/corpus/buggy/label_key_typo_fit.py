# truth: raises TypeError: Expected float32, but got sgx of type 'str'
"""A misspelt label key in `fit(y=...)`: Keras's error names nothing useful."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,), name="x")
seg = keras.layers.Dense(2, activation="softmax", name="seg")(inputs)
cls = keras.layers.Dense(1, activation="sigmoid", name="cls")(inputs)
model = keras.Model(inputs, [seg, cls])
model.compile(optimizer="adam", loss={"seg": "sparse_categorical_crossentropy", "cls": "binary_crossentropy"})

targets = {
    "sgx": np.random.randint(0, 2, (8,)),  # expect: KG105
    "cls": np.random.randint(0, 2, (8, 1)),
}
model.fit(np.random.rand(8, 4), y=targets, batch_size=4, epochs=1, verbose=0)
