"""Renderers: a Result becomes JSON, JSONL, CSV, plain text, or (on a terminal) a Rich table."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

from .dataset import Dataset
from .lookup import Result
from .models import SCHEMA_VERSION, Bound, Claim, Note, Quantity, Value, When

if TYPE_CHECKING:
    from rich.console import RenderableType


class OutputFormat(StrEnum):
    """The output formats every command offers."""

    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


MACHINE_FORMATS = (OutputFormat.json, OutputFormat.jsonl, OutputFormat.csv)


@dataclass(frozen=True)
class Output:
    """How to write: the format, whether to use colour and styles, and the width for tables."""

    format: OutputFormat
    color: bool
    width: int | None = None


def decide_output(
    requested: OutputFormat | None,
    *,
    is_terminal: bool,
    env: Mapping[str, str],
    no_color: bool = False,
    terminal_width: int | None = None,
) -> Output:
    """Pick format and colour from the request, whether stdout is a terminal, and the environment.

    No format asked for: a table on a terminal, plain lines in a pipe. Colour follows
    --no-color, NO_COLOR and TERM=dumb (off), then FORCE_COLOR (on), then the terminal.
    """
    fmt = requested or (OutputFormat.table if is_terminal else OutputFormat.plain)
    if no_color or "NO_COLOR" in env or env.get("TERM") == "dumb":
        color = False
    elif env.get("FORCE_COLOR"):
        color = True
    else:
        color = is_terminal
    width = terminal_width
    columns = env.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        width = int(columns)
    return Output(fmt, color, width)


# Characters that a terminal could act on, or that reorder or hide text: shown as escapes.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def inert(text: str) -> str:
    """The text with control, bidi and invisible format characters written as visible escapes."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(obj: Any, ascii_only: bool = False) -> str:
    """JSON text: UTF-8 kept readable, but every control, bidi or invisible character escaped."""
    if ascii_only:
        return json.dumps(obj, ensure_ascii=True)
    return _UNSAFE.sub(_json_escape, json.dumps(obj, ensure_ascii=False))


def ascii_only(stream: TextIO) -> bool:
    """Whether the stream's encoding cannot carry all of Unicode (PYTHONIOENCODING=ascii, say)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return False
    try:
        "\u96f7\U0001f697".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return True
    return False


# ---- words for values -------------------------------------------------------------------------

_UNITS = {"vehicle": ("vehicle", "vehicles"), "person": ("person", "people"),
          "stage": ("stage", "stages"), "month": ("month", "months")}
_BOUNDS = {Bound.exact: "", Bound.about: "about ", Bound.more_than: "more than ",
           Bound.at_least: "at least ", Bound.less_than: "less than ", Bound.at_most: "at most ",
           Bound.could_reach: "could reach "}


def _number(amount: float) -> str:
    if isinstance(amount, float) and not amount.is_integer():
        return f"{amount:,}"
    return f"{int(amount):,}"


def quantity_text(q: Quantity) -> str:
    """'more than 500 people', 'US$10 billion', '300,000 vehicles a year', '180%'."""
    if q.unit == "usd":
        words = "US$" + (f"{q.amount / 1e9:g} billion" if q.amount >= 1e9 else _number(q.amount))
    elif q.unit == "percent":
        words = _number(q.amount) + "%"
    else:
        one, many = _UNITS.get(q.unit, (q.unit, q.unit))
        words = f"{_number(q.amount)} {one if q.amount == 1 else many}"
    if q.per:
        words += " a year" if q.per == "year" else f" per {q.per}"
    return _BOUNDS[q.bound] + words


def value_text(value: Value, ds: Dataset) -> str:
    """A claim's value in words."""
    if value.type == "quantity":
        return quantity_text(value)
    if value.type == "date":
        return value.date
    if value.type == "entity":
        return ds.entity_name(value.entity, short=True) or value.entity
    return value.text


def statement_text(claim: Claim, ds: Dataset) -> str:
    """The value with its period: '2,540,000 vehicles (first 10 months of 2021)'."""
    words = value_text(claim.value, ds)
    return f"{words} ({claim.period.label})" if claim.period else words


