"""The rule catalog: one module per rule, codes stable and never renumbered."""

from __future__ import annotations

from kgen.lint.rules.base import FactRule, Rule
from kgen.lint.rules.kg001_parse_error import ParseError
from kgen.lint.rules.kg101_loss_key import LossKeyNotOutput
from kgen.lint.rules.kg102_loss_missing_output import LossMissingOutput
from kgen.lint.rules.kg103_metrics_key import MetricsKeyNotOutput
from kgen.lint.rules.kg104_loss_weights_key import LossWeightsKey
from kgen.lint.rules.kg105_label_key import LabelKeyNotOutput
from kgen.lint.rules.kg106_label_missing_output import LabelMissingOutput
from kgen.lint.rules.kg107_list_length import ListLength
from kgen.lint.rules.kg108_flat_metrics import FlatMetricsList
from kgen.lint.rules.kg109_input_key import InputKey
from kgen.lint.rules.kg110_unnamed_output import UnnamedOutput
from kgen.lint.rules.kg111_duplicate_layer_name import DuplicateLayerName
from kgen.lint.rules.kg112_layer_name_key import LayerNameKey
from kgen.lint.rules.kg113_monitor import MonitorName
from kgen.lint.rules.kg114_shared_loss_weights import SharedLossWeights
from kgen.lint.rules.kg201_unknown_loss import UnknownLoss
from kgen.lint.rules.kg202_unknown_metric import UnknownMetric
from kgen.lint.rules.kg203_layer_rename import LayerRename

FACT_RULES: tuple[FactRule, ...] = (
    LossKeyNotOutput(),
    LossMissingOutput(),
    MetricsKeyNotOutput(),
    LossWeightsKey(),
    LabelKeyNotOutput(),
    LabelMissingOutput(),
    ListLength(),
    FlatMetricsList(),
    InputKey(),
    UnnamedOutput(),
    DuplicateLayerName(),
    LayerNameKey(),
    MonitorName(),
    SharedLossWeights(),
    UnknownLoss(),
    UnknownMetric(),
    LayerRename(),
)
RULES: dict[str, type[Rule]] = {
    rule.code: rule for rule in (ParseError, *(type(rule) for rule in FACT_RULES))
}
