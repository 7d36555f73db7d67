"""Configuration: suffrage.toml or [tool.suffrage], found upwards from the working directory; the CLI wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.config import Config, discover, find_config, parse_config
from compliance.errors import InputError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_suffrage_toml_is_read_with_paths_relative_to_its_directory(tmp_path: Path) -> None:
    write(tmp_path / "suffrage.toml", 'law = "laws/elections.md"\nrules = ["packs"]\nselect = "VC"\n'
          'ignore = ["VC002"]\nfail-on = "warning"\nwaivers = "waivers.toml"\nbaseline = "baseline.json"\n'
          'format = "sarif"\noutput = "out/suffrage.sarif"\n')
    (tmp_path / "drafts").mkdir()
    config = discover(tmp_path / "drafts")
    assert Config(path=str(tmp_path / "suffrage.toml"), law=str(tmp_path / "laws" / "elections.md"),
                  rules=(str(tmp_path / "packs"),), select=("VC",), ignore=("VC002",), fail_on="warning",
                  waivers=str(tmp_path / "waivers.toml"), baseline=str(tmp_path / "baseline.json"), format="sarif",
                  output=str(tmp_path / "out" / "suffrage.sarif")) == config
    here = discover(tmp_path)
    assert ("laws/elections.md", ("packs",), "waivers.toml") == (here.law, here.rules, here.waivers)


def test_pyproject_without_a_tool_suffrage_table_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.suffrage]\nfail_on = "info"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "suffrage-notes"\n')
    assert tmp_path / "pyproject.toml" == find_config(tmp_path / "sub")
    assert "info" == discover(tmp_path / "sub").fail_on


def test_suffrage_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.suffrage]\nfail-on = "info"\n')
    write(tmp_path / "suffrage.toml", 'fail-on = "never"\n')
    assert "never" == discover(tmp_path).fail_on


def test_no_configuration_file_means_an_empty_configuration(tmp_path: Path) -> None:
    found = find_config(tmp_path)
    if found is not None:  # a stray suffrage.toml above the temporary directory
        pytest.skip(f"a configuration file exists above the test directory: {found}")
    assert Config() == discover(tmp_path)


@pytest.mark.parametrize(("text", "message"), [
    ('fail_om = "error"\n', "unknown configuration key 'fail_om'"),
    ('fail-on = "fatal"\n', "fail-on must be one of error, warning, info, never"),
    ('format = "pdf"\n', "format must be one of text, json, sarif"),
    ('select = [1]\n', "select must be a list of strings"),
    ('law = 3\n', "law must be a string"),
    ('law = "x\n', "not valid TOML"),
])
def test_a_bad_configuration_is_an_input_error_naming_the_file(text: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_config(text, path=str(tmp_path / "suffrage.toml"), cwd=tmp_path)
    assert str(caught.value).startswith(str(tmp_path / "suffrage.toml"))


def test_errors_in_pyproject_name_the_tool_table(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"pyproject.toml \[tool.suffrage\]: unknown configuration key 'colour'"):
        parse_config('[tool.suffrage]\ncolour = "red"\n', path=str(tmp_path / "pyproject.toml"), cwd=tmp_path)
