# truth: trains
# truth: logs val_loss val_kind_accuracy val_score_mae
"""`import tensorflow as tf` with `tf.keras`: tuple outputs, losses and metrics as lists."""

import numpy as np
import tensorflow as tf


def build_model() -> tf.keras.Model:
    inputs = tf.keras.Input(shape=(6,), name="features")
    hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)
    logits = tf.keras.layers.Dense(3)(hidden)
    kind = tf.keras.layers.Activation("softmax", name="kind")(logits)
    score = tf.keras.layers.Dense(1, name="score")(hidden)
    return tf.keras.Model(inputs=inputs, outputs=(kind, score))


model = build_model()
model.compile(
    optimizer=tf.keras.optimizers.Adam(1e-3),
    loss=["sparse_categorical_crossentropy", tf.keras.losses.MeanSquaredError()],
    metrics=[["accuracy"], ["mae"]],
)
features = np.random.rand(8, 6).astype("float32")
kinds = np.random.randint(0, 3, (8,))
scores = np.random.rand(8, 1).astype("float32")
reduce_lr = tf.keras.callbacks.ReduceLROnPlateau(monitor="val_loss", patience=1)
model.fit(
    features,
    [kinds, scores],
    validation_data=(features, [kinds, scores]),
    batch_size=4,
    epochs=1,
    callbacks=[reduce_lr],
    verbose=0,
)
