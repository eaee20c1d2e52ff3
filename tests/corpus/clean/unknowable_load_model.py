# truth: trains
"""A model restored by `keras.models.load_model`: its names cannot be known statically."""

import tempfile
from pathlib import Path

import keras
import numpy as np


def export_model(path: Path, heads: list[str]) -> None:
    inputs = keras.Input(shape=(3,))
    outputs = [keras.layers.Dense(1, name=head)(inputs) for head in heads]
    keras.Model(inputs, outputs).save(path)


saved = Path(tempfile.mkdtemp()) / "model.keras"
export_model(saved, ["left", "right"])
model = keras.models.load_model(saved)
model.compile(optimizer="sgd", loss={"left": "mse", "right": "mae"})
model.fit(np.ones((8, 3)), {"left": np.ones((8, 1)), "right": np.zeros((8, 1))}, batch_size=4, verbose=0)