def attribution_text(claim: Claim, ds: Dataset) -> str:
    """Who said it, and through what: 'E-Town (statement on E-Town's WeChat account)'."""
    by = ds.entity_name(claim.attribution.by, short=True)
    via = claim.attribution.via
    if by and via:
        return f"{by} ({via})"
    return by or (f"{via} (unnamed)" if via else "the article")


def when_text(when: When | None) -> str:
    """A statement date, or '-' when the source does not give one."""
    return when.date if when else "-"


def note_text(note: Note, ds: Dataset) -> str:
    """A note in one line: its reasoning, the value it arrives at, and its sources."""
    parts = [note.text]
    if note.value is not None:
        parts.append(f"-> {value_text(note.value, ds)}")
    if note.sources:
        parts.append("[" + "; ".join(source_label(ds, s) for s in note.sources) + "]")
    return " ".join(parts)


def source_label(ds: Dataset, source_id: str) -> str:
    """'Pandaily, 2021-11-27', with the strength where it is not high."""
    source = ds.sources.get(source_id)
    if source is None:
        return source_id
    if source.kind == "article":
        return f"the article ({source.date})" if source.date else "the article"
    label = ", ".join(p for p in (source.publisher or source.title or source.id, source.date) if p)
    if source.strength and source.strength != "high":
        label += f" ({source.strength.value})"
    return label


# ---- machine formats --------------------------------------------------------------------------

def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim as its JSON object: the same everywhere a command returns claims."""
    return claim.model_dump(mode="json")


def document(result: Result, ds: Dataset) -> dict[str, Any]:
    """The JSON document of a result: query, claims, and the entities and sources they name."""
    entity_ids: dict[str, None] = {}
    source_ids: dict[str, None] = {}
    for claim in result.claims:
        refs = [claim.subject, claim.attribution.by, _entity_ref(claim.value)]
        refs += [_entity_ref(n.value) for n in claim.notes]
        entity_ids.update(dict.fromkeys(r for r in refs if r))
        source_ids[claim.source] = None
        for note in claim.notes:
            source_ids.update(dict.fromkeys(note.sources))
    context = result.context
    return {
        "schema_version": SCHEMA_VERSION,
        "command": result.command,
        "query": result.query,
        "count": len(result.claims),
        "claims": [claim_record(c) for c in result.claims],
        "context": None if context is None else
        {"sentence": context.text, "start": context.start, "end": context.end},
        "entities": {i: ds.entities[i].model_dump(mode="json") for i in entity_ids
                     if i in ds.entities},
        "sources": {i: ds.sources[i].model_dump(mode="json") for i in source_ids
                    if i in ds.sources},
    }


def _entity_ref(value: Value | None) -> str | None:
    return value.entity if value is not None and value.type == "entity" else None


CSV_COLUMNS = (
    "id", "topic", "label", "subject", "property", "value_type", "value", "amount", "unit", "per",
    "bound", "date", "precision", "entity", "text", "period_label", "period_start", "period_end",
    "modality", "attributed_to", "via", "stated", "source", "quote", "span_start", "span_end",
    "notes",
)


def csv_row(claim: Claim, ds: Dataset) -> dict[str, Any]:
    """A claim flattened to the CSV columns."""
    v = claim.value
    p = claim.period
    return {
        "id": claim.id, "topic": claim.topic, "label": claim.label, "subject": claim.subject,
        "property": claim.property, "value_type": v.type, "value": value_text(v, ds),
        "amount": v.amount if v.type == "quantity" else "",
        "unit": v.unit if v.type == "quantity" else "",
        "per": (v.per or "") if v.type == "quantity" else "",
        "bound": v.bound.value if v.type == "quantity" else "",
        "date": v.date if v.type == "date" else "",
        "precision": v.precision.value if v.type == "date" else "",
        "entity": v.entity if v.type == "entity" else "",
        "text": v.text if v.type == "text" else "",
        "period_label": p.label if p else "", "period_start": (p.start or "") if p else "",
        "period_end": (p.end or "") if p else "",
        "modality": claim.modality.value, "attributed_to": claim.attribution.by or "",
        "via": claim.attribution.via or "", "stated": claim.stated.date if claim.stated else "",
        "source": claim.source, "quote": claim.quote,
        "span_start": claim.span.start, "span_end": claim.span.end,
        "notes": " | ".join(f"{n.kind.value}: {note_text(n, ds)}" for n in claim.notes),
    }


def write_json(result: Result, ds: Dataset, stream: TextIO) -> None:
    """One JSON document."""
    stream.write(dumps(document(result, ds), ascii_only(stream)) + "\n")


def write_jsonl(result: Result, ds: Dataset, stream: TextIO) -> None:
    """One claim object a line."""
    escape = ascii_only(stream)
    for claim in result.claims:
        stream.write(dumps(claim_record(claim), escape) + "\n")


def write_csv(result: Result, ds: Dataset, stream: TextIO) -> None:
    """A header and one row a claim; text cells have control characters escaped."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in result.claims:
        row = csv_row(claim, ds)
        writer.writerow({k: inert(v) if isinstance(v, str) else v for k, v in row.items()})


