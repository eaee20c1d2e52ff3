# truth: runs
"""In TensorFlow 2.21, `tf.keras` and `from tensorflow import keras` are Keras 3 itself."""

import keras
import tensorflow as tf
from tensorflow import keras as tf_keras

assert keras.__version__.startswith("3."), keras.__version__
assert tf.keras.version().startswith("3."), tf.keras.version()
assert tf.keras.Model is keras.Model
assert tf_keras.layers.Dense is keras.layers.Dense
assert tf.keras.callbacks.EarlyStopping is keras.callbacks.EarlyStopping
