"""The model; train.py imports it relatively and misspells one of its output names."""

import keras
from keras import layers


def build_model(features: int) -> keras.Model:
    inputs = keras.Input(shape=(features,), name="customer")
    hidden = layers.Dense(8, activation="relu")(inputs)
    churn = layers.Dense(1, activation="sigmoid", name="churn")(hidden)
    spend = layers.Dense(1, name="spend")(hidden)
    return keras.Model(inputs, [churn, spend], name="customer_model")
