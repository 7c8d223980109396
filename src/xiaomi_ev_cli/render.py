"""Renderers: a Result becomes JSON, JSONL, CSV, plain text, or (on a terminal) a Rich table."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from .dataset import Dataset
from .enums import Bound, OutputFormat
from .errors import InvalidArgumentError
from .escapes import ascii_only, dumps, inert
from .lookup import Correction, Event, Figure, Result
from .models import SCHEMA_VERSION, Claim, FollowUp, Note, Quantity, Value, When, to_json

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
    if q.unit in ("usd", "cny"):
        words = ("US$" if q.unit == "usd" else "RMB ") + (
            f"{q.amount / 1e9:g} billion" if q.amount >= 1e9 else
            f"{q.amount / 1e6:g} million" if q.amount >= 1e6 else _number(q.amount))
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


# ---- records: what JSON, JSONL and CSV are made of -------------------------------------------

def claim_record(claim: Claim, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A claim as its JSON object: the same everywhere, plus a command's own fields (a score)."""
    record = to_json(claim)
    if extra:
        record.update(extra)
    return record


def figure_record(figure: Figure) -> dict[str, Any]:
    """A derived figure: its definition, the value computed, and the input values used."""
    record = to_json(figure.definition)
    record["value"] = to_json(figure.value)
    record["input_values"] = figure.inputs
    return record


def event_record(event: Event) -> dict[str, Any]:
    """A timeline event."""
    return {"date": event.date, "precision": event.precision.value, "layer": event.layer,
            "id": event.id, "label": event.label, "modality": event.modality,
            "as_written": event.as_written}


def correction_record(row: Correction) -> dict[str, Any]:
    """A note on the article's wording, with the claim and quote it is about."""
    return {"claim": row.claim.id, "quote": row.claim.quote, **to_json(row.note)}


def records(result: Result) -> list[dict[str, Any]]:
    """The result's rows as JSON objects: what JSONL prints a line each of."""
    if result.rows == "events":
        return [event_record(e) for e in result.events]
    if result.rows == "corrections":
        return [correction_record(c) for c in result.corrections]
    if result.rows == "entities":
        return [to_json(e) for e in result.entities]
    extras = result.extras or tuple({} for _ in result.claims)
    rows = ([claim_record(c, x) for c, x in zip(result.claims, extras, strict=True)]
            + [to_json(f) for f in result.followups]
            + [figure_record(d) for d in result.derived])
    if result.ranking:  # ask: best first, each with its rank and score
        by_id = {row["id"]: row for row in rows}
        return [{**by_id[i], "rank": n, "score": score}
                for n, (i, _, score) in enumerate(result.ranking, 1)]
    return rows


def document(result: Result, ds: Dataset) -> dict[str, Any]:
    """The JSON document of a result: the query, its rows, and the entities and sources they name."""
    entity_ids: dict[str, None] = dict.fromkeys(e.id for e in result.entities)
    source_ids: dict[str, None] = {}
    for claim in result.claims:
        refs = [claim.subject, claim.attribution.by, _entity_ref(claim.value)]
        refs += [_entity_ref(n.value) for n in claim.notes]
        entity_ids.update(dict.fromkeys(r for r in refs if r))
        source_ids[claim.source] = None
        for note in claim.notes:
            source_ids.update(dict.fromkeys(note.sources))
    for followup in result.followups:
        source_ids.update(dict.fromkeys(followup.sources))
    context = result.context
    extras = result.extras or tuple({} for _ in result.claims)
    return {
        "schema_version": SCHEMA_VERSION,
        "command": result.command,
        "query": result.query,
        "count": result.count,
        "claims": [claim_record(c, x) for c, x in zip(result.claims, extras, strict=True)],
        "context": None if context is None else
        {"sentence": context.text, "start": context.start, "end": context.end},
        "entities": {i: to_json(ds.entities[i]) for i in entity_ids
                     if i in ds.entities},
        "sources": {i: to_json(ds.sources[i]) for i in source_ids
                    if i in ds.sources},
        "followups": [to_json(f) for f in result.followups],
        "derived": [figure_record(d) for d in result.derived],
        "events": [event_record(e) for e in result.events],
        "corrections": [correction_record(c) for c in result.corrections],
        "answers": [{"rank": n, "id": i, "layer": layer, "score": score}
                    for n, (i, layer, score) in enumerate(result.ranking, 1)],
    }


