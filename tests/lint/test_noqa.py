"""``# noqa`` comments: bare or with codes, on the finding's line or its statement's first line."""

from __future__ import annotations

import pytest

from kgen.lint.finding import Finding
from kgen.lint.noqa import apply_noqa, noqa_directives

SOURCE_LINES = 8


def _finding(code: str = "KG101", line: int = 5, statement_line: int = 3) -> Finding:
    return Finding("t.py", line, 9, line, 15, code, "m", statement_line=statement_line)


def _source(comments: dict[int, str]) -> str:
    return "".join(f"x = 1  {comments.get(n, '')}\n" for n in range(1, SOURCE_LINES + 1))


@pytest.mark.parametrize(
    "comments",
    [
        {5: "# noqa"},
        {5: "# NOQA"},
        {5: "#noqa: KG101"},
        {5: "# noqa: KG102, KG101"},
        {5: "# noqa:KG102 KG101 because the loss is added later"},
        {3: "# noqa: KG101"},
        {3: "# type: ignore  # noqa"},
    ],
)
def test_noqa_suppresses(comments: dict[int, str]) -> None:
    assert apply_noqa([_finding()], _source(comments)) == []


@pytest.mark.parametrize(
    "comments",
    [
        {5: "# noqa: KG102"},
        {5: "# noqa: KG1"},
        {5: "# noqa:"},
        {4: "# noqa"},
        {6: "# noqa"},
        {5: "# no qa"},
    ],
)
def test_noqa_does_not_suppress(comments: dict[int, str]) -> None:
    assert apply_noqa([_finding()], _source(comments)) == [_finding()]


def test_noqa_inside_a_string_is_not_a_comment() -> None:
    source = 'a = "# noqa"\nb = """\n# noqa\n"""\n'
    assert noqa_directives(source) == {}
    findings = [_finding(line=1, statement_line=1), _finding(line=3, statement_line=2)]
    assert apply_noqa(findings, source) == findings


def test_a_parse_error_cannot_be_suppressed() -> None:
    kg001 = _finding("KG001", line=2, statement_line=2)
    assert apply_noqa([kg001], "model.compile(  # noqa\n") == [kg001]


def test_noqa_on_a_real_finding(write, lint_one) -> None:
    write(
        "train.py",
        """\
        import keras
        from keras import layers

        inputs = keras.Input(shape=(4,))
        seg = layers.Dense(1, name="seg")(inputs)
        cls = layers.Dense(1, name="cls")(inputs)
        model = keras.Model(inputs, [seg, cls])
        model.compile(  # noqa: KG101
            loss={"segm": "mse", "cls": "mse"},
        )
        model.compile(loss={"segm": "mse", "cls": "mse"})  # noqa: KG202
        model.compile(loss={"segm": "mse", "cls": "mse"}); note = "# noqa"
        """,
    )
    assert [(f.code, f.line) for f in lint_one("train.py")] == [("KG101", 11), ("KG101", 12)]
