"""``[tool.kgen]`` discovery, validation, command-line overrides and ruff-style prefix selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgen.lint.config import ConfigError, LintOptions, RuleSelection, SettingsResolver
from kgen.lint.rules import RULES


def _rules(directory: Path, **options: object) -> RuleSelection:
    resolver = SettingsResolver(LintOptions(**options), RULES)  # type: ignore[arg-type]
    return resolver.for_directory(str(directory)).rules


def _enabled(selection: RuleSelection) -> list[str]:
    return sorted(code for code in RULES if selection.enables(code))


def test_everything_is_selected_without_config(project: Path) -> None:
    assert _enabled(_rules(project)) == sorted(RULES)


def test_prefixes_select_like_ruff() -> None:
    assert _enabled(RuleSelection(select=("KG1",))) == sorted(c for c in RULES if c[2] == "1")
    assert _enabled(RuleSelection(select=("KG11",))) == [f"KG11{n}" for n in range(5)]
    assert _enabled(RuleSelection(select=("ALL",), ignore=("KG1", "KG2"))) == ["KG001"]


def test_the_more_specific_prefix_wins_and_a_tie_ignores() -> None:
    assert _enabled(RuleSelection(select=("KG101",), ignore=("KG1",))) == ["KG101"]
    assert "KG101" not in _enabled(RuleSelection(select=("KG1",), ignore=("KG101",)))
    assert _enabled(RuleSelection(select=("KG201",), ignore=("KG201",))) == []


def test_nearest_pyproject_with_a_kgen_table_is_found_walking_up(write, project: Path) -> None:
    write("pyproject.toml", '[tool.kgen]\nselect = ["KG2"]\n')
    write("a/pyproject.toml", '[project]\nname = "no-kgen-table"\n')
    (project / "a" / "b").mkdir()
    assert _enabled(_rules(project / "a" / "b")) == ["KG201", "KG202", "KG203"]


def test_a_nested_kgen_table_takes_over_below_its_directory(write, project: Path) -> None:
    write("pyproject.toml", '[tool.kgen]\nselect = ["KG2"]\n')
    write("sub/pyproject.toml", '[tool.kgen]\nselect = ["KG001"]\n')
    assert _enabled(_rules(project)) == ["KG201", "KG202", "KG203"]
    assert _enabled(_rules(project / "sub")) == ["KG001"]


def test_command_line_overrides_the_config(write, project: Path) -> None:
    write("pyproject.toml", '[tool.kgen]\nselect = ["KG2"]\nignore = ["KG201"]\n')
    assert _enabled(_rules(project, select=("KG20",))) == ["KG202", "KG203"]
    assert _enabled(_rules(project, ignore=())) == ["KG201", "KG202", "KG203"]


def test_config_option_names_one_file_for_every_directory(write, project: Path) -> None:
    write("pyproject.toml", '[tool.kgen]\nselect = ["KG2"]\n')
    write("other/kgen.toml", '[tool.kgen]\nselect = ["KG001"]\n')
    assert _enabled(_rules(project, config="other/kgen.toml")) == ["KG001"]


def test_kgen_lint_reads_the_config(write, broken: Path, kgen_lint) -> None:
    write("pyproject.toml", '[tool.kgen]\nignore = ["KG001"]\n')
    assert kgen_lint().exit_code == 0
    assert kgen_lint("--ignore", "KG2").exit_code == 1


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('select = ["KG9"]', "pyproject.toml: [tool.kgen] select: unknown rule code 'KG9'"),
        ('ignore = ["kg101"]', "unknown rule code 'kg101'; did you mean 'KG101'?"),
        ('select = "KG1"', "[tool.kgen] select must be a list of strings, like select = "),
        ("exclude = [1]", "[tool.kgen] exclude must be a list of strings"),
        ('selct = ["KG1"]', "[tool.kgen] has unknown key 'selct'; expected one of select, "),
        ("select = [", "pyproject.toml: invalid TOML: "),
        ('select = [""]', "unknown rule code ''"),
    ],
)
def test_bad_config_is_one_line_error_naming_file_and_key(
    write, project: Path, kgen_lint, table: str, message: str
) -> None:
    write("pyproject.toml", f"[tool.kgen]\n{table}\n")
    with pytest.raises(ConfigError) as raised:
        _rules(project)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    result = kgen_lint()
    assert result.exit_code == 2
    assert result.output == f"Error: {raised.value}\n"


def test_config_file_without_a_kgen_table_is_an_error(write, kgen_lint) -> None:
    write("ruff.toml", "line-length = 100\n")
    result = kgen_lint("--config", "ruff.toml")
    assert (result.exit_code, result.output) == (
        2,
        "Error: ruff.toml: no [tool.kgen] table; add one or drop --config\n",
    )
