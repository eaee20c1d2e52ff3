# truth: raises KeyError: 'severity'
"""Built by one function, compiled by another that receives the model: a `loss_weights` typo."""

import numpy as np
from keras import Input, Model, layers


def build_model() -> Model:
    signal = Input(shape=(8,), name="signal")
    trunk = layers.Dense(16, activation="relu")(signal)
    defect = layers.Dense(1, activation="sigmoid", name="defect")(trunk)
    severity = layers.Dense(1, name="severity")(trunk)
    return Model(inputs=signal, outputs=[defect, severity])


def compile_model(model: Model) -> Model:
    model.compile(
        optimizer="adam",
        loss={"defect": "binary_crossentropy", "severity": "mse"},
        loss_weights={
            "defect": 1.0,
            "severty": 0.2,  # expect: KG104
        },
    )
    return model


def main() -> None:
    model = compile_model(build_model())
    labels = {"defect": np.random.randint(0, 2, (8, 1)), "severity": np.random.rand(8, 1)}
    model.fit(np.random.rand(8, 8), labels, batch_size=4, verbose=0)


if __name__ == "__main__":
    main()
