"""Notebooks: code cells joined into one module, IPython syntax blanked, findings mapped back."""

from __future__ import annotations

import json

import pytest

from kgen.lint.engine import lint_source
from kgen.lint.finding import Finding
from kgen.lint.notebook import MalformedNotebook, notebook_module


def _notebook(*cells: tuple[str, str], language: str = "python") -> str:
    document = {
        "cells": [{"cell_type": kind, "metadata": {}, "source": text} for kind, text in cells],
        "metadata": {"language_info": {"name": language}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document)


def _finding(line: int) -> Finding:
    return Finding("n.ipynb", line, 5, line, 9, "KG101", "message")


def test_code_cells_are_joined_and_lines_map_back_to_cells() -> None:
    module = notebook_module(
        _notebook(("markdown", "# title"), ("code", "a = 1\nb = 2"), ("code", "c = 3\n"))
    )
    assert module is not None
    assert module.source == "a = 1\nb = 2\nc = 3\n"
    assert module.locate(_finding(2)) == _finding(2).moved(cell=2, line=2, end_line=2)
    assert module.locate(_finding(3)) == _finding(3).moved(cell=3, line=1, end_line=1)


def test_source_given_as_a_list_of_lines() -> None:
    module = notebook_module(_notebook(("code", ["x = 1\n", "y = 2"])))  # type: ignore[arg-type]
    assert module is not None and module.source == "x = 1\ny = 2\n"


def test_ipython_lines_become_one_line_placeholders() -> None:
    cell = "%matplotlib inline\n!pip install keras\nfiles = !ls\nmodel.fit?\n??keras.Model\nx = 1\n"
    module = notebook_module(_notebook(("code", cell)))
    expected = "pass\npass\nfiles = ...\npass\npass\nx = 1\n"
    assert module is not None and module.source == expected


def test_a_shell_command_continued_with_backslashes_is_replaced_whole() -> None:
    cell = "!saved_model_cli show --dir m \\\n      --tag_set serve \\\n      --all\nx = 1\n"
    module = notebook_module(_notebook(("code", cell)))
    assert module is not None and module.source == "pass\n\n\nx = 1\n"


def test_a_magic_alone_in_a_block_keeps_the_block_valid() -> None:
    cell = 'if "google.colab" in sys.modules:\n    %pip install -q -U gym\nx = 1\n'
    module = notebook_module(_notebook(("code", cell)))
    assert module is not None
    assert module.source == 'if "google.colab" in sys.modules:\n    pass\nx = 1\n'
    assert lint_source(module.source, "colab.ipynb") == []


def test_a_cell_magic_blanks_the_whole_cell() -> None:
    module = notebook_module(_notebook(("code", "%%time\nx = (\n"), ("code", "y = 1\n")))
    assert module is not None and module.source == "\n\ny = 1\n"


@pytest.mark.parametrize(
    "code",
    [
        "x = (a\n     % b)\n",
        "y = a \\\n    % b\n",
        'doc = """\n%not a magic\n!nor a shell line\nwhy?\n"""\n',
        "z = 'it''s \\\n%still a string'\n",
        "w = [1,  # comment (\n     2]\nv = 5 % 2\n",
    ],
)
def test_ipython_syntax_is_recognised_only_where_a_logical_line_starts(code: str) -> None:
    module = notebook_module(_notebook(("code", code)))
    assert module is not None and module.source == code


def test_a_notebook_in_another_language_is_skipped() -> None:
    assert notebook_module(_notebook(("code", "x <- 1"), language="R")) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"cells": [\n  {"cell_type": "code",\n}', (3, 1)),
        ("[1, 2]", (1, 1)),
        ('{"cells": [{"cell_type": "code", "source": 3}]}', (1, 1)),
    ],
)
def test_malformed_notebooks_raise_with_a_position(text: str, place: tuple[int, int]) -> None:
    with pytest.raises(MalformedNotebook) as raised:
        notebook_module(text)
    assert (raised.value.line, raised.value.column) == place


def test_a_notebook_finding_gives_cell_and_line_inside_the_cell(copy_data, lint_one) -> None:
    copy_data("two_heads.ipynb", "two_heads.ipynb")
    [finding] = lint_one("two_heads.ipynb")
    assert (finding.code, finding.cell, finding.line, finding.column) == ("KG101", 6, 2, 39)


def test_a_malformed_notebook_is_one_kg001_finding(write, lint_one) -> None:
    write("bad.ipynb", '{"cells": [{"cell_type": "code", "source": "model.fit(x)"\n')
    [finding] = lint_one("bad.ipynb")
    assert (finding.code, finding.line, finding.cell) == ("KG001", 2, None)
    assert finding.message.startswith("invalid notebook JSON: ")


def test_a_syntax_error_in_a_cell_is_reported_in_that_cell(write, lint_one) -> None:
    write("e.ipynb", _notebook(("code", "import keras\n"), ("code", "\nmodel.fit(x,\n")))
    [finding] = lint_one("e.ipynb")
    assert (finding.code, finding.cell, finding.line) == ("KG001", 2, 2)



def test_noqa_in_a_cell_suppresses_the_finding_there(write, lint_one) -> None:
    cells = [
        ("code", "import keras\nfrom keras import layers\n"),
        ("markdown", "Build and compile."),
        (
            "code",
            "inputs = keras.Input(shape=(4,))\n"
            'seg = layers.Dense(1, name="seg")(inputs)\n'
            'cls = layers.Dense(1, name="cls")(inputs)\n'
            "model = keras.Model(inputs, [seg, cls])\n"
            'model.compile(  # noqa: KG101\n    loss={"segm": "mse", "cls": "mse"},\n)\n'
            'model.compile(loss={"segm": "mse", "cls": "mse"})\n',
        ),
    ]
    write("n.ipynb", _notebook(*cells))
    assert [(f.code, f.cell, f.line) for f in lint_one("n.ipynb")] == [("KG101", 3, 8)]