def _entity_ref(value: Value | None) -> str | None:
    return value.entity if value is not None and value.type == "entity" else None


# ---- CSV ------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id", "topic", "label", "subject", "property", "value_type", "value", "amount", "unit", "per",
    "bound", "date", "precision", "entity", "text", "period_label", "period_start", "period_end",
    "modality", "attributed_to", "via", "stated", "source", "quote", "span_start", "span_end",
    "notes", "layer",
)
EVENT_COLUMNS = ("date", "precision", "layer", "id", "label", "modality", "as_written")
CORRECTION_COLUMNS = ("claim", "kind", "applies_to", "text", "value", "sources", "quote")
ENTITY_COLUMNS = ("id", "type", "name", "short_name", "name_zh", "aliases", "description")


def _value_columns(v: Value | None, ds: Dataset) -> dict[str, Any]:
    q = v if v is not None and v.type == "quantity" else None
    return {
        "value_type": v.type if v else "", "value": value_text(v, ds) if v else "",
        "amount": q.amount if q else "", "unit": q.unit if q else "", "per": (q.per or "") if q else "",
        "bound": q.bound.value if q else "",
        "date": v.date if v and v.type == "date" else "",
        "precision": v.precision.value if v and v.type == "date" else "",
        "entity": v.entity if v and v.type == "entity" else "",
        "text": v.text if v and v.type == "text" else "",
    }


def _period_columns(item: Claim | FollowUp | Figure) -> dict[str, str]:
    p = item.definition.period if isinstance(item, Figure) else item.period
    return {"period_label": p.label if p else "", "period_start": (p.start or "") if p else "",
            "period_end": (p.end or "") if p else ""}


def csv_row(claim: Claim, ds: Dataset) -> dict[str, Any]:
    """A claim flattened to the CSV columns."""
    return {
        "id": claim.id, "topic": claim.topic, "label": claim.label, "subject": claim.subject,
        "property": claim.property, **_value_columns(claim.value, ds), **_period_columns(claim),
        "modality": claim.modality.value, "attributed_to": claim.attribution.by or "",
        "via": claim.attribution.via or "", "stated": claim.stated.date if claim.stated else "",
        "source": claim.source, "quote": claim.quote,
        "span_start": claim.span.start, "span_end": claim.span.end,
        "notes": " | ".join(f"{n.kind.value}: {note_text(n, ds)}" for n in claim.notes),
        "layer": "article",
    }


def _followup_row(f: FollowUp, ds: Dataset) -> dict[str, Any]:
    return {"id": f.id, "topic": f.topic, "label": f.label, **_value_columns(f.value, ds),
            **_period_columns(f), "modality": f.modality.value, "stated": f.date.date,
            "source": ";".join(f.sources), "notes": f.text, "layer": "follow-up"}


def _figure_row(d: Figure, ds: Dataset) -> dict[str, Any]:
    return {"id": d.definition.id, "topic": d.definition.topic, "label": d.definition.label,
            **_value_columns(d.value, ds), **_period_columns(d), "modality": "derived",
            "notes": f"{d.definition.formula}: {d.definition.text}", "layer": "derived"}


def csv_table(result: Result, ds: Dataset) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """The CSV columns and rows of a result."""
    if result.rows == "events":
        return EVENT_COLUMNS, [event_record(e) for e in result.events]
    if result.rows == "corrections":
        return CORRECTION_COLUMNS, [
            {**correction_record(c), "value": value_text(c.note.value, ds) if c.note.value else "",
             "sources": ";".join(c.note.sources)} for c in result.corrections]
    if result.rows == "entities":
        return ENTITY_COLUMNS, [{**to_json(e), "aliases": " | ".join(e.aliases)}
                                for e in result.entities]
    extra_keys = tuple(dict.fromkeys(k for x in result.extras for k in x))
    extras = result.extras or tuple({} for _ in result.claims)
    rows = [{**csv_row(c, ds), **{k: _cell(x.get(k)) for k in extra_keys}}
            for c, x in zip(result.claims, extras, strict=True)]
    rows += [_followup_row(f, ds) for f in result.followups]
    rows += [_figure_row(d, ds) for d in result.derived]
    return CSV_COLUMNS + extra_keys, rows


