"""The rule catalogue cache: used when the packs are unchanged, never when they changed or it is damaged."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from compliance.errors import RulePackError
from compliance.rules import _load, _load_cached, builtin_pack_dir, cache_dir, load_catalogue

PACK = """\
[pack]
id = "LOCAL"
title = "A local pack"
version = "1"

[provisions."LOCAL:1"]
text = "Voting age."

[[rule]]
id = "LOC001"
name = "voting-age-above-{limit}"
title = "Voting age above {limit}"
topic = "suffrage.age"
severity = "warning"
cites = ["LOCAL:1"]
fact = "voting.min_age"
when = "value > {limit}"
message = "Voting age {{value}}."
  [[rule.example]]
  expect = "fail"
  text = "Article 1.\\n1. Citizens who have reached {above} years of age shall have the right to elect."
  [[rule.example]]
  expect = "pass"
  text = "Article 1.\\n1. Citizens who have reached {limit} years of age shall have the right to elect."
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("SUFFRAGE_CACHE_DIR", str(where))
    return where


def write_pack(directory: Path, limit: int) -> Path:
    directory.mkdir(exist_ok=True)
    path = directory / "local.toml"
    path.write_text(PACK.format(limit=limit, above=limit + 2), encoding="utf-8")
    return path


def test_a_loaded_catalogue_is_read_back_equal_from_the_cache(cache: Path, tmp_path: Path) -> None:
    write_pack(tmp_path / "packs", 18)
    first = load_catalogue([tmp_path / "packs"])
    assert 1 == len(list(cache.glob("catalogue-*.marshal")))
    again = load_catalogue([tmp_path / "packs"])
    assert first == again
    assert again.rule("LOC001").matches({"value": 21}, {})
    assert not again.rule("LOC001").matches({"value": 18}, {})


def test_an_edited_pack_is_loaded_afresh(cache: Path, tmp_path: Path) -> None:
    path = write_pack(tmp_path / "packs", 18)
    assert "value > 18" == load_catalogue([tmp_path / "packs"]).rule("LOC001").when
    path.write_text(path.read_text(encoding="utf-8").replace("18", "20"), encoding="utf-8")
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))
    assert "value > 20" == load_catalogue([tmp_path / "packs"]).rule("LOC001").when


def test_a_pack_made_invalid_after_caching_is_refused(cache: Path, tmp_path: Path) -> None:
    path = write_pack(tmp_path / "packs", 18)
    load_catalogue([tmp_path / "packs"])
    path.write_text(path.read_text(encoding="utf-8").replace('when = "value > 18"', 'when = "value.__class__"'),
                    encoding="utf-8")
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))
    with pytest.raises(RulePackError, match="LOC001.*attribute access"):
        load_catalogue([tmp_path / "packs"])


@pytest.mark.parametrize("damage", [b"", b"\x00\x01garbage", b"\xe3" * 100])
def test_a_damaged_cache_file_is_ignored_and_replaced(cache: Path, tmp_path: Path, damage: bytes) -> None:
    write_pack(tmp_path / "packs", 18)
    expected = load_catalogue([tmp_path / "packs"])
    (entry,) = cache.glob("catalogue-*.marshal")
    entry.write_bytes(damage)
    assert expected == load_catalogue([tmp_path / "packs"])
    assert entry.read_bytes() != damage


def test_an_unwritable_cache_directory_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SUFFRAGE_CACHE_DIR", str(blocker / "cache"))
    write_pack(tmp_path / "packs", 18)
    assert "LOC001" == load_catalogue([tmp_path / "packs"]).rule("LOC001").id


def test_an_empty_cache_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUFFRAGE_CACHE_DIR", "")
    assert cache_dir() is None


def test_the_builtin_catalogue_from_the_cache_equals_a_fresh_load(cache: Path, tmp_path: Path) -> None:
    packs = tmp_path / "builtin-copy"
    shutil.copytree(builtin_pack_dir(), packs)
    fresh = _load([packs])
    _load_cached([packs])
    assert fresh == _load_cached([packs])
