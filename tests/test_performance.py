"""What keeps xev fast: the validated-dataset cache, and nothing imported that a call does not use.

Speed itself is measured by bench/run.py, side by side with the floors, not by timed tests.
"""

from __future__ import annotations

import json
import os
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
    assert key and [p.name for p in cache_dir.iterdir()] == [f"{key}.jsonl"]
    second = dataset.load(data_copy)
    assert isinstance(second.store, cache.FileStore)
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


def test_a_broken_or_foreign_cache_entry_is_ignored_and_removed(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    key = cache.content_key(data_copy)
    assert key
    entry = cache_dir / f"{key}.jsonl"
    sound = entry.read_bytes()
    header, _, body = sound.partition(b"\n")
    other = json.loads(header)
    other["content"] = "0" * 64
    moved = json.loads(header)
    moved["sections"]["claims"][1] = len(body) + 1
    for broken in (b"not a cache entry", b"", sound[:-1], sound + b"\n", header + b"\n",
                   json.dumps(other).encode() + b"\n" + body, json.dumps(moved).encode() + b"\n" + body,
                   b"[]\n" + body, sound.replace(b'"xev_cache": 4', b'"xev_cache": 3')):
        entry.write_bytes(broken)
        loaded = dataset.load(data_copy)
        assert isinstance(loaded.store, dataset.MemoryStore), broken[:80]
        assert entry.read_bytes() == sound, "validated again and written afresh"
    assert isinstance(dataset.load(data_copy).store, cache.FileStore)


def test_entries_of_the_earlier_sqlite_format_are_removed_when_an_entry_is_written(
        cache_dir: Path, data_copy: Path) -> None:
    cache_dir.mkdir()
    earlier = cache_dir / f"{'ab' * 32}.sqlite"
    kept = [cache_dir / "notes.sqlite", cache_dir / f"{'ab' * 32}.db"]
    for path in (earlier, *kept):
        path.write_bytes(b"SQLite format 3\x00")
    dataset.load(data_copy)
    key = cache.content_key(data_copy)
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted([f"{key}.jsonl", *(p.name for p in kept)])


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
print(json.dumps([code, sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'sqlite3')
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
    loaded = {m.split(".")[0] if m.startswith(("rich.", "sqlite3.")) else m for m in modules}
    assert sorted(loaded) == sorted(allowed)
    assert built is False, "a cached dataset is not validated again"


def test_every_lookup_of_a_larger_cached_dataset_finds_what_validation_does(
        cache_dir: Path, data_copy: Path) -> None:
    # copies of the claims under new ids and topics, some keys the prefix of others
    path = data_copy / "claims.json"
    doc = read_json(path)
    real = list(doc["claims"])
    for i in range(600):
        copy = json.loads(json.dumps(real[i % len(real)]))
        copy["id"] = f"copy-{i}.{copy['id']}"
        copy["topic"] = ["a", "a-b", "ab", "a.b", "plant", f"t{i % 7}"][i % 6]
        doc["claims"].append(copy)
    path.write_text(json.dumps(doc), encoding="utf-8")
    fresh = dataset.load(data_copy)
    cached = dataset.load(data_copy)
    assert isinstance(fresh.store, dataset.MemoryStore) and isinstance(cached.store, cache.FileStore)
    topics = sorted({c.topic for c in fresh.claims})
    for topic in [*topics, "b", "", "zz", "plant-"]:
        assert cached.store.claims_in_topics([topic]) == fresh.store.claims_in_topics([topic]), topic
    wanted = ["t3", "a", "missing", "a", "plant"]
    assert cached.store.claims_in_topics(wanted) == fresh.store.claims_in_topics(wanted)
    assert cached.store.claims_in_topics([]) == ()
    for claim in fresh.claims:
        assert cached.store.claim(claim.id) == claim
    for absent in ["", "copy", "copy-1", "plant.capacit", "zzz", "a\tb", "\udcff"]:
        assert cached.store.claim(absent) is None
    assert cached.store.claim_ids() == [c.id for c in fresh.claims]
    assert cached.claims == fresh.claims


def test_the_cache_holds_json_text_not_pickles(cache_dir: Path, data_copy: Path) -> None:
    dataset.load(data_copy)
    (entry,) = cache_dir.iterdir()
    header, *lines = entry.read_text(encoding="ascii").splitlines()
    assert json.loads(header)["content"] == cache.content_key(data_copy)
    assert json.loads(lines[0])["id"] == read_json(data_copy / "claims.json")["claims"][0]["id"]


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