def _cell(value: Any) -> Any:
    return ";".join(map(str, value)) if isinstance(value, list) else ("" if value is None else value)


# ---- choosing fields ------------------------------------------------------------------------------

def select_fields(rows: list[dict[str, Any]], fields: list[str] | None,
                  available: Sequence[str]) -> list[dict[str, Any]]:
    """Only the asked-for fields of each row, in the asked-for order; unknown ones are an error."""
    if not fields:
        return rows
    unknown = [f for f in fields if f not in available]
    if unknown:
        raise InvalidArgumentError(f"unknown field {unknown[0]!r} for --fields; fields: "
                                   + ", ".join(available))
    return [{f: row.get(f) for f in fields} for row in rows]


def record_fields(result: Result) -> list[str]:
    """The fields JSON and JSONL rows of this result can be cut down to."""
    keys: dict[str, None] = {}
    for row in records(result):
        keys.update(dict.fromkeys(row))
    if not keys and result.rows == "claims":
        keys = dict.fromkeys(Claim.model_fields)
    return list(keys)


# ---- writers --------------------------------------------------------------------------------------

def write_json(result: Result, ds: Dataset, stream: TextIO, fields: list[str] | None = None) -> None:
    """One JSON document; --fields cuts down its rows."""
    doc = document(result, ds)
    if fields:
        key = {"claims": "claims", "events": "events", "corrections": "corrections"}.get(result.rows)
        available = record_fields(result)
        if key:
            doc[key] = select_fields(doc[key], fields, available)
            if key == "claims":
                doc["followups"] = select_fields(doc["followups"], fields, available)
                doc["derived"] = select_fields(doc["derived"], fields, available)
        else:
            listed = select_fields(list(doc["entities"].values()), fields, available)
            doc["entities"] = dict(zip(doc["entities"], listed, strict=True))
    stream.write(dumps(doc, ascii_only(stream)) + "\n")


def write_jsonl(result: Result, ds: Dataset, stream: TextIO, fields: list[str] | None = None) -> None:
    """One row object a line."""
    escape = ascii_only(stream)
    for row in select_fields(records(result), fields, record_fields(result)):
        stream.write(dumps(row, escape) + "\n")


def write_csv(result: Result, ds: Dataset, stream: TextIO, fields: list[str] | None = None) -> None:
    """A header and one row a record; text cells have control characters escaped."""
    import csv

    columns, rows = csv_table(result, ds)
    if fields:
        rows = select_fields(rows, fields, columns)
        columns = tuple(fields)
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: inert(v) if isinstance(v, str) else v for k, v in row.items()})


def plain_rows(result: Result, ds: Dataset) -> list[list[str]]:
    """The rows of plain and Markdown output, as words."""
    if result.command == "show":
        return [[key, text] for key, text in show_fields(result, ds)]
    if result.rows == "events":
        return [[e.date, e.precision.value, e.layer, e.id, e.label] for e in result.events]
    if result.rows == "corrections":
        return [[c.claim.id, c.note.kind.value, c.note.applies_to.value, note_text(c.note, ds),
                 f"“{c.claim.quote}”"] for c in result.corrections]
    if result.rows == "entities":
        return [[e.id, e.type.value, e.name, e.name_zh or "-", ", ".join(e.aliases) or "-"]
                for e in result.entities]
    extras = result.extras or tuple({} for _ in result.claims)
    rows = [plain_fields(c, ds) + [str(_cell(v)) for v in x.values()]
            for c, x in zip(result.claims, extras, strict=True)]
    rows += [followup_fields(f, ds) for f in result.followups]
    rows += [figure_fields(d, ds) for d in result.derived]
    if result.ranking:  # ask: best first, the score last
        by_id = {row[0]: row[:7] for row in rows}
        return [by_id[i] + [f"{score}"] for i, _, score in result.ranking]
    return rows


PLAIN_HEADERS = {
    "claims": ["id", "label", "value", "modality", "said by", "stated", "quote"],
    "events": ["date", "precision", "layer", "id", "label"],
    "corrections": ["claim", "kind", "applies to", "note", "quote"],
    "entities": ["id", "type", "name", "Chinese", "aliases"],
    "show": ["field", "value"],
}


