"""Models that rule examples build on (7 lines each, so examples start at line 8)."""

LIST_MODEL = """\
import keras
from keras import layers

inputs = keras.Input(shape=(8,), name="features")
seg = layers.Dense(1, activation="sigmoid", name="seg")(inputs)
cls = layers.Dense(3, activation="softmax", name="cls")(inputs)
model = keras.Model(inputs, [seg, cls])
"""

DICT_MODEL = """\
import keras
from keras import layers

inputs = keras.Input(shape=(8,), name="features")
seg = layers.Dense(1, activation="sigmoid", name="seg")(inputs)
cls = layers.Dense(3, activation="softmax", name="cls")(inputs)
model = keras.Model(inputs, {"mask": seg, "label": cls})
"""
