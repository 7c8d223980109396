"""The command line as users and scripts meet it: output, errors, exit codes, help."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from xiaomi_ev_cli import __version__, lookup
from xiaomi_ev_cli.dataset import Dataset
from xiaomi_ev_cli.schema import ErrorDocument, OutputDocument

from .conftest import Xev, read_json, write_json

COMMANDS = [["plant"], ["sales", "--year", "2021"], ["claims"], ["claims", "--topic", "e-town"],
            ["show", "plant.capacity"]]
CLAIM_KEYS = {"id", "topic", "label", "aliases", "subject", "property", "value", "period", "modality",
              "attribution", "stated", "source", "quote", "span", "notes"}
DOCUMENT_KEYS = {"schema_version", "command", "query", "count", "claims", "context", "entities",
                 "sources", "followups", "derived", "events", "corrections", "answers"}


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_machine_formats_are_identical_on_a_terminal_and_in_a_pipe(
    xev: Xev, args: list[str], fmt: str
) -> None:
    terminal = xev(*args, "--format", fmt, tty=True)
    pipe = xev(*args, "--format", fmt, tty=False)
    assert terminal.exit_code == pipe.exit_code == 0
    assert terminal.stdout == pipe.stdout
    assert terminal.stderr == pipe.stderr == ""
    assert "\x1b" not in pipe.stdout


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(("tty", "table"), [pytest.param(True, True, id="terminal"),
                                            pytest.param(False, False, id="pipe")])
def test_the_default_is_a_table_on_a_terminal_and_plain_lines_in_a_pipe(
    xev: Xev, args: list[str], tty: bool, table: bool
) -> None:
    run = xev(*args, tty=tty)
    assert run.exit_code == 0 and run.stderr == ""
    assert ("\x1b[" in run.stdout) is table
    if not table:
        assert "\t" in run.stdout
        assert all("\x1b" not in line for line in run.stdout.splitlines())


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}], ids=["NO_COLOR", "TERM=dumb"])
def test_no_escape_codes_when_colour_is_off(xev: Xev, env: dict[str, str]) -> None:
    run = xev("plant", tty=True, env=env)
    assert run.exit_code == 0
    assert "\x1b" not in run.stdout
    assert "Annual production" in run.stdout


def test_no_color_flag_and_force_color(xev: Xev) -> None:
    assert "\x1b" not in xev("plant", "--no-color", tty=True).stdout
    assert "\x1b[" in xev("plant", "--format", "table", env={"FORCE_COLOR": "1"}).stdout


def test_json_shorthand_equals_format_json(xev: Xev) -> None:
    assert xev("sales", "--year", "2021", "--json").stdout == \
        xev("sales", "-y", "2021", "-f", "json").stdout


def test_claims_json_prints_every_claim_with_id_quote_and_typed_value(xev: Xev, ds: Dataset) -> None:
    doc = xev("claims", "--json").json()
    assert doc["count"] == len(doc["claims"]) == len(ds.claims)
    for claim in doc["claims"]:
        assert set(claim) == CLAIM_KEYS
        assert claim["quote"] == ds.texts["article"][claim["span"]["start"]:claim["span"]["end"]]
        assert claim["value"]["type"] in ("quantity", "date", "entity", "text")
    amounts = {c["id"]: c["value"]["amount"] for c in doc["claims"] if c["value"]["type"] == "quantity"}
    assert amounts["plant.capacity"] == 300000
    assert amounts["nev-sales.2021-jan-oct"] == 2540000
    assert amounts["investment.amount"] == 10000000000


def test_the_json_contract_has_exactly_the_documented_keys(xev: Xev) -> None:
    for args in COMMANDS:
        doc = xev(*args, "--json").json()
        assert set(doc) == DOCUMENT_KEYS
        assert doc["schema_version"] == 1
        OutputDocument.model_validate(doc)
        assert all(set(c) == CLAIM_KEYS for c in doc["claims"])
        named = {c["subject"] for c in doc["claims"]}
        assert named <= set(doc["entities"])
        assert {c["source"] for c in doc["claims"]} <= set(doc["sources"])


def test_the_same_claim_object_appears_everywhere(xev: Xev) -> None:
    from_show = xev("show", "plant.capacity", "--json").json()["claims"][0]
    from_plant = [c for c in xev("plant", "--json").json()["claims"] if c["id"] == "plant.capacity"]
    from_claims = [json.loads(line) for line in xev("claims", "-f", "jsonl").stdout.splitlines()]
    assert [from_show] == from_plant == [c for c in from_claims if c["id"] == "plant.capacity"]


def test_sales_2021_json_for_scripts(xev: Xev) -> None:
    doc = xev("sales", "--year", "2021", "--json").json()
    assert doc["query"] == {"year": 2021}
    by_id = {c["id"]: c for c in doc["claims"]}
    assert by_id["nev-sales.2021-jan-oct"]["period"] == {
        "label": "first 10 months of 2021", "start": "2021-01-01", "end": "2021-10-31"}
    assert by_id["nev-sales.2021-jan-oct"]["attribution"]["by"] == "caam"
    assert by_id["nev-sales.2021-jan-oct-growth"]["value"]["amount"] == 180
    estimate = by_id["nev-sales.2021-estimate"]
    assert estimate["modality"] == "estimate"
    assert estimate["value"]["bound"] == "could_reach"
    assert doc["entities"]["caam"]["name"] == "China Association of Automobile Manufacturers"


def test_show_json_carries_the_sentence(xev: Xev) -> None:
    doc = xev("show", "q3-report.team-size", "--json").json()
    assert doc["context"]["sentence"].startswith("Xiaomi revealed in its latest third-quarter")
    assert "a team of more than 500 staff" in doc["context"]["sentence"]


def test_csv_has_a_header_and_a_row_a_claim(xev: Xev, ds: Dataset) -> None:
    rows = list(csv.DictReader(io.StringIO(xev("claims", "--format", "csv").stdout)))
    assert len(rows) == len(ds.claims)
    capacity = next(r for r in rows if r["id"] == "plant.capacity")
    assert capacity["amount"] == "300000" and capacity["per"] == "year"
    assert capacity["quote"] == "the new plant will be able to produce 300,000 vehicles annually"


def test_show_plain_lists_every_field(xev: Xev) -> None:
    run = xev("show", "plant.capacity")
    fields = dict(line.split("\t", 1) for line in run.stdout.splitlines()
                  if not line.startswith("note"))
    assert fields["value"] == "300,000 vehicles a year"
    assert fields["said by"] == "E-Town (WeChat statement)"
    assert fields["quote"] == "“the new plant will be able to produce 300,000 vehicles annually”"
    assert fields["sentence"].startswith("According to a statement posted by E-Town")
    assert fields["also asked as"].startswith("output, cars a year")  # the dataset's words, named so


def test_show_on_a_terminal_lights_up_the_quote_in_its_sentence(xev: Xev) -> None:
    run = xev("show", "plant.capacity", tty=True)
    assert "\x1b[1;4m" in run.stdout  # bold underline: the quote inside its sentence
    assert "In the article" in run.stdout


# ---- errors and exit codes ------------------------------------------------------------------

def test_a_year_without_figures_exits_1_naming_the_years_with_figures(xev: Xev) -> None:
    run = xev("sales", "--year", "2019")
    assert (run.exit_code, run.stdout) == (1, "")
    assert run.stderr == ("xev: no NEV sales figures for 2019;"
                          " years with figures: 2020 (derived), 2021\n")


def test_a_year_that_is_not_a_number_is_a_usage_error(xev: Xev) -> None:
    run = xev("sales", "--year", "abc")
    assert (run.exit_code, run.stdout) == (2, "")
    assert run.stderr.count("\n") == 1
    assert run.stderr.startswith("xev: Invalid value for '--year'")
    assert "xev sales --help" in run.stderr


def test_an_unknown_id_exits_1_with_the_nearest_ids(xev: Xev) -> None:
    run = xev("show", "plant.capcity")
    assert run.exit_code == 1
    assert "did you mean 'plant.capacity'" in run.stderr


def test_a_mistyped_command_gets_a_suggestion(xev: Xev) -> None:
    run = xev("plnt")
    assert run.exit_code == 2
    assert "Did you mean 'plant'?" in run.stderr
    assert run.stderr.count("\n") == 1


def test_an_unknown_format_is_a_usage_error(xev: Xev) -> None:
    run = xev("plant", "--format", "yaml")
    assert run.exit_code == 2 and run.stdout == ""
    assert "yaml" in run.stderr and run.stderr.count("\n") == 1


def test_errors_are_json_when_json_was_asked_for(xev: Xev) -> None:
    run = xev("sales", "--year", "2019", "--json")
    assert run.exit_code == 1 and run.stdout == ""
    doc = json.loads(run.stderr)
    ErrorDocument.model_validate(doc)
    assert doc["error"]["code"] == "not_found" and doc["error"]["exit_code"] == 1
    usage = json.loads(xev("sales", "--year", "abc", "--format", "jsonl").stderr)
    assert usage["error"]["exit_code"] == 2


def _break(folder: Path) -> None:
    doc = read_json(folder / "claims.json")
    doc["claims"][0]["span"]["start"] += 1
    doc["claims"][1]["subject"] = "nobody"
    write_json(folder / "claims.json", doc)


@pytest.mark.parametrize("how", ["--data", "XEV_DATA"])
def test_a_broken_dataset_exits_3_with_one_line_a_problem(xev: Xev, data_copy: Path, how: str) -> None:
    _break(data_copy)
    if how == "--data":
        run = xev("--data", str(data_copy), "plant")
    else:
        run = xev("plant", env={"XEV_DATA": str(data_copy)})
    assert run.exit_code == 3 and run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"xev: invalid dataset: {data_copy / 'claims.json'}: claim '")
               for line in lines)
    assert "Traceback" not in run.stderr


def test_a_broken_dataset_in_json_mode_lists_every_problem(xev: Xev, data_copy: Path) -> None:
    _break(data_copy)
    doc = json.loads(xev("--data", str(data_copy), "claims", "--json").stderr)
    assert doc["error"]["exit_code"] == 3 and len(doc["error"]["problems"]) == 2


def test_a_missing_dataset_is_a_dataset_error_not_a_usage_error(xev: Xev, tmp_path: Path) -> None:
    run = xev("--data", str(tmp_path / "none"), "plant")
    assert run.exit_code == 3
    assert run.stderr == f"xev: invalid dataset: {tmp_path / 'none'}: no such file or folder\n"


def test_an_internal_error_is_one_line_and_code_70(xev: Xev, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> lookup.Result:
        raise RuntimeError("kaput")

    monkeypatch.setattr(lookup, "topic", boom)
    run = xev("plant")
    assert run.exit_code == 70
    assert run.stderr == ("xev: internal error: RuntimeError: kaput"
                          " (run with --debug for a traceback)\n")
    debug = xev("--debug", "plant")
    assert debug.exit_code == 70 and "Traceback" in debug.stderr and "kaput" in debug.stderr


# ---- help and version -------------------------------------------------------------------------

def test_main_help_leads_with_examples_and_documents_exit_codes(xev: Xev) -> None:
    run = xev("--help")
    assert run.exit_code == 0
    text = " ".join(run.stdout.split())
    assert "Examples:" in text and "xev plant" in text
    assert "Exit codes: 0 answered; 1 nothing found; 2 usage error; 3" in text


def test_version(xev: Xev) -> None:
    run = xev("--version")
    assert (run.exit_code, run.stdout) == (0, f"xev {__version__}\n")