def write_plain(result: Result, ds: Dataset, stream: TextIO, fields: list[str] | None = None) -> None:
    """Tab-separated lines, one a row; a shown claim is 'field<TAB>value' lines."""
    for row in plain_rows(result, ds):
        stream.write("\t".join(inert(cell) for cell in row) + "\n")


def write_markdown(result: Result, ds: Dataset, stream: TextIO, fields: list[str] | None = None
                   ) -> None:
    """A Markdown table, for pasting into notes and tickets."""
    rows = plain_rows(result, ds)
    header = PLAIN_HEADERS["show" if result.command == "show" else result.rows]
    width = max([len(header), *(len(r) for r in rows)])
    header = header + [""] * (width - len(header))
    stream.write(f"**{_md(result.title)}**\n\n")
    stream.write("| " + " | ".join(header) + " |\n|" + "---|" * width + "\n")
    for row in rows:
        cells = [_md(c) for c in row] + [""] * (width - len(row))
        stream.write("| " + " | ".join(cells) + " |\n")


def _md(text: str) -> str:
    return inert(text).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace(
        "_", "\\_").replace("<", "&lt;")


def plain_fields(claim: Claim, ds: Dataset) -> list[str]:
    """The plain columns: id, label, value, modality, said by, stated, quote."""
    return [claim.id, claim.label, statement_text(claim, ds), claim.modality.value,
            attribution_text(claim, ds), when_text(claim.stated), f"“{claim.quote}”"]


def followup_fields(f: FollowUp, ds: Dataset) -> list[str]:
    """A follow-up in the plain columns: its text stands where a claim's quote would."""
    value = value_text(f.value, ds) if f.value else "-"
    if f.period:
        value += f" ({f.period.label})"
    return [f.id, f.label, value, f"follow-up, {f.modality.value}", sources_text(ds, f.sources),
            f.date.date, f.text]


def figure_fields(d: Figure, ds: Dataset) -> list[str]:
    """A derived figure in the plain columns: its formula stands where a claim's quote would."""
    value = quantity_text(d.value)
    if d.definition.period:
        value += f" ({d.definition.period.label})"
    return [d.definition.id, d.definition.label, value, "derived", "computed", "-",
            f"{d.definition.formula} = {_number(d.value.amount)}: {d.definition.text}"]


def sources_text(ds: Dataset, ids: Sequence[str]) -> str:
    """'Pandaily, 2021-11-27; CNBC, 2021-10-19'."""
    return "; ".join(source_label(ds, s) for s in ids)


def show_fields(result: Result, ds: Dataset) -> list[tuple[str, str]]:
    """Every field of a shown claim, in reading order, as words."""
    claim = result.claims[0]
    rows = [
        ("id", claim.id), ("label", claim.label), ("topic", claim.topic),
    ]
    if claim.aliases:  # the dataset's words, not the source's
        rows.append(("also asked as", ", ".join(claim.aliases)))
    rows += [
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
    rows += [(f"note ({n.kind.value}, {n.applies_to.value})", note_text(n, ds)) for n in claim.notes]
    rows += [(f"follow-up ({f.date.date})", f"{f.label}: {f.text} [{sources_text(ds, f.sources)}]")
             for f in result.followups]
    return rows


Writer = Callable[[Result, Dataset, TextIO, "list[str] | None"], None]
WRITERS: dict[OutputFormat, Writer] = {
    OutputFormat.json: write_json,
    OutputFormat.jsonl: write_jsonl,
    OutputFormat.csv: write_csv,
    OutputFormat.plain: write_plain,
    OutputFormat.markdown: write_markdown,
}


def render(result: Result, ds: Dataset, out: Output, stream: TextIO,
           fields: list[str] | None = None) -> None:
    """Write a result in the chosen format (Rich is loaded for the terminal table only)."""
    if fields and out.format not in MACHINE_FORMATS:
        raise InvalidArgumentError("--fields goes with --format json, jsonl or csv")
    if out.format is OutputFormat.table:
        from .terminal import write_table

        write_table(result, ds, stream, out)
    else:
        WRITERS[out.format](result, ds, stream, fields)
