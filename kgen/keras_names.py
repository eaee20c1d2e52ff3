"""Static tables of the string identifiers Keras 3 accepts in ``compile``.

Kept as data so that ``kgen lint`` and ``kgen new`` never import Keras;
``tests/truth/test_keras_names.py`` checks them against the installed Keras.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

LOSS_IDENTIFIERS: frozenset[str] = frozenset(
    """
    BCE BinaryCrossentropy BinaryFocalCrossentropy CTC CategoricalCrossentropy
    CategoricalFocalCrossentropy CategoricalHinge Circle CosineSimilarity Dice Hinge Huber
    KLD KLDivergence LogCosh MAE MAPE MSE MSLE MeanAbsoluteError MeanAbsolutePercentageError
    MeanSquaredError MeanSquaredLogarithmicError Poisson SparseCategoricalCrossentropy
    SquaredHinge Tversky bce binary_crossentropy binary_focal_crossentropy
    categorical_crossentropy categorical_focal_crossentropy categorical_hinge circle
    cosine_similarity ctc dice hinge huber kl_divergence kld log_cosh mae mape
    mean_absolute_error mean_absolute_percentage_error mean_squared_error
    mean_squared_logarithmic_error mse msle poisson sparse_categorical_crossentropy
    squared_hinge tversky
    """.split()
)

METRIC_IDENTIFIERS: frozenset[str] = frozenset(
    """
    AUC Accuracy BCE BinaryAccuracy BinaryCrossentropy CategoricalAccuracy
    CategoricalCrossentropy CategoricalHinge ConcordanceCorrelation CosineSimilarity
    F1Score FBetaScore FalseNegatives FalsePositives Hinge KLDivergence LogCoshError MAE
    MAPE MSE MSLE MeanAbsoluteError MeanAbsolutePercentageError MeanSquaredError
    MeanSquaredLogarithmicError PearsonCorrelation Poisson Precision R2Score Recall
    RootMeanSquaredError SparseCategoricalAccuracy SparseCategoricalCrossentropy
    SparseTopKCategoricalAccuracy SquaredHinge TopKCategoricalAccuracy TrueNegatives
    TruePositives acc accuracy auc bce binary_accuracy binary_crossentropy
    categorical_accuracy categorical_crossentropy categorical_hinge ce
    concordance_correlation cosine_similarity crossentropy f1_score f_beta_score
    false_negatives false_positives hinge kl_divergence log_cosh_error mae mape
    mean_absolute_error mean_absolute_percentage_error mean_squared_error
    mean_squared_logarithmic_error mse msle pearson_correlation poisson precision
    r2_score recall root_mean_squared_error sparse_categorical_accuracy
    sparse_categorical_crossentropy sparse_top_k_categorical_accuracy squared_hinge
    top_k_categorical_accuracy true_negatives true_positives
    """.split()
)


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """Return the candidate nearest to ``name`` when one is close enough to suggest."""
    pool = sorted(set(candidates))
    folded = {candidate.lower(): candidate for candidate in pool}
    if name.lower() in folded:
        return folded[name.lower()]
    matches = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return matches[0] if matches else None
