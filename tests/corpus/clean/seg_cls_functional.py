# truth: trains
# truth: logs val_cls_accuracy val_mask_loss
"""Segmentation and classification from one image: list outputs, dicts keyed by layer names."""

import keras
import numpy as np
from keras import layers


def build_model() -> keras.Model:
    image = keras.Input(shape=(16, 16, 3), name="image")
    features = layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    mask = layers.Conv2D(1, 1, activation="sigmoid", name="mask")(features)
    pooled = layers.GlobalAveragePooling2D()(features)
    cls = layers.Dense(4, activation="softmax", name="cls")(pooled)
    return keras.Model(image, [mask, cls], name="seg_cls")


def main() -> None:
    model = build_model()
    model.compile(
        optimizer="adam",
        loss={"mask": "binary_crossentropy", "cls": "sparse_categorical_crossentropy"},
        loss_weights={"mask": 1.0, "cls": 0.5},
        metrics={"mask": ["mae"], "cls": ["accuracy"]},
    )
    images = np.random.rand(8, 16, 16, 3).astype("float32")
    labels = {
        "mask": np.random.randint(0, 2, (8, 16, 16, 1)).astype("float32"),
        "cls": np.random.randint(0, 4, (8,)),
    }
    early_stopping = keras.callbacks.EarlyStopping(
        monitor="val_cls_accuracy", mode="max", patience=2
    )
    model.fit(
        images,
        labels,
        validation_split=0.5,
        batch_size=4,
        epochs=1,
        callbacks=[early_stopping],
        verbose=0,
    )


if __name__ == "__main__":
    main()
