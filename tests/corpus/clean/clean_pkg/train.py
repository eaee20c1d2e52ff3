# truth: trains
# truth: logs churn_accuracy spend_mae
"""Train the package's model: `python -m clean_pkg.train`."""

import numpy as np

from .model import build_model


def main() -> None:
    model = build_model(features=4)
    model.compile(
        optimizer="adam",
        loss={"churn": "binary_crossentropy", "spend": "mse"},
        metrics={"churn": ["accuracy"], "spend": ["mae"]},
    )
    customers = np.random.rand(8, 4).astype("float32")
    labels = {
        "churn": np.random.randint(0, 2, (8, 1)).astype("float32"),
        "spend": np.random.rand(8, 1).astype("float32"),
    }
    model.fit(customers, labels, batch_size=4, epochs=1, verbose=0)


if __name__ == "__main__":
    main()
