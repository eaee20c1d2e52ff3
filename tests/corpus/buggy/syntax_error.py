# truth: raises SyntaxError: was never closed
"""A file that cannot be parsed: the linter reports KG001 and goes on."""

import keras

inputs = keras.Input(shape=(4,))
outputs = [keras.layers.Dense(1, name="a")(inputs), keras.layers.Dense(1, name="b")(inputs)  # expect: KG001
model = keras.Model(inputs, outputs)
