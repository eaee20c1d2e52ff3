"""KG113: a `monitor=` that names no logged metric, or a per-head one without `mode=`."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import Monitor
from kgen.lint.rules.base import FactRule, Invalid, Report, did_you_mean, layer_name_keys
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL

_COMPILED = LIST_MODEL + 'model.compile(loss="mse", metrics={"cls": ["accuracy"]})\n'
_FIT = "model.fit(x, [ys, yc], callbacks=[keras.callbacks.EarlyStopping({args})])\n"


class MonitorName(FactRule):
    """
    What it does: checks ``monitor=`` of ``EarlyStopping``, ``ModelCheckpoint`` and
    ``ReduceLROnPlateau`` passed to a multi-output model's ``fit``. Keras logs ``loss``,
    ``<output>_loss`` and ``<output>_<metric>`` (``val_``-prefixed for validation); a monitor
    must name one of them, and a per-head one needs an explicit ``mode``.

    Why: a monitor that names no logged metric only warns; early stopping and best-model
    selection then silently never happen. A per-head monitor without ``mode`` raises
    ``ValueError: ... isn't able to automatically determine whether that metric should be
    maximized or minimized``.

    Instead: ``monitor="val_cls_accuracy", mode="max"``.
    """

    code = "KG113"
    name = "monitor-name"
    summary = "a callback `monitor=` names no logged metric, or a per-head monitor lacks `mode=`"
    valid = (
        _COMPILED + _FIT.format(args='monitor="val_cls_accuracy", mode="max"'),
        _COMPILED + _FIT.format(args='monitor="val_loss"'),
        _COMPILED
        + "from keras.callbacks import EarlyStopping\n"
        + "class EarlyStopping(keras.callbacks.Callback):\n    pass\n"
        + _FIT.format(args='monitor="val_custom"').replace("keras.callbacks.", ""),
    )
    invalid = (
        Invalid(_COMPILED + _FIT.format(args='monitor="val_class_accuracy", mode="max"'), 9, 73),
        Invalid(_COMPILED + _FIT.format(args='monitor="val_cls_accuracy"'), 9, 73),
        Invalid(
            _COMPILED
            + "def callbacks(goal):\n"
            + "    return [keras.callbacks.EarlyStopping(monitor=goal, mode='max')]\n"
            + "model.fit(x, [ys, yc], callbacks=callbacks('val_cls_acc'))\n",
            11,
            44,
        ),
        Invalid(
            DICT_MODEL
            + 'model.compile(loss="mse", metrics={"mask": ["mae"]})\n'
            + _FIT.format(args='monitor="val_seg_mae", mode="min"'),
            9,
            73,
        ),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for monitor in facts.monitors:
            names = monitor.model.names
            if names is None:
                continue
            metric = monitor.monitor.removeprefix("val_")
            if metric == "loss":
                continue
            misused = _layer_name_prefix(monitor, metric)
            if misused is not None:
                yield misused
                continue
            head = next(
                (n for n in sorted(names, key=len, reverse=True) if metric.startswith(f"{n}_")),
                None,
            )
            if head is None:
                yield from _unknown(monitor, names)
            else:
                yield from _per_head(monitor, head, metric[len(head) + 1 :])


def _layer_name_prefix(monitor: Monitor, metric: str) -> Report | None:
    """A monitor spelt with a dict output's layer name instead of its key."""
    for layer_name, key in layer_name_keys(monitor.model).items():
        if metric.startswith(f"{layer_name}_"):
            spelt = monitor.monitor.replace(layer_name, key, 1)
            return Report(
                monitor.node,
                f"monitor {monitor.monitor!r} uses the layer name of output {key!r} of "
                f"{monitor.model.describe()}; Keras logs dict outputs by key: "
                f"{spelt!r}",
            )
    return None


def _logged(monitor: Monitor) -> list[str] | None:
    """Every name the model logs, when one compile with string metrics tells them all.

    Keras logs ``<head>_loss`` only when two or more heads have a loss.
    """
    if len(monitor.compiles) != 1:
        return None
    compiled = monitor.compiles[0]
    if compiled.metric_names is None or compiled.loss_heads is None:
        return None
    prefix = "val_" if monitor.monitor.startswith("val_") else ""
    head_losses = compiled.loss_heads if len(compiled.loss_heads) > 1 else ()
    names = ["loss"]
    for head, metrics in compiled.metric_names.items():
        if head in head_losses:
            names.append(f"{head}_loss")
        names += [f"{head}_{metric}" for metric in metrics]
    return [prefix + name for name in names]


def _unknown(monitor: Monitor, heads: tuple[str, ...]) -> Iterator[Report]:
    if not (monitor.model.functional and monitor.only_keras_callbacks):
        return
    logged = _logged(monitor)
    listing = f" (it logs {', '.join(logged)})" if logged else ""
    yield Report(
        monitor.node,
        f"monitor {monitor.monitor!r} names no metric that model `{monitor.model.label}` "
        f"logs{listing}: the callback silently never triggers"
        + did_you_mean(monitor.monitor, logged or ()),
    )


def _per_head(monitor: Monitor, head: str, metric: str) -> Iterator[Report]:
    logged = _logged(monitor)
    if logged is not None and monitor.monitor not in logged and monitor.only_keras_callbacks:
        yield Report(
            monitor.node,
            f"monitor {monitor.monitor!r}: output {head!r} of model `{monitor.model.label}` logs "
            f"no metric {metric!r}: the callback silently never triggers"
            + did_you_mean(monitor.monitor, logged),
        )
    elif monitor.mode in (None, "auto"):
        yield Report(
            monitor.node,
            f"monitor {monitor.monitor!r} of {monitor.callback_class.rsplit('.', 1)[-1]} needs "
            "mode='max' or mode='min': Keras cannot tell the direction of a per-head metric "
            "and raises ValueError",
        )
