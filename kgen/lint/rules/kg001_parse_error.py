"""KG001: a file that cannot be parsed."""

from __future__ import annotations

from kgen.lint.rules.base import Invalid, Rule


class ParseError(Rule):
    """
    What it does: reports a file that is not valid Python (or a notebook whose cells do not
    form a valid module), that is not UTF-8, or that is too large or too deeply nested to lint.

    Why: kgen cannot check a file it cannot read; the run goes on with the other files.

    Instead: fix the syntax error, or exclude the file in ``[tool.kgen] exclude``.
    """

    code = "KG001"
    name = "parse-error"
    summary = "a file cannot be parsed"
    valid = ("import keras\n",)
    invalid = (Invalid("import keras\nmodel.compile(loss=\n", 2, 14),)
