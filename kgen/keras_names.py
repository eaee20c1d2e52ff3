"""Static tables of the string identifiers Keras 3 accepts in ``compile``.

Kept as data so that ``kgen lint`` and ``kgen new`` never import Keras;
``tests/truth/test_keras_names.py`` checks them against the installed Keras (measured with
Keras 3.15.1: each string compiled into a tiny model and trained for one batch).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from types import MappingProxyType


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LOSS_IDENTIFIERS: frozenset[str] = _words(
    """
    BCE BinaryCrossentropy BinaryFocalCrossentropy CTC CategoricalCrossentropy
    CategoricalFocalCrossentropy CategoricalHinge Circle CosineSimilarity Dice Hinge Huber
    KLD KLDivergence LogCosh MAE MAPE MSE MSLE MeanAbsoluteError MeanAbsolutePercentageError
    MeanSquaredError MeanSquaredLogarithmicError Poisson SparseCategoricalCrossentropy
    SquaredHinge Tversky bce binary_crossentropy binary_focal_crossentropy
    categorical_crossentropy categorical_focal_crossentropy categorical_hinge ce circle
    cosine_similarity crossentropy ctc dice hinge huber kl_divergence kld log_cosh mae mape
    mean_absolute_error mean_absolute_percentage_error mean_squared_error
    mean_squared_logarithmic_error mse msle poisson sparse_categorical_crossentropy
    squared_hinge tversky
    """
)

METRIC_IDENTIFIERS: frozenset[str] = _words(
    """
    AUC Accuracy BCE BinaryAccuracy BinaryCrossentropy BinaryIoU CategoricalAccuracy
    CategoricalCrossentropy CategoricalHinge ConcordanceCorrelation CosineSimilarity
    F1Score FBetaScore FalseNegatives FalsePositives Hinge KLDivergence LogCoshError MAE
    MAPE MSE MSLE MeanAbsoluteError MeanAbsolutePercentageError MeanSquaredError
    MeanSquaredLogarithmicError PearsonCorrelation Poisson Precision R2Score Recall
    RootMeanSquaredError SparseCategoricalAccuracy SparseCategoricalCrossentropy
    SparseTopKCategoricalAccuracy SquaredHinge TopKCategoricalAccuracy TrueNegatives
    TruePositives acc accuracy auc bce binary_accuracy binary_crossentropy binary_io_u
    categorical_accuracy categorical_crossentropy categorical_hinge
    concordance_correlation cosine_similarity f1_score f_beta_score
    false_negatives false_positives hinge kl_divergence log_cosh_error mae mape
    mean_absolute_error mean_absolute_percentage_error mean_squared_error
    mean_squared_logarithmic_error mse msle pearson_correlation poisson precision
    r2_score recall root_mean_squared_error sparse_categorical_accuracy
    sparse_categorical_crossentropy sparse_top_k_categorical_accuracy squared_hinge
    top_k_categorical_accuracy true_negatives true_positives
    """
)

# compile() resolves these itself, comparing case-insensitively ("CE", "Acc" work too):
# the crossentropy or accuracy variant is then chosen from the label and output shapes.
COMPILE_SPECIAL_LOSSES: frozenset[str] = frozenset({"crossentropy", "ce"})
COMPILE_SPECIAL_METRICS: frozenset[str] = frozenset({"accuracy", "acc"})

_NEEDS = "needs constructor arguments:"

# Names Keras knows but cannot use as a plain string in compile(), with the reason.
UNUSABLE_LOSS_IDENTIFIERS: Mapping[str, str] = MappingProxyType(
    {
        "Loss": "the abstract base class of all losses",
        "LossFunctionWrapper": f"{_NEEDS} fn",
    }
)

UNUSABLE_METRIC_IDENTIFIERS: Mapping[str, str] = MappingProxyType(
    {
        "Metric": "the abstract base class of all metrics",
        "metric": "the abstract base class of all metrics",
        "Mean": "averages one value, not (y_true, y_pred)",
        "mean": "averages one value, not (y_true, y_pred)",
        "Sum": "sums one value, not (y_true, y_pred)",
        "sum": "sums one value, not (y_true, y_pred)",
        "MeanMetricWrapper": f"{_NEEDS} fn",
        "mean_metric_wrapper": f"{_NEEDS} fn",
        "IoU": f"{_NEEDS} num_classes, target_class_ids",
        "io_u": f"{_NEEDS} num_classes, target_class_ids",
        "OneHotIoU": f"{_NEEDS} num_classes, target_class_ids",
        "one_hot_io_u": f"{_NEEDS} num_classes, target_class_ids",
        "MeanIoU": f"{_NEEDS} num_classes",
        "mean_io_u": f"{_NEEDS} num_classes",
        "OneHotMeanIoU": f"{_NEEDS} num_classes",
        "one_hot_mean_io_u": f"{_NEEDS} num_classes",
        "PrecisionAtRecall": f"{_NEEDS} recall",
        "precision_at_recall": f"{_NEEDS} recall",
        "RecallAtPrecision": f"{_NEEDS} precision",
        "recall_at_precision": f"{_NEEDS} precision",
        "SensitivityAtSpecificity": f"{_NEEDS} specificity",
        "sensitivity_at_specificity": f"{_NEEDS} specificity",
        "SpecificityAtSensitivity": f"{_NEEDS} sensitivity",
        "specificity_at_sensitivity": f"{_NEEDS} sensitivity",
    }
)


def is_loss_identifier(name: str) -> bool:
    """Whether ``compile(loss=name)`` accepts the string ``name``."""
    return name in LOSS_IDENTIFIERS or name.lower() in COMPILE_SPECIAL_LOSSES


def is_metric_identifier(name: str) -> bool:
    """Whether ``compile(metrics=[name])`` accepts the string ``name``."""
    return name in METRIC_IDENTIFIERS or name.lower() in COMPILE_SPECIAL_METRICS


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """Return the candidate nearest to ``name`` when one is close enough to suggest."""
    pool = sorted(set(candidates))
    folded = {candidate.lower(): candidate for candidate in pool}
    if name.lower() in folded:
        return folded[name.lower()]
    matches = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return matches[0] if matches else None
