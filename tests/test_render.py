"""Renderers: words for values, format and colour decisions, escapes, golden terminal output."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xiaomi_ev_cli import lookup
from xiaomi_ev_cli.dataset import Dataset
from xiaomi_ev_cli.enums import Bound, OutputFormat
from xiaomi_ev_cli.escapes import _UNSAFE, dumps, inert
from xiaomi_ev_cli.models import Quantity
from xiaomi_ev_cli.render import Output, decide_output, quantity_text, render

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(("quantity", "words"), [
    (Quantity(amount=300000, unit="vehicle", per="year"), "300,000 vehicles a year"),
    (Quantity(amount=500, unit="person", bound=Bound.more_than), "more than 500 people"),
    (Quantity(amount=3000000, unit="vehicle", bound=Bound.could_reach), "could reach 3,000,000 vehicles"),
    (Quantity(amount=10_000_000_000, unit="usd"), "US$10 billion"),
    (Quantity(amount=176.6, unit="percent"), "176.6%"),
    (Quantity(amount=1, unit="stage"), "1 stage"),
    (Quantity(amount=7, unit="widget"), "7 widget"),
])
def test_quantities_read_as_the_article_means_them(quantity: Quantity, words: str) -> None:
    assert quantity_text(quantity) == words


@pytest.mark.parametrize(("tty", "env", "flag", "fmt", "color"), [
    pytest.param(True, {}, False, OutputFormat.table, True, id="terminal"),
    pytest.param(False, {}, False, OutputFormat.plain, False, id="pipe"),
    pytest.param(True, {"NO_COLOR": ""}, False, OutputFormat.table, False, id="NO_COLOR"),
    pytest.param(True, {"TERM": "dumb"}, False, OutputFormat.table, False, id="dumb-terminal"),
    pytest.param(True, {}, True, OutputFormat.table, False, id="--no-color"),
    pytest.param(False, {"FORCE_COLOR": "1"}, False, OutputFormat.plain, True, id="FORCE_COLOR"),
    pytest.param(True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, OutputFormat.table, False,
                 id="NO_COLOR-wins"),
])
def test_format_and_colour_follow_terminal_flags_and_environment(
    tty: bool, env: dict[str, str], flag: bool, fmt: OutputFormat, color: bool
) -> None:
    out = decide_output(None, is_terminal=tty, env=env, no_color=flag)
    assert (out.format, out.color) == (fmt, color)


def test_an_asked_for_format_wins_and_columns_sets_the_width() -> None:
    out = decide_output(OutputFormat.csv, is_terminal=True, env={"COLUMNS": "60"})
    assert out == Output(OutputFormat.csv, True, 60)


def test_inert_shows_escapes_and_bidi_overrides_as_text() -> None:
    hostile = "a\x1b[31mred\x1b]8;;file:///etc/passwd\x07b\u202ecba\x9b1m\u200b"
    shown = inert(hostile)
    assert _UNSAFE.search(shown) is None
    assert shown == "a\\x1b[31mred\\x1b]8;;file:///etc/passwd\\x07b\\u202ecba\\x9b1m\\u200b"


@given(st.text())
def test_inert_and_dumps_never_let_an_unsafe_character_through(text: str) -> None:
    assert _UNSAFE.search(inert(text)) is None
    encoded = dumps({"k": text})
    assert _UNSAFE.search(encoded) is None
    assert json.loads(encoded) == {"k": text}


def test_dumps_keeps_chinese_readable() -> None:
    assert dumps({"name": "雷军"}) == '{"name": "雷军"}'


def _render(ds: Dataset, result: lookup.Result, fmt: OutputFormat, color: bool = False,
            width: int = 100) -> str:
    stream = io.StringIO()
    render(result, ds, Output(fmt, color, width), stream)
    return stream.getvalue()


@pytest.mark.parametrize(("name", "query"), [
    ("plant", lambda ds: lookup.topic(ds, "plant")),
    ("sales-2021", lambda ds: lookup.sales(ds, 2021)),
    ("show-growth", lambda ds: lookup.show(ds, "nev-sales.2021-jan-oct-growth")),
])
def test_terminal_rendering_matches_the_golden_file(ds: Dataset, name: str, query) -> None:
    text = _render(ds, query(ds), OutputFormat.table)
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("XEV_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_the_table_shows_quote_source_and_corrections(ds: Dataset) -> None:
    text = _render(ds, lookup.sales(ds, 2021), OutputFormat.table, width=250)
    flat = " ".join(text.split())
    assert "could reach 3,000,000 vehicles" in flat
    assert "full year 2021 estimate" in flat
    assert "“The association estimates that full-year NEV sales could reach 3 million units”" in flat
    assert "nev-sales.2021-jan-oct-growth" in flat
    assert "correction (nev-sales.2021-jan-oct-growth): CAAM's data give +176.6%" in flat
    assert "Source: the article of 2021-11-28" in flat
    assert "\x1b" not in text


def test_color_output_is_styled_and_plain_output_is_not(ds: Dataset) -> None:
    result = lookup.topic(ds, "plant")
    assert "\x1b[" in _render(ds, result, OutputFormat.table, color=True)
    for fmt in OutputFormat:
        assert "\x1b" not in _render(ds, result, fmt, color=False)


def test_plain_is_one_tab_separated_line_a_claim(ds: Dataset) -> None:
    result = lookup.sales(ds, 2021, followups=False)
    lines = _render(ds, result, OutputFormat.plain).splitlines()
    assert len(lines) == len(result.claims)
    fields = lines[0].split("\t")
    assert fields == ["nev-sales.2021-jan-oct", "NEV sales, January-October 2021",
                      "2,540,000 vehicles (first 10 months of 2021)", "reported", "CAAM (data)",
                      "-", "“NEV sales reached 2.54 million units in the first 10 months of 2021”"]


def test_hostile_dataset_text_renders_inert_in_every_format(ds: Dataset) -> None:
    claim = ds.by_id["plant.capacity"]
    evil = claim.model_copy(update={"label": "[bold]x[/bold] \x1b[2J\u202e[link=file:///etc/passwd]y"})
    result = lookup.Result("claims", "t", (evil,))
    for fmt in OutputFormat:
        text = _render(ds, result, fmt, color=True)
        assert "\x1b[2J" not in text and "\u202e" not in text, fmt
    table = _render(ds, result, OutputFormat.table)
    assert "[bold]x[/bold]" in table, "Rich markup in data shows as text"
