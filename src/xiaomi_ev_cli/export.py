"""Export the whole dataset as JSONL, CSV or SQLite, written atomically, never over a file unasked."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .dataset import Dataset
from .errors import InvalidArgumentError
from .lookup import Result, derive
from .models import to_json
from .render import write_csv, write_jsonl

FORMATS = ("jsonl", "csv", "sqlite")


def everything(ds: Dataset) -> Result:
    """Every claim, follow-up and derived figure of the dataset."""
    return Result("export", "The dataset", ds.claims, followups=ds.followups,
                  derived=tuple(derive(ds, d) for d in ds.derived))


def write_text(ds: Dataset, to: str, stream: TextIO) -> None:
    """Write the JSONL or CSV export to a text stream."""
    (write_jsonl if to == "jsonl" else write_csv)(everything(ds), ds, stream, None)


def export(ds: Dataset, to: str, output: Path, force: bool) -> None:
    """Write the export to `output` atomically; refuse to replace a file unless `force`."""
    if output.exists() and not force:
        raise InvalidArgumentError(f"{output} exists; add --force to replace it")
    if output.is_dir():
        raise InvalidArgumentError(f"{output} is a folder; give a file name")
    with _atomic(output, force) as tmp:
        if to == "sqlite":
            _write_sqlite(ds, tmp)
        else:
            with tmp.open("w", encoding="utf-8", newline="") as stream:
                write_text(ds, to, stream)


@contextlib.contextmanager
def _atomic(output: Path, force: bool) -> Iterator[Path]:
    """A temporary file beside `output` that takes its place only once it is complete."""
    folder = output.parent if str(output.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InvalidArgumentError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if force:
            os.replace(tmp, output)
        else:
            try:
                os.link(tmp, output)  # fails, rather than replaces, if the file appeared meanwhile
            except FileExistsError:
                raise InvalidArgumentError(f"{output} exists; add --force to replace it") from None
    except OSError as exc:
        raise InvalidArgumentError(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)


_TABLES = {
    "claims": ("id TEXT PRIMARY KEY, topic TEXT, label TEXT, subject TEXT REFERENCES entities(id),"
               " property TEXT, value_type TEXT, value TEXT, amount REAL, unit TEXT, per TEXT,"
               " bound TEXT, date TEXT, precision TEXT, entity TEXT, text TEXT, period_label TEXT,"
               " period_start TEXT, period_end TEXT, modality TEXT, attributed_to TEXT, via TEXT,"
               " stated TEXT, source TEXT REFERENCES sources(id), quote TEXT, span_start INTEGER,"
               " span_end INTEGER, json TEXT"),
    "notes": ("claim TEXT REFERENCES claims(id), position INTEGER, kind TEXT, applies_to TEXT,"
              " text TEXT, value_json TEXT, sources TEXT"),
    "entities": ("id TEXT PRIMARY KEY, type TEXT, name TEXT, short_name TEXT, name_zh TEXT,"
                 " aliases TEXT, description TEXT"),
    "sources": ("id TEXT PRIMARY KEY, kind TEXT, title TEXT, publisher TEXT, date TEXT,"
                " language TEXT, description TEXT, strength TEXT, text TEXT"),
    "followups": ("id TEXT PRIMARY KEY, topic TEXT, label TEXT, date TEXT, precision TEXT,"
                  " text TEXT, amount REAL, unit TEXT, modality TEXT, strength TEXT, sources TEXT,"
                  " relates_to TEXT, json TEXT"),
    "derived": ("id TEXT PRIMARY KEY, topic TEXT, label TEXT, formula TEXT, amount REAL, unit TEXT,"
                " per TEXT, bound TEXT, text TEXT, json TEXT"),
}


def _write_sqlite(ds: Dataset, path: Path) -> None:
    from .render import CSV_COLUMNS, csv_row, figure_record

    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        for table, columns in _TABLES.items():
            db.execute(f"CREATE TABLE {table} ({columns})")
        for e in ds.entities.values():
            db.execute("INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
                       (e.id, e.type.value, e.name, e.short_name, e.name_zh,
                        json.dumps(e.aliases, ensure_ascii=False), e.description))
        for s in ds.sources.values():
            db.execute("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?)",
                       (s.id, s.kind.value, s.title, s.publisher, s.date, s.language,
                        s.description, s.strength.value if s.strength else None,
                        ds.texts.get(s.id)))
        claim_columns = [c for c in CSV_COLUMNS if c not in ("notes", "layer")]  # notes: own table
        insert = (f"INSERT INTO claims ({', '.join(claim_columns)}, json)"
                  f" VALUES ({', '.join('?' * (len(claim_columns) + 1))})")
        for c in ds.claims:
            row = csv_row(c, ds)
            db.execute(insert, (*(row[k] if row[k] != "" else None for k in claim_columns),
                                json.dumps(to_json(c), ensure_ascii=False)))
            for i, n in enumerate(c.notes):
                db.execute("INSERT INTO notes VALUES (?,?,?,?,?,?,?)",
                           (c.id, i, n.kind.value, n.applies_to.value, n.text,
                            json.dumps(to_json(n.value)) if n.value else None,
                            json.dumps(n.sources)))
        for f in ds.followups:
            amount = f.value.amount if f.value is not None and f.value.type == "quantity" else None
            unit = f.value.unit if f.value is not None and f.value.type == "quantity" else None
            db.execute("INSERT INTO followups VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (f.id, f.topic, f.label, f.date.date, f.date.precision.value, f.text,
                        amount, unit, f.modality.value, f.strength.value, json.dumps(f.sources),
                        json.dumps(f.relates_to), json.dumps(to_json(f), ensure_ascii=False)))
        for d in (derive(ds, d) for d in ds.derived):
            db.execute("INSERT INTO derived VALUES (?,?,?,?,?,?,?,?,?,?)",
                       (d.definition.id, d.definition.topic, d.definition.label,
                        d.definition.formula, d.value.amount, d.value.unit, d.value.per,
                        d.value.bound.value, d.definition.text,
                        json.dumps(figure_record(d), ensure_ascii=False)))
        db.commit()
    finally:
        db.close()
