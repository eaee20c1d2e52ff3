# truth: trains
# truth: logs val_gender_accuracy val_age_loss
"""`from tensorflow import keras`: dict outputs renamed by `Identity`, labels in `tf.data`."""

import tempfile
from pathlib import Path

import numpy as np
import tensorflow as tf
from tensorflow import keras


def build_model() -> keras.Model:
    face = keras.Input(shape=(8, 8, 1), name="face")
    x = keras.layers.Conv2D(4, 3, activation="relu")(face)
    x = keras.layers.GlobalMaxPooling2D()(x)
    gender = keras.layers.Dense(1, activation="sigmoid", name="gender_head")(x)
    age = keras.layers.Dense(1, name="age_head")(x)
    return keras.Model(
        face,
        {
            "gender": keras.layers.Identity(name="gender_out")(gender),
            "age": keras.layers.Identity(name="age_out")(age),
        },
    )


def make_dataset(samples: int) -> tf.data.Dataset:
    faces = np.random.rand(samples, 8, 8, 1).astype("float32")
    genders = np.random.randint(0, 2, (samples, 1)).astype("float32")
    ages = np.random.rand(samples, 1).astype("float32")
    dataset = tf.data.Dataset.from_tensor_slices((faces, {"gender": genders, "age": ages}))
    dataset = dataset.map(lambda face, labels: (face * 2.0 - 1.0, labels))
    return dataset.shuffle(samples).batch(4).prefetch(tf.data.AUTOTUNE)


model = build_model()
model.compile(
    optimizer="adam",
    loss={"gender": "binary_crossentropy", "age": "mse"},
    loss_weights={"gender": 1.0, "age": 0.01},
    metrics={"gender": ["accuracy"]},
)
checkpoint = keras.callbacks.ModelCheckpoint(
    str(Path(tempfile.mkdtemp()) / "best.keras"),
    monitor="val_gender_accuracy",
    mode="max",
    save_best_only=True,
)
model.fit(make_dataset(8), validation_data=make_dataset(4), epochs=1, callbacks=[checkpoint], verbose=0)
