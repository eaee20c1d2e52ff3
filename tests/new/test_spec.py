"""Spec validation: every error names its field path and YAML line; valid specs load."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kgen.new.document import SpecError
from kgen.new.render import spec_yaml
from kgen.new.spec import Spec, load_spec, parse_spec

BASE = """\
inputs:
  image: [8, 8, 3]
  age: [1]
heads:
  finding: {kind: multiclass, classes: 3}
"""

# (case id, spec text, field path, line, words the message must contain)
ERRORS = [
    ("unknown root key", BASE + "haeds: {}\n", "haeds", 6, "did you mean 'heads'?"),
    ("unknown head key", BASE.replace("classes: 3", "classes: 3, clases: 3"),
     "heads.finding.clases", 5, "did you mean 'classes'?"),
    ("bad kind", BASE.replace("multiclass", "multiclas"), "heads.finding.kind", 5,
     "did you mean 'multiclass'?"),
    ("non-identifier name", BASE + "  2nd: binary\n", "heads.2nd", 6, "not a valid name"),
    ("keyword name", BASE + "  class: binary\n", "heads.class", 6, "Python keyword"),
    ("duplicate key", BASE + "  finding: binary\n", "heads.finding", 6,
     "duplicate key 'finding' (first on line 5)"),
    ("head named like an input", BASE + "  age: regression\n", "heads.age", 6,
     "already the name of an input"),
    ("head named like a kgen layer", BASE + "  image_pool: binary\n", "heads.image_pool", 6,
     "already the name of a layer kgen adds"),
    ("input named like the merge layer", BASE.replace("  age:", "  features:"), "inputs.features",
     3, "also the name of a layer kgen adds"),
    ("input named like another input's layer", BASE.replace("  age:", "  image_conv1:"),
     "inputs.image_conv1", 3, "also the name of a layer kgen adds"),
    ("reserved head name", BASE + "  val_score: regression\n", "heads.val_score", 6,
     "clashes with the names Keras logs"),
    ("unknown loss", BASE + "  flag: {kind: binary, loss: binary_crossentopy}\n",
     "heads.flag.loss", 6, "did you mean 'binary_crossentropy'?"),
    ("unknown metric", BASE + "  flag:\n    kind: binary\n    metrics: [accuracy, acuracy]\n",
     "heads.flag.metrics[1]", 8, "unknown Keras metric 'acuracy'"),
    ("metric twice", BASE + "  flag: {kind: binary, metrics: [auc, auc]}\n",
     "heads.flag.metrics", 6, "listed twice"),
    ("mask without image input", "inputs: {age: [1]}\nheads:\n  spot: mask\n", "heads.spot", 3,
     "needs an image input"),
    ("sequence without sequence input", BASE + "  steps: {kind: sequence, classes: 2}\n",
     "heads.steps", 6, "needs a sequence input"),
    ("ambiguous from", BASE.replace("  age: [1]", "  side: [8, 8, 3]") + "  spot: mask\n",
     "heads.spot", 6, "ambiguous: image, side"),
    ("from names no input", BASE + "  flag: {kind: binary, from: imgae}\n", "heads.flag.from",
     6, "did you mean 'image'?"),
    ("from names an input of the wrong rank", BASE + "  spot: {kind: mask, from: age}\n",
     "heads.spot.from", 6, "'age' is not one"),
    ("classes missing", BASE + "  tags: multilabel\n", "heads.tags", 6, "needs 'classes'"),
    ("classes not an integer", BASE.replace("classes: 3", "classes: three"),
     "heads.finding.classes", 5, "expected an integer"),
    ("one-class softmax", BASE.replace("classes: 3", "classes: 1"), "heads.finding.classes", 5,
     "use kind: binary"),
    ("units on a classifier", BASE.replace("classes: 3", "units: 3"), "heads.finding.units", 5,
     "write 'classes' instead"),
    ("sparse on a sigmoid head", BASE + "  flag: {kind: binary, sparse: true}\n",
     "heads.flag.sparse", 6, "sparse labels need a softmax head"),
    ("negative weight", BASE + "  flag: {kind: binary, weight: -1}\n", "heads.flag.weight", 6,
     "expected a number >= 0"),
    ("shape size zero", BASE.replace("[8, 8, 3]", "[8, 0, 3]"), "inputs.image.shape[1]", 2,
     "expected a positive integer"),
    ("rank 4 input", BASE.replace("[8, 8, 3]", "[2, 8, 8, 3]"), "inputs.image.shape", 2,
     "1 to 3 sizes"),
    ("encoder does not fit rank", BASE.replace("age: [1]", "age: {shape: [1], encoder: lstm}"),
     "inputs.age.encoder", 3, "use one of: mlp"),
    ("width key of another encoder",
     BASE.replace("[8, 8, 3]", "{shape: [8, 8, 3], units: 4}"), "inputs.image.units", 2,
     "write 'filters' instead"),
    ("input no head reads", BASE.replace("{kind: multiclass, classes: 3}",
                                         "{kind: multiclass, classes: 3, from: image}"),
     "inputs.age", 3, "no head reads input 'age'"),
    ("unknown training key", BASE + "training:\n  epoch: 3\n", "training.epoch", 7,
     "did you mean 'epochs'?"),
    ("unknown optimizer", BASE + "training:\n  optimizer: Adam\n", "training.optimizer", 7,
     "did you mean 'adam'?"),
    ("zero learning rate", BASE + "training:\n  learning_rate: 0\n", "training.learning_rate", 7,
     "expected a number > 0"),
    ("monitor names no metric", BASE + "training:\n  monitor: finding.acuracy\n",
     "training.monitor", 7, "did you mean 'finding.accuracy'?"),
    ("missing heads", "inputs: {age: [1]}\n", "", None, "missing required key 'heads'"),
    ("empty heads", "inputs: {age: [1]}\nheads: {}\n", "heads", 2, "non-empty mapping"),
    ("not a mapping", "- inputs\n", "", None, "must be a mapping"),
    ("YAML syntax", "inputs: [1\nheads: x\n", "", 2, "invalid YAML"),
]


@pytest.mark.parametrize(("text", "field", "line", "words"),
                         [case[1:] for case in ERRORS], ids=[case[0] for case in ERRORS])
def test_each_error_names_field_line_and_fix(
    text: str, field: str, line: int | None, words: str
) -> None:
    with pytest.raises(SpecError) as caught:
        parse_spec(text, "spec.yaml")
    error = caught.value
    assert (error.field, error.line) == (field, line)
    assert words in str(error)
    assert str(error).startswith("spec.yaml")
    assert "\n" not in str(error)


def test_toml_errors_name_the_field_without_a_line() -> None:
    text = '[inputs]\nage = [1]\n[heads]\nflag = { kind = "binary", loss = "bce_loss" }\n'
    with pytest.raises(SpecError) as caught:
        parse_spec(text, "spec.toml")
    assert str(caught.value).startswith("spec.toml: heads.flag.loss: unknown Keras loss")


def test_invalid_toml_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="invalid TOML"):
        parse_spec("[inputs\n", "spec.toml")


def test_unreadable_file_is_a_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="cannot read the spec"):
        load_spec(tmp_path / "missing.yaml")


def test_toml_and_yaml_give_the_same_spec(specs_dir: Path) -> None:
    toml_spec = load_spec(specs_dir / "maps_and_sequences.toml")
    yaml_text = textwrap.dedent("""\
        name: maps_and_sequences
        inputs:
          photo: [16, 16, 1]
          tokens: {shape: [8, 5], encoder: conv1d, filters: 4}
        heads:
          regions: {kind: mask, classes: 3, sparse: true}
          steps: {kind: sequence, classes: 4, sparse: true}
          flag: binary
        training: {batch_size: 4, monitor: regions.accuracy}
        """)
    assert parse_spec(yaml_text, "other.yaml") == toml_spec


def test_defaults_by_kind() -> None:
    text = BASE + "  spot: mask\n  tags: {kind: multilabel, classes: 2}\n  size: regression\n"
    heads = {head.name: head for head in parse_spec(text, "scan.yaml").heads}
    assert (heads["finding"].loss, heads["finding"].metrics) == (
        "categorical_crossentropy", ("accuracy",))
    assert (heads["spot"].loss, heads["spot"].units, heads["spot"].source) == (
        "binary_crossentropy", 1, "image")
    assert heads["tags"].metrics == ("binary_accuracy",)
    assert (heads["size"].loss, heads["size"].metrics, heads["size"].weight) == (
        "mse", ("mae",), 1.0)


def test_yaml_keys_stay_strings() -> None:
    spec = parse_spec("inputs: {x: [2]}\nheads: {on: binary}\n", "spec.yaml")
    assert spec.heads[0].name == "on"


def test_name_defaults_to_the_file_stem() -> None:
    assert parse_spec(BASE, "dir/triage.yaml").name == "triage"
    assert parse_spec(BASE, "my-spec.yaml").name == "model"


def test_normalized_yaml_round_trips(any_spec: Spec) -> None:
    assert parse_spec(spec_yaml(any_spec), "kgen.yaml") == any_spec
