# truth: trains
# truth: logs defect_binary_accuracy severity_loss
"""`from keras import layers, Model` with aliases; names from constants and local variables.

The model is built by one function and compiled by another that receives it.
"""

import numpy as np
from keras import Input, Model
from keras import layers as L
from keras import metrics as M

DEFECT = "defect"
SEVERITY = "severity"


def build_model(width: int = 8) -> Model:
    signal = Input(shape=(width,), name="signal")
    trunk = L.Dense(16, activation="relu")(signal)
    defect = L.Dense(1, activation="sigmoid", name=DEFECT)(trunk)
    severity_name = SEVERITY
    severity = L.Dense(1, name=severity_name)(trunk)
    return Model(inputs=signal, outputs=[defect, severity])


def compile_model(model: Model) -> None:
    model.compile(
        optimizer="rmsprop",
        loss={DEFECT: "binary_crossentropy", SEVERITY: "huber"},
        metrics={DEFECT: [M.BinaryAccuracy()], SEVERITY: ["mae"]},
    )


def train(model: Model) -> None:
    signals = np.random.rand(8, 8).astype("float32")
    labels = {
        DEFECT: np.random.randint(0, 2, (8, 1)).astype("float32"),
        SEVERITY: np.random.rand(8, 1).astype("float32"),
    }
    model.fit(signals, labels, batch_size=4, epochs=1, verbose=0)


if __name__ == "__main__":
    net = build_model()
    compile_model(net)
    train(net)
