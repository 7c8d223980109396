"""The shipped dataset: valid, faithful to the article, and covering all of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xiaomi_ev_cli import dataset
from xiaomi_ev_cli.dataset import Dataset
from xiaomi_ev_cli.errors import DatasetError
from xiaomi_ev_cli.schema import schema_text, schemas

from .conftest import DATA, SEED, read_json, write_json


def article(ds: Dataset) -> str:
    return ds.texts["article"]


def test_article_is_the_seed_text_byte_for_byte() -> None:
    if not SEED.exists():
        pytest.skip("the seed article is not beside this checkout")
    assert (DATA / "sources" / "article.txt").read_bytes() == SEED.read_bytes()


def test_article_source_says_what_is_unknown(ds: Dataset) -> None:
    source = ds.sources["article"]
    assert source.date == "2021-11-28"
    assert source.title is None and source.publisher is None
    assert "machine translation" in source.description
    assert "title and publisher are unknown" in source.description


def test_every_quote_is_the_source_text_at_its_span(ds: Dataset) -> None:
    for claim in ds.claims:
        text = ds.texts[claim.source]
        assert text[claim.span.start:claim.span.end] == claim.quote, claim.id


def test_ids_are_unique_and_readable(ds: Dataset) -> None:
    ids = [c.id for c in ds.claims]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", i) for i in ids), ids


# Every number, and every word that places something in time, in the article.
NUMBER = re.compile(
    r"\$ ?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)
DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|decade|months?|years?|"
    r"annually|today|later|quarter|full-year|year-on-year)\b", re.IGNORECASE)


def _body(ds: Dataset) -> tuple[str, int]:
    text = article(ds)
    head = re.match(r"\s*date \d{4}-\d{2}-\d{2}\s*", text)
    assert head, "the article text starts with its date line"
    return text, head.end()


@pytest.mark.parametrize("pattern", [NUMBER, DATE_WORDS], ids=["numbers", "date-expressions"])
def test_every_number_and_date_expression_is_covered_by_a_claim(
    ds: Dataset, pattern: re.Pattern[str]
) -> None:
    text, body = _body(ds)
    spans = [(c.span.start, c.span.end) for c in ds.claims]
    found = list(pattern.finditer(text, body))
    assert len(found) >= 10, "the scan found the article's numbers and dates"
    missed = [m.group() for m in found
              if not any(s <= m.start() and m.end() <= e for s, e in spans)]
    assert missed == []


def test_every_sentence_has_a_claim(ds: Dataset) -> None:
    text, body = _body(ds)
    spans = [(c.span.start, c.span.end) for c in ds.claims]
    sentences = [m for m in re.finditer(r"[^\n]+?(?:\.(?= |$)|$)", text[body:], re.M)
                 if m.group().strip()]
    assert len(sentences) >= 15
    bare = [m.group().strip() for m in sentences
            if not any(s < body + m.end() and body + m.start() < e for s, e in spans)]
    assert bare == []


def test_every_named_organisation_and_place_is_an_entity(ds: Dataset) -> None:
    text, _ = _body(ds)
    names = {n.casefold() for e in ds.entities.values() for n in (e.name, *e.aliases)}
    for name in ["Xiaomi", "E-Town", "Beijing", "Xiaomi EV", "Reijun", "China Automakers Association",
                 "Nio Inc.", "Xpeng Inc.", "Tesla Inc.", "Daxing", "Beijing Benz",
                 "Beijing Electric Vehicle", "Beijing Economic and Technological Development Area"]:
        assert name in text
        assert name.casefold() in names, name


def test_entities_carry_chinese_names(ds: Dataset) -> None:
    chinese = {n for e in ds.entities.values() for n in (e.name_zh, *e.aliases) if n}
    for name in ["小米", "雷军", "亦庄", "北京经济技术开发区", "中国汽车工业协会"]:
        assert name in chinese, name
    assert ds.entities["caam"].name == "China Association of Automobile Manufacturers"
    assert "China Automakers Association" in ds.entities["caam"].aliases


def test_quantities_are_numbers_in_base_units(ds: Dataset) -> None:
    amounts = {c.id: c.value.amount for c in ds.claims if c.value.type == "quantity"}
    assert amounts["plant.capacity"] == 300000
    assert amounts["nev-sales.2021-jan-oct"] == 2540000
    assert amounts["investment.amount"] == 10000000000
    assert all(isinstance(a, int | float) for a in amounts.values())


def test_bounds_and_modalities_keep_the_articles_hedges(ds: Dataset) -> None:
    team = ds.by_id["q3-report.team-size"]
    assert team.value.type == "quantity" and team.value.bound == "more_than"
    estimate = ds.by_id["nev-sales.2021-estimate"]
    assert estimate.modality == "estimate"
    assert estimate.value.type == "quantity" and estimate.value.bound == "could_reach"
    assert ds.by_id["investment.amount"].modality == "pledge"
    assert ds.by_id["production.target"].modality == "target"


@pytest.mark.parametrize(("claim_id", "resolved"), [
    ("agreement.date", "2021-11-27"),
    ("investment.announced", "2021-03-30"),
    ("registration.date", "2021-09-01"),
    ("production.target-set", "2021-10-19"),
    ("q3-report.date", "2021-11-23"),
])
def test_relative_dates_are_resolved_with_reasoning_and_sources(
    ds: Dataset, claim_id: str, resolved: str
) -> None:
    notes = [n for n in ds.by_id[claim_id].notes if n.kind == "resolution"]
    assert notes, claim_id
    note = notes[0]
    assert note.value is not None and note.value.type == "date" and note.value.date == resolved
    assert note.sources and all(s in ds.sources for s in note.sources)


def test_translation_slips_are_corrected_not_rewritten(ds: Dataset) -> None:
    target = ds.by_id["production.target-set"]
    assert "Reijun" in target.quote
    assert any("Lei Jun" in n.text for n in target.notes if n.kind == "translation")
    growth = ds.by_id["nev-sales.2021-jan-oct-growth"]
    assert growth.value.type == "quantity" and growth.value.amount == 180
    fix = next(n for n in growth.notes if n.kind == "correction")
    assert fix.value is not None and fix.value.type == "quantity" and fix.value.amount == 176.6


def test_weak_sources_are_marked_weak(ds: Dataset) -> None:
    estimate = ds.by_id["nev-sales.2021-estimate"]
    cited = {s for n in estimate.notes for s in n.sources}
    assert any(ds.sources[s].strength == "weak" for s in cited)


def test_committed_schemas_match_the_models() -> None:
    for name, schema in schemas().items():
        path = DATA / "schema" / name
        assert path.read_text(encoding="utf-8") == schema_text(schema), (
            f"{path} is stale: run python -m xiaomi_ev_cli.schema data/schema")


def test_data_files_point_editors_at_their_schema() -> None:
    for name in ("claims", "entities", "sources"):
        assert read_json(DATA / f"{name}.json")["$schema"] == f"schema/{name}.schema.json"


# ---- broken datasets ------------------------------------------------------------------------

def _problems(path: Path) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        dataset.load(path)
    return [str(p) for p in caught.value.problems]


def _edit_claims(folder: Path, edit) -> None:
    doc = read_json(folder / "claims.json")
    edit(doc["claims"])
    write_json(folder / "claims.json", doc)


def test_a_wrong_type_names_file_claim_and_field(data_copy: Path) -> None:
    def edit(claims):
        capacity = next(c for c in claims if c["id"] == "plant.capacity")
        capacity["value"]["amount"] = "lots"
    _edit_claims(data_copy, edit)
    problems = _problems(data_copy)
    assert len(problems) == 1
    assert problems[0].startswith(f"{data_copy / 'claims.json'}: claim 'plant.capacity': value.")
    assert "amount" in problems[0]


def test_every_problem_is_reported_at_once(data_copy: Path) -> None:
    def edit(claims):
        claims[0]["span"]["start"] += 1
        claims[1]["subject"] = "nobody"
        claims[2]["source"] = "nowhere"
        claims[4]["id"] = claims[3]["id"]
    _edit_claims(data_copy, edit)
    problems = _problems(data_copy)
    assert any("quote does not match the source" in p and ": span:" in p for p in problems)
    assert any("unknown entity 'nobody'" in p and ": subject:" in p for p in problems)
    assert any("unknown source 'nowhere'" in p for p in problems)
    assert any("duplicate id" in p for p in problems)
    assert len(problems) == 4


def test_an_entity_lies_only_in_known_places(data_copy: Path) -> None:
    doc = read_json(data_copy / "entities.json")
    by_id = {e["id"]: e for e in doc["entities"]}
    by_id["daxing"]["located_in"] = ["atlantis"]
    by_id["xiaomi-ev-plant"]["located_in"] = ["xiaomi"]
    by_id["beijing"]["located_in"] = ["beijing"]
    write_json(data_copy / "entities.json", doc)
    problems = _problems(data_copy)
    folder = data_copy / "entities.json"
    assert problems == [
        f"{folder}: entity 'xiaomi-ev-plant': located_in.0: 'xiaomi' is not a place it can lie in",
        f"{folder}: entity 'beijing': located_in.0: 'beijing' is not a place it can lie in",
        f"{folder}: entity 'daxing': located_in.0: unknown entity 'atlantis'",
    ]


def test_the_places_an_entity_lies_in_are_data(ds: Dataset) -> None:
    assert ds.entities["e-town"].located_in == ("daxing", "tongzhou", "beijing")
    assert ds.entities["beijing"].located_in == ("china",)


def test_a_span_off_by_one_says_where_the_quote_really_is(data_copy: Path) -> None:
    def edit(claims):
        claims[0]["span"]["end"] -= 1
    _edit_claims(data_copy, edit)
    (problem,) = _problems(data_copy)
    assert "the quote stands at" in problem


@pytest.mark.parametrize(("content", "message"), [
    (b"", "not valid JSON"),
    (b'{"claims": [', "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    ("\ufeff{}".encode(), "byte-order mark"),
    (b'{"claims": "none"}', "claims"),
    (b"[]", "valid dictionary"),
])
def test_unreadable_files_give_one_line_each(data_copy: Path, content: bytes, message: str) -> None:
    (data_copy / "claims.json").write_bytes(content)
    problems = _problems(data_copy)
    assert problems and all("\n" not in p for p in problems)
    assert any(message in p for p in problems), problems
    assert all(str(data_copy / "claims.json") in p for p in problems)


def test_a_missing_file_or_folder_is_a_dataset_error(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "entities.json").unlink()
    assert any("entities.json: missing" in p for p in _problems(data_copy))
    assert _problems(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: no such file or folder"]


def test_a_source_text_outside_the_dataset_is_refused(data_copy: Path) -> None:
    doc = read_json(data_copy / "sources.json")
    doc["sources"][0]["text_file"] = "../../../../etc/passwd"
    write_json(data_copy / "sources.json", doc)
    assert any("inside the dataset folder" in p for p in _problems(data_copy))


def test_a_dataset_file_path_means_its_folder(data_copy: Path) -> None:
    assert dataset.load(data_copy / "claims.json").root == data_copy
