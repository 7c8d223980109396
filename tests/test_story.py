"""The whole lookup surface: parts of the story, timeline, entities, search, corrections,
follow-ups, derived figures, the brief, validate, schema, export, formats and completion."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from xiaomi_ev_cli import cli, formula, lookup
from xiaomi_ev_cli.dataset import Dataset
from xiaomi_ev_cli.enums import NoteKind
from xiaomi_ev_cli.errors import NotFoundError

from .conftest import Xev, read_json, write_json

LOOKUPS = [["plant"], ["investment"], ["registration"], ["xiaomi"], ["market"], ["etown"],
           ["e-town"], ["sales"], ["sales", "--year", "2020"], ["timeline"], ["entities"],
           ["entities", "雷军"], ["search", "team size"], ["corrections"], ["followups"],
           ["brief"], ["show", "production.target"], ["ask", "how many cars a year"]]


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
@pytest.mark.parametrize(("tty", "escapes"), [pytest.param(True, True, id="terminal"),
                                              pytest.param(False, False, id="pipe")])
def test_every_lookup_answers_on_a_terminal_and_in_a_pipe(
    xev: Xev, args: list[str], tty: bool, escapes: bool
) -> None:
    run = xev(*args, tty=tty)
    assert (run.exit_code, run.stderr) == (0, "")
    assert run.stdout.strip()
    assert ("\x1b[" in run.stdout) is escapes


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown"])
def test_every_format_is_the_same_on_a_terminal_and_in_a_pipe(xev: Xev, args: list[str], fmt: str) -> None:
    terminal, pipe = xev(*args, "-f", fmt, tty=True), xev(*args, "-f", fmt)
    assert terminal.exit_code == pipe.exit_code == 0
    assert terminal.stdout == pipe.stdout and "\x1b" not in pipe.stdout
    if fmt == "jsonl":
        assert all(json.loads(line) for line in pipe.stdout.splitlines())
    if fmt == "markdown":
        assert pipe.stdout.splitlines()[2].startswith("| ")


def test_a_part_of_the_story_for_each_topic(ds: Dataset) -> None:
    covered = {t for _, topics in lookup.TOPIC_COMMANDS.values() for t in topics}
    assert covered == set(lookup.topics(ds))
    investment = lookup.topic(ds, "investment")
    assert [c.id for c in investment.claims] == ["investment.amount", "investment.announced"]
    assert investment.derived[0].value.amount == 1_000_000_000
    etown = lookup.topic(ds, "etown")
    assert {"e-town.district", "e-town.role", "e-town.industry-robotics",
            "e-town.resident-bjev"} <= {c.id for c in etown.claims}


def test_the_timeline_is_in_order_with_dates_and_precision(xev: Xev) -> None:
    events = xev("timeline", "--json").json()["events"]
    dates = [e["date"] for e in events]
    assert dates[0] == "2021-03-30"
    starts = [d + "-01-01"[len(d) - 4:] if len(d) < 10 else d for d in dates]
    assert starts == sorted(starts)
    by_id = {e["id"]: e for e in events}
    assert by_id["registration.date"] == {
        "date": "2021-09-01", "precision": "day", "layer": "article", "id": "registration.date",
        "label": "Xiaomi EV registered", "modality": "reported", "as_written": "2021-09"}
    assert by_id["production.target"]["precision"] == "year"
    assert by_id["followup.first-deliveries"]["layer"] == "follow-up"
    hidden = xev("timeline", "--no-followups", "--json").json()["events"]
    assert {e["layer"] for e in hidden} == {"article", "source"}


def test_the_timeline_is_drawn_on_a_terminal(xev: Xev) -> None:
    screen = xev("timeline", tty=True, env={"NO_COLOR": "1"}).stdout
    assert "2021-09-01 ● Xiaomi EV registered" in screen
    assert "the article says 2021-09" in screen
    assert "2024-04-03 ○ First deliveries: the target was met" in screen
    assert "│" in screen


def test_entities_by_any_alias_or_typo(ds: Dataset) -> None:
    for name in ["雷军", "Reijun", "lei jun", "Lei Jnu", "CAAM", "China Automakers Association",
                 "中国汽车工业协会", "亦庄", "yizhuang"]:
        result = lookup.entity(ds, name)
        assert result.entities, name
    assert lookup.entity(ds, "Reijun").entities[0].id == "lei-jun"
    caam = lookup.entity(ds, "China Automakers Association")
    assert caam.entities[0].name == "China Association of Automobile Manufacturers"
    assert {c.id for c in caam.claims} >= {"nev-sales.2021-jan-oct", "nev-sales.2021-estimate"}
    with pytest.raises(NotFoundError):
        lookup.entity(ds, "Toyota Motor")


def test_entities_json_lists_them_all_and_one_with_its_claims(xev: Xev, ds: Dataset) -> None:
    everyone = xev("entities", "--json").json()
    assert everyone["count"] == len(ds.entities) and everyone["claims"] == []
    one = xev("entities", "reijun", "--json").json()
    assert one["query"] == {"name": "reijun", "entity": "lei-jun"}
    assert {c["id"]: c["roles"] for c in one["claims"]}["xiaomi.ceo"] == ["value"]


def test_search_ranks_the_best_match_first(ds: Dataset) -> None:
    from xiaomi_ev_cli.search import search

    assert search(ds, "team size").claims[0].id == "q3-report.team-size"
    assert search(ds, "300,000").claims[0].id == "plant.capacity"
    assert search(ds, "雷军").claims[0].id in ("production.target-set", "xiaomi.ceo")
    assert search(ds, "smartphne").claims[0].id == "xiaomi.description"  # a typo
    scores = [x["score"] for x in search(ds, "NEV sales").extras]
    assert scores == sorted(scores, reverse=True)


def test_search_highlights_matches_on_a_terminal(xev: Xev) -> None:
    run = xev("search", "staff", tty=True, env={"FORCE_COLOR": "1"})
    assert "\x1b[1;3;33mstaff" in run.stdout  # bold yellow inside the italic quote


def test_search_for_nothing_is_not_found(xev: Xev) -> None:
    assert xev("search", "zzzqqq").exit_code == 1
    assert xev("search", "the").exit_code == 1


def test_corrections_list_what_the_issue_names(xev: Xev) -> None:
    rows = xev("corrections", "--json").json()["corrections"]
    text = " ".join(r["text"] for r in rows)
    for expected in ["'Reijun' is Lei Jun", "five months", "+176.6%",
                     "China Association of Automobile Manufacturers",
                     "could not be confirmed", "Tongzhou"]:
        assert expected in text, expected
    assert all(r["kind"] in ("correction", "resolution", "translation") for r in rows)
    only = xev("corrections", "--kind", "correction", "--json").json()["corrections"]
    assert only and {r["kind"] for r in only} == {"correction"}


def test_affected_claims_show_their_correction_beside_them(xev: Xev) -> None:
    screen = xev("sales", "--year", "2021", tty=True, env={"NO_COLOR": "1"}).stdout
    assert "“up 180% year-on-year” !" in screen
    assert "CAAM's data give +176.6%" in " ".join(screen.split())


def test_followups_are_marked_apart_and_can_be_hidden(xev: Xev) -> None:
    doc = xev("plant", "--json").json()
    assert doc["followups"] and all(f["layer"] == "follow-up" for f in doc["followups"])
    assert all(f["sources"] and f["strength"] for f in doc["followups"])
    assert not any(c["id"].startswith("followup.") for c in doc["claims"])
    assert xev("plant", "--no-followups", "--json").json()["followups"] == []
    screen = xev("plant", tty=True, env={"NO_COLOR": "1"}).stdout
    assert "later reporting, not the article" in screen
    lines = xev("plant", "--no-followups").stdout
    assert "followup." not in lines


def test_first_deliveries_met_the_target_and_2021_beat_the_estimate(ds: Dataset) -> None:
    shown = lookup.show(ds, "production.target")
    assert [f.id for f in shown.followups] == ["followup.first-deliveries"]
    assert shown.followups[0].date.date == "2024-04-03"
    actual = next(f for f in ds.followups if f.id == "followup.nev-sales-2021")
    assert actual.value is not None and actual.value.type == "quantity"
    assert actual.value.amount == 3521000 and "nev-sales.2021-estimate" in actual.relates_to


def test_sales_2020_answers_with_the_derived_figure(xev: Xev) -> None:
    run = xev("sales", "--year", "2020", "--json")
    assert run.exit_code == 0
    doc = run.json()
    assert doc["claims"] == []
    (figure,) = doc["derived"]
    assert figure["layer"] == "derived" and figure["formula"] == "sales / (1 + growth / 100)"
    assert figure["value"] == {"type": "quantity", "amount": 907143, "unit": "vehicle", "per": None,
                               "bound": "about"}
    assert figure["input_values"] == {"sales": 2540000.0, "growth": 180.0}
    plain = xev("sales", "--year", "2020").stdout
    assert "derived" in plain and "about 907,143 vehicles" in plain


def test_derived_capacity_per_phase(ds: Dataset) -> None:
    figures = {f.definition.id: f for f in lookup.topic(ds, "plant").derived}
    assert figures["derived.capacity-per-phase"].value.amount == 150000


def test_sales_bars_on_a_terminal(xev: Xev) -> None:
    screen = xev("sales", tty=True, env={"NO_COLOR": "1"}).stdout
    assert "NEV sales, millions of vehicles" in screen
    for line in ["0.91 M  derived", "2.54 M  article", "3.00 M  estimate", "3.52 M  follow-up"]:
        assert line in screen
    assert "▒" in screen and "█" in screen


def test_the_brief_is_one_screen_with_sources(xev: Xev) -> None:
    run = xev(tty=True, env={"NO_COLOR": "1", "COLUMNS": "120"})
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert len(lines) <= 40
    text = " ".join(run.stdout.split())
    assert "300,000 vehicles a year" in text and "[plant.capacity]" in text
    assert "follow-up, 2024-04-03" in text and "xev --help" in text


# ---- formulas ---------------------------------------------------------------------------------

def test_formulas_are_arithmetic_only() -> None:
    assert formula.evaluate("a / (1 + b / 100)", {"a": 280.0, "b": 180.0}) == 100.0
    for bad in ["__import__('os')", "a ** 2", "a.b", "[a]", "a if b else c", "'x'", "a +"]:
        with pytest.raises(formula.FormulaError):
            formula.names(bad)
    with pytest.raises(formula.FormulaError):
        formula.evaluate("a / 0", {"a": 1.0})


def test_a_derived_figure_with_a_bad_input_is_a_dataset_error(xev: Xev, data_copy: Path) -> None:
    doc = read_json(data_copy / "derived.json")
    doc["derived"][0]["inputs"]["sales"] = "xiaomi.description"
    doc["derived"][1]["formula"] = "capacity ** stages"
    write_json(data_copy / "derived.json", doc)
    run = xev("--data", str(data_copy), "validate")
    assert run.exit_code == 3
    assert "claim 'xiaomi.description' is not a quantity" in run.stderr
    assert "only + - * / are allowed" in run.stderr


# ---- fields and formats ---------------------------------------------------------------------

def test_fields_cut_rows_down(xev: Xev) -> None:
    lines = xev("sales", "-y", "2021", "--no-followups", "-f", "jsonl", "--fields", "id,quote").stdout
    rows = [json.loads(line) for line in lines.splitlines()]
    assert rows[0] == {"id": "nev-sales.2021-jan-oct",
                       "quote": "NEV sales reached 2.54 million units in the first 10 months of 2021"}
    doc = xev("plant", "--json", "--fields", "id").json()
    assert all(set(c) == {"id"} for c in doc["claims"])
    table = list(csv.reader(io.StringIO(xev("timeline", "-f", "csv", "--fields", "date,label").stdout)))
    assert table[0] == ["date", "label"] and len(table) > 10


def test_an_unknown_field_lists_the_valid_ones(xev: Xev) -> None:
    run = xev("plant", "--json", "--fields", "id,colour")
    assert run.exit_code == 2
    error = json.loads(run.stderr)["error"]
    assert "unknown field 'colour'" in error["message"] and "quote" in error["message"]
    assert xev("plant", "--fields", "id").exit_code == 2  # fields go with machine formats


# ---- the dataset: validate, schema, export, --data --------------------------------------------

def test_validate_the_shipped_and_a_broken_dataset(xev: Xev, data_copy: Path) -> None:
    ok = xev("validate", str(data_copy), "--json")
    assert ok.exit_code == 0
    assert ok.json()["valid"] is True and ok.json()["counts"]["claims"] == 46
    doc = read_json(data_copy / "claims.json")
    doc["claims"][0]["span"]["end"] += 3
    doc["claims"][5]["attribution"]["by"] = "nobody"
    write_json(data_copy / "claims.json", doc)
    bad = xev("validate", str(data_copy))
    assert bad.exit_code == 3 and len(bad.stderr.splitlines()) == 2


def test_a_dataset_without_followups_or_derived_figures_still_works(xev: Xev, data_copy: Path) -> None:
    (data_copy / "followups.json").unlink()
    (data_copy / "derived.json").unlink()
    run = xev("--data", str(data_copy), "sales", "--year", "2020")
    assert run.exit_code == 1 and "years with figures: 2021" in run.stderr
    assert xev("--data", str(data_copy), "timeline", "--json").json()["followups"] == []


@pytest.mark.parametrize("name", ["output", "error", "claims", "entities", "sources", "followups",
                                  "derived"])
def test_schema_prints_each_schema(xev: Xev, name: str) -> None:
    run = xev("schema", name)
    assert run.exit_code == 0
    assert json.loads(run.stdout)["$schema"].startswith("https://json-schema.org/")


def test_schema_names_the_choices_for_an_unknown_one(xev: Xev) -> None:
    run = xev("schema", "nope")
    assert run.exit_code == 2
    assert "schemas: claims, entities, sources, followups, derived, output, error" in run.stderr


def test_export_to_sqlite_opens_with_claims_entities_and_sources(xev: Xev, tmp_path: Path) -> None:
    target = tmp_path / "xev.db"
    run = xev("export", "--to", "sqlite", "-o", str(target))
    assert run.exit_code == 0 and run.stdout == ""
    db = sqlite3.connect(target)
    try:
        tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
        assert tables == {"claims", "notes", "entities", "sources", "followups", "derived"}
        capacity = db.execute("select amount from claims where id='plant.capacity'").fetchone()
        assert capacity == (300000,)
        (name,) = db.execute("select e.name from claims c join entities e on e.id = c.attributed_to"
                             " where c.id = 'nev-sales.2021-jan-oct'").fetchone()
        assert name == "China Association of Automobile Manufacturers"
        assert db.execute("select count(*) from sources where text is not null").fetchone() == (1,)
    finally:
        db.close()
    assert [p.name for p in tmp_path.iterdir()] == ["xev.db"], "no temporary file is left behind"


def test_export_never_replaces_a_file_without_force(xev: Xev, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("keep me", encoding="utf-8")
    run = xev("export", "--to", "jsonl", "-o", str(target))
    assert run.exit_code == 2 and "add --force" in run.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert xev("export", "--to", "jsonl", "-o", str(target), "--force").exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 46 + 13 + 3 and json.loads(lines[0])["id"] == "xiaomi.description"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def test_export_to_stdout_and_its_errors(xev: Xev, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(xev("export", "--to", "csv").stdout)))
    assert {r["layer"] for r in rows} == {"article", "follow-up", "derived"}
    assert xev("export", "--to", "sqlite").exit_code == 2
    assert xev("export", "--to", "xml").exit_code == 2
    assert xev("export", "--to", "csv", "-o", str(tmp_path / "no" / "such" / "x.csv")).exit_code == 2


# ---- completion and suggestions ---------------------------------------------------------------

def test_completion_offers_ids_topics_entities_and_years() -> None:
    assert cli.complete_ids("plant.c") == ["plant.capacity", "plant.city"]
    assert "nev-sales" in cli.complete_topics("nev")
    assert "雷军" in cli.complete_entities("雷")
    assert cli.complete_years("20") == ["2020", "2021"]


def test_the_shell_gets_completions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("_XEV_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "xev show plant.c")
    monkeypatch.setenv("COMP_CWORD", "2")
    with pytest.raises(SystemExit):
        cli.app(prog_name="xev")
    assert capsys.readouterr().out.split() == ["plant.capacity", "plant.city"]


def test_every_command_has_help_with_an_example(xev: Xev) -> None:
    commands = [c.name or c.callback.__name__ for c in cli.app.registered_commands
                if not c.hidden and c.callback is not None]
    assert len(commands) >= 17
    for command in commands:
        run = xev(command, "--help")
        assert run.exit_code == 0, command
        text = " ".join(run.stdout.split())
        assert "Examples:" in text, command
        assert f"xev {command}" in text or (command == "brief" and "xev |" in text), command


def test_note_kinds_filter_is_validated(xev: Xev) -> None:
    assert xev("corrections", "--kind", "gossip").exit_code == 2
    context = xev("corrections", "--kind", "context", "--json").json()["corrections"]
    assert context and {r["kind"] for r in context} == {NoteKind.context.value}
