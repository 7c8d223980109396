"""JSON Schemas: of the dataset files (for editors) and of the JSON xev prints (for scripts).

`python -m xiaomi_ev_cli.schema DIR` writes them into DIR (the repository keeps them in
data/schema/); a test keeps the committed copies equal to what the models say.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .enums import Precision
from .models import (
    SCHEMA_VERSION,
    Claim,
    ClaimsFile,
    Derived,
    DerivedFile,
    EntitiesFile,
    Entity,
    FollowUp,
    FollowUpsFile,
    Note,
    Quantity,
    Source,
    SourcesFile,
)


class Context(BaseModel):
    """The sentence(s) a shown claim's quote stands in, with their span in the source."""

    model_config = ConfigDict(extra="forbid")
    sentence: str
    start: int
    end: int


class FigureRecord(Derived):
    """A derived figure as output: its definition, the value computed and the inputs used."""

    value: Quantity
    input_values: dict[str, float]


class EventRecord(BaseModel):
    """A dated event of the timeline."""

    model_config = ConfigDict(extra="forbid")
    date: str
    precision: Precision
    layer: str
    id: str
    label: str
    modality: str
    as_written: str | None


class CorrectionRecord(Note):
    """A note on the article's wording, with the claim and quote it is about."""

    claim: str
    quote: str


class AnswerRecord(BaseModel):
    """One ranked answer of `ask`: which record, from which layer, with what score."""

    model_config = ConfigDict(extra="forbid")
    rank: int
    id: str
    layer: str
    score: float


class OutputClaim(Claim):
    """A claim as output: the claim object, plus the fields some commands add to it."""

    score: float | None = Field(default=None, description="search, ask: how well it matches")
    rank: int | None = Field(default=None, description="ask: its place among the answers")
    matched: list[str] | None = Field(default=None, description="search: the terms it matched")
    roles: list[str] | None = Field(
        default=None, description="entities NAME: subject, value or said-by")


class OutputDocument(BaseModel):
    """What `--json` prints: the query, the claims found, and the entities and sources they name."""

    model_config = ConfigDict(extra="forbid", title="xev JSON output")
    schema_version: int
    command: str
    query: dict[str, Any]
    count: int
    claims: list[OutputClaim]
    context: Context | None
    entities: dict[str, Entity]
    sources: dict[str, Source]
    followups: list[FollowUp]
    derived: list[FigureRecord]
    events: list[EventRecord]
    corrections: list[CorrectionRecord]
    answers: list[AnswerRecord]


class OutputError(BaseModel):
    """What a failed call prints on stderr when JSON was asked for."""

    model_config = ConfigDict(extra="forbid")
    code: str
    message: str
    exit_code: int
    problems: list[str] | None = None


class ErrorDocument(BaseModel):
    """The error document."""

    model_config = ConfigDict(extra="forbid", title="xev JSON error")
    error: OutputError


def _schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    schema = model.model_json_schema(by_alias=True)
    schema["title"] = title
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$comment": f"xev schema version {SCHEMA_VERSION}", **schema}


def schemas() -> dict[str, dict[str, Any]]:
    """Every published schema, by file name."""
    return {
        "claims.schema.json": _schema(ClaimsFile, "xev dataset: claims.json"),
        "entities.schema.json": _schema(EntitiesFile, "xev dataset: entities.json"),
        "sources.schema.json": _schema(SourcesFile, "xev dataset: sources.json"),
        "followups.schema.json": _schema(FollowUpsFile, "xev dataset: followups.json"),
        "derived.schema.json": _schema(DerivedFile, "xev dataset: derived.json"),
        "output.schema.json": _schema(OutputDocument, "xev --json output"),
        "error.schema.json": _schema(ErrorDocument, "xev --json error (on stderr)"),
    }


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as the repository stores it: indented, UTF-8, one trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write(folder: Path) -> None:
    """Write every schema into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (folder / name).write_text(schema_text(schema), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/schema"))