def plain_fields(claim: Claim, ds: Dataset) -> list[str]:
    """The plain columns: id, label, value, modality, said by, stated, quote."""
    return [claim.id, claim.label, statement_text(claim, ds), claim.modality.value,
            attribution_text(claim, ds), when_text(claim.stated), f"“{claim.quote}”"]


def write_plain(result: Result, ds: Dataset, stream: TextIO) -> None:
    """Tab-separated lines, one a claim (a list), or 'field<TAB>value' lines (one claim)."""
    if result.command == "show":
        for key, text in show_fields(result, ds):
            stream.write(f"{key}\t{inert(text)}\n")
        return
    for claim in result.claims:
        stream.write("\t".join(inert(f) for f in plain_fields(claim, ds)) + "\n")


def show_fields(result: Result, ds: Dataset) -> list[tuple[str, str]]:
    """Every field of a shown claim, in reading order, as words."""
    claim = result.claims[0]
    rows = [
        ("id", claim.id), ("label", claim.label), ("topic", claim.topic),
        ("subject", f"{ds.entity_name(claim.subject)} ({claim.subject})"),
        ("property", claim.property), ("value", value_text(claim.value, ds)),
    ]
    if claim.period:
        bounds = " to ".join(d for d in (claim.period.start, claim.period.end) if d)
        rows.append(("period", claim.period.label + (f" ({bounds})" if bounds else "")))
    rows += [
        ("modality", claim.modality.value),
        ("said by", attribution_text(claim, ds)),
        ("stated", when_text(claim.stated)),
        ("source", source_label(ds, claim.source)),
        ("quote", f"“{claim.quote}”"),
        ("span", f"{claim.span.start}-{claim.span.end}"),
    ]
    if result.context:
        rows.append(("sentence", result.context.text))
    rows += [(f"note ({n.kind.value})", note_text(n, ds)) for n in claim.notes]
    return rows


# ---- the terminal ----------------------------------------------------------------------------

def write_table(result: Result, ds: Dataset, stream: TextIO, out: Output) -> None:
    """Rich output: a card for one claim, a table with its notes for several."""
    from rich.console import Console

    console = Console(
        file=stream, width=out.width, force_terminal=out.color, no_color=not out.color,
        color_system="auto" if out.color else None, markup=False, emoji=False,
        highlight=False, legacy_windows=False, force_jupyter=False, force_interactive=False,
    )
    if result.command == "show":
        console.print(card(result, ds))
    else:
        console.print(claims_table(result, ds, console.width))


