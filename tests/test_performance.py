"""What keeps xev fast: the validated-dataset cache, and nothing imported that a call does not use.

Speed itself is measured by bench/run.py, side by side with the floors, not by timed tests.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from xiaomi_ev_cli import cache, dataset, lookup
from xiaomi_ev_cli.errors import DatasetError
from xiaomi_ev_cli.models import Claim, Derived, Entity, FollowUp, Source, build, to_json

from .conftest import Xev, read_json
from .test_story import LOOKUPS


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XEV_CACHE_DIR", str(folder))
    monkeypatch.delenv("XEV_NO_CACHE", raising=False)
    return folder


def test_a_validated_dataset_is_cached_under_its_content_hash(cache_dir: Path, data_copy: Path) -> None:
    first = dataset.load(data_copy)
    assert isinstance(first.store, dataset.MemoryStore)
    key = cache.content_key(data_copy)
    assert key and [p.name for p in cache_dir.iterdir()] == [f"{key}.sqlite"]
    second = dataset.load(data_copy)
    assert isinstance(second.store, cache.SqliteStore)
    assert second.claims == first.claims
    assert dict(second.entities) == dict(first.entities)
    assert dict(second.sources) == dict(first.sources) and dict(second.texts) == dict(first.texts)
    assert second.followups == first.followups and second.derived == first.derived


def test_any_changed_byte_means_validation_again(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    before = cache.content_key(data_copy)
    text = data_copy / "sources" / "article.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("Reijun", "Reijum"), encoding="utf-8")
    assert cache.content_key(data_copy) != before
    with pytest.raises(DatasetError, match="quote does not match"):
        dataset.load(data_copy)


def test_a_broken_or_foreign_cache_entry_is_ignored(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    key = cache.content_key(data_copy)
    assert key
    entry = cache_dir / f"{key}.sqlite"
    entry.write_bytes(b"not a database")
    loaded = dataset.load(data_copy)
    assert isinstance(loaded.store, dataset.MemoryStore)
    db = sqlite3.connect(entry)  # rewritten, sound again; now make it name another hash
    db.execute("UPDATE meta SET value = 'other' WHERE key = 'content'")
    db.commit()
    db.close()
    assert isinstance(dataset.load(data_copy).store, dataset.MemoryStore)


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    data_copy: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XEV_CACHE_DIR", str(blocker / "cache"))
    assert len(dataset.load(data_copy).claims) == 46


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
def test_cached_and_validated_answers_are_identical(xev: Xev, cache_dir: Path, args: list[str]) -> None:
    xev(*args, "--json")  # fills the cache
    cached = xev(*args, "--json")
    fresh = xev(*args, "--json", env={"XEV_NO_CACHE": "1"})
    assert cached.exit_code == fresh.exit_code == 0
    assert cached.stdout == fresh.stdout


def test_building_without_validation_equals_validation(ds: dataset.Dataset) -> None:
    groups: list[tuple[type[BaseModel], tuple[BaseModel, ...]]] = [
        (Claim, ds.claims), (FollowUp, ds.followups), (Derived, ds.derived),
        (Entity, tuple(ds.entities.values())), (Source, tuple(ds.sources.values()))]
    for cls, records in groups:
        for record in records:
            data = record.model_dump(mode="json")
            assert to_json(record) == data
            rebuilt = build(cls, json.loads(json.dumps(data)))
            assert rebuilt == cls.model_validate(data)
            assert to_json(rebuilt) == data


def test_a_topic_lookup_reads_only_its_topics(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    ds = dataset.load(data_copy)
    result = lookup.topic(ds, "plant")
    assert "claims" not in vars(ds), "plant does not load every claim"
    assert {c.topic for c in result.claims} <= set(lookup.PLANT_TOPICS)


CHECK = """
import io, json, sys
from xiaomi_ev_cli.cli import run
out, sys.stdout = sys.stdout, io.StringIO()
code = run(sys.argv[1:])
sys.stdout = out
from xiaomi_ev_cli import models
optional = ('terminal', 'search', 'schema', 'export')
print(json.dumps([code, sorted(m for m in sys.modules if m.split('.')[0] == 'rich'
                  or m.startswith('xiaomi_ev_cli.') and m.split('.')[1] in optional),
                  models.ClaimsFile.__pydantic_complete__ or models.Claim.__pydantic_complete__]))
"""


def _modules(*args: str) -> tuple[int, list[str], bool]:
    """Exit code, the optional modules a call loaded, and whether it built a pydantic validator."""
    done = subprocess.run([sys.executable, "-c", CHECK, *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "XEV_NO_CACHE": ""})
    assert done.returncode == 0, done.stderr
    code, modules, built = json.loads(done.stdout)
    return code, modules, built


@pytest.mark.parametrize(("args", "allowed"), [
    (["plant", "--json"], []),
    (["sales", "--year", "2021", "--json"], []),
    (["claims", "--format", "jsonl"], []),
    (["claims", "--format", "csv"], []),
    (["claims", "--format", "plain"], []),
    (["search", "team size", "--json"], ["xiaomi_ev_cli.search"]),
    (["ask", "how many cars a year", "--json"], ["xiaomi_ev_cli.search"]),
    (["plant", "--format", "table"], ["rich", "xiaomi_ev_cli.terminal"]),
])
def test_a_cached_call_loads_only_what_it_uses(args: list[str], allowed: list[str]) -> None:
    _modules(*args)  # the first call fills the cache
    code, modules, built = _modules(*args)
    assert code == 0
    assert sorted({m if not m.startswith("rich.") else "rich" for m in modules}) == sorted(allowed)
    assert built is False, "a cached dataset is not validated again"


def test_the_cache_holds_json_text_not_pickles(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    (entry,) = cache_dir.iterdir()
    db = sqlite3.connect(entry)
    try:
        (text,) = db.execute("SELECT json FROM claims LIMIT 1").fetchone()
    finally:
        db.close()
    assert json.loads(text)["id"] == read_json(data_copy / "claims.json")["claims"][0]["id"]


def test_asks_patterns_are_compiled_when_a_question_needs_them_not_on_import() -> None:
    check = ("import json, xiaomi_ev_cli.ask as a; from xiaomi_ev_cli.patterns import Lazy; "
             "p = [v for v in vars(a).values() if isinstance(v, Lazy)]; "
             "print(json.dumps([len(p), sum(v._compiled is not None for v in p)]))")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    patterns, compiled = json.loads(done.stdout)
    assert patterns >= 100 and compiled == 0


def test_a_lazy_pattern_answers_as_the_compiled_one_does() -> None:
    import re

    from xiaomi_ev_cli.patterns import Lazy

    lazy, compiled = Lazy(r"(\d+)\s*(cars?)", re.IGNORECASE), re.compile(r"(\d+)\s*(cars?)", re.IGNORECASE)
    text = "300000 Cars a year, 2 car lines, 10 cars"
    for method in ("search", "match", "fullmatch", "findall"):
        got, expected = getattr(lazy, method)(text, 7), getattr(compiled, method)(text, 7)
        assert (got.group() if isinstance(got, re.Match) else got) == (
            expected.group() if isinstance(expected, re.Match) else expected)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.split(text, 1) == compiled.split(text, 1)
    assert lazy.sub(lambda m: m.group(2), text, 2) == "Cars a year, car lines, 10 cars"
    assert lazy.compiled is lazy.compiled and lazy.pattern == compiled.pattern