def claims_table(result: Result, ds: Dataset, width: int) -> RenderableType:
    """Claims as a table: the claim and its id, the value with who said it and when, the quote."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(inert(result.title), style="bold"), box=box.SIMPLE_HEAD, show_lines=True,
        caption=Text(_caption(ds), style="dim"), caption_justify="left", title_justify="left",
        header_style="bold",
    )
    # Nothing is cut, and ids stay on one line where the width allows: they are for copying.
    longest_id = max((len(c.id) for c in result.claims), default=0)
    table.add_column("Claim", overflow="fold", min_width=min(longest_id, width // 3))
    table.add_column("Value, said by", ratio=2, overflow="fold")
    table.add_column("Quote", ratio=3, overflow="fold")
    for claim in result.claims:
        first = Text(inert(claim.label), style="bold")
        first.append("\n" + claim.id, style="dim")
        value = Text(inert(value_text(claim.value, ds)), style="bold cyan")
        if claim.period:
            value.append("\n" + inert(claim.period.label), style="dim")
        if claim.modality != "reported":
            value.append("\n" + claim.modality.value, style="magenta")
        value.append("\n" + inert(attribution_text(claim, ds)))
        if claim.stated:
            value.append(", " + claim.stated.date, style="dim")
        marks = "".join(_NOTE_MARKS[n.kind] for n in _shown_notes(claim))
        quote = Text(f"“{inert(claim.quote)}”", style="italic")
        if marks:
            quote.append(" " + marks, style="yellow")
        table.add_row(first, value, quote)
    notes = _grouped_notes(result.claims, ds)
    if not notes:
        return table
    lines = Text()
    for kind, text, ids in notes:
        lines.append(f"{_NOTE_MARKS[kind]} {kind}", style="yellow")
        lines.append(f" ({', '.join(ids)}): ", style="dim")
        lines.append(inert(text) + "\n")
    lines.append("Every note and source: xev show ID", style="dim")
    return Group(table, lines)


_NOTE_MARKS = {"correction": "!", "resolution": "*", "translation": "~", "inference": "?",
               "context": "+"}


def _shown_notes(claim: Claim) -> Iterable[Note]:
    return (n for n in claim.notes if n.kind in ("correction", "resolution"))


def _grouped_notes(claims: Iterable[Claim], ds: Dataset) -> list[tuple[str, str, list[str]]]:
    groups: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        for note in _shown_notes(claim):
            groups.setdefault((note.kind.value, note_text(note, ds)), []).append(claim.id)
    return [(kind, text, ids) for (kind, text), ids in groups.items()]


def _caption(ds: Dataset) -> str:
    article = next((s for s in ds.sources.values() if s.kind == "article"), None)
    if article is None:
        return "Source: the dataset's sources"
    return (f"Source: the article of {article.date or 'unknown date'} (English machine translation;"
            " title and publisher unknown). Quotes are verbatim.")


def card(result: Result, ds: Dataset) -> RenderableType:
    """One claim in full: its fields, its quote lit up in its sentence, and every note."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    claim = result.claims[0]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for key, text in show_fields(result, ds):
        if key == "sentence" or key.startswith("note"):
            continue
        grid.add_row(key, Text(inert(text), style="bold cyan" if key == "value" else ""))
    parts: list[RenderableType] = [grid]
    context = result.context
    if context is not None:
        sentence = Text("“")
        at = claim.span.start - context.start
        end = claim.span.end - context.start
        sentence.append(inert(context.text[:at]), style="dim")
        sentence.append(inert(context.text[at:end]), style="bold underline")
        sentence.append(inert(context.text[end:]), style="dim")
        sentence.append("”")
        parts += [Text("\nIn the article", style="bold"), sentence]
    if claim.notes:
        parts.append(Text("\nNotes", style="bold"))
        for note in claim.notes:
            line = Text(f"{_NOTE_MARKS[note.kind]} {note.kind.value}: ", style="yellow")
            line.append(inert(note_text(note, ds)))
            parts.append(line)
    return Panel(Group(*parts), title=Text(inert(claim.label), style="bold"),
                 subtitle=Text(claim.id, style="dim"), title_align="left",
                 subtitle_align="right", expand=False)


WRITERS: dict[OutputFormat, Callable[[Result, Dataset, TextIO], None]] = {
    OutputFormat.json: write_json,
    OutputFormat.jsonl: write_jsonl,
    OutputFormat.csv: write_csv,
    OutputFormat.plain: write_plain,
}


def render(result: Result, ds: Dataset, out: Output, stream: TextIO) -> None:
    """Write a result in the chosen format."""
    if out.format is OutputFormat.table:
        write_table(result, ds, stream, out)
    else:
        WRITERS[out.format](result, ds, stream)


def error_json(code: str, message: str, exit_code: int, problems: list[str] | None = None) -> str:
    """An error as one JSON line, for scripts that asked for JSON."""
    return dumps({"error": {"code": code, "message": message, "exit_code": exit_code,
                            "problems": problems}}, ascii_only=True)
