"""The claim model: sourced, typed statements after Wikidata's statement model."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from .enums import (
    Bound,
    EntityType,
    Modality,
    NoteKind,
    NoteTarget,
    Precision,
    SourceKind,
    Strength,
)

SCHEMA_VERSION = 1

ID_PATTERN = r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$"
_M = TypeVar("_M")
_B = TypeVar("_B", bound=BaseModel)
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_precision(value: str) -> Precision:
    """The precision an ISO 8601 date string carries: YYYY, YYYY-MM or YYYY-MM-DD."""
    return (Precision.year, Precision.month, Precision.day)[value.count("-")]


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.match(value)
    if match is None:
        raise ValueError("expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {exc}") from None
    return value


PartialDate = Annotated[
    str, Field(pattern=_PARTIAL_DATE.pattern), AfterValidator(_check_partial_date)
]
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, Field(min_length=1)]


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last calendar day a partial date covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _check_precision(model: _M, date: str, precision: Precision) -> _M:
    if date_precision(date) is not precision:
        raise ValueError(f"date {date!r} does not have precision {precision.value!r}")
    return model


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True, allow_inf_nan=False)


class Quantity(_Frozen):
    """An amount in base units ('300000', never '300k'), with its unit and bound."""

    type: Literal["quantity"] = "quantity"
    amount: int | float
    unit: Id
    per: Id | None = None
    bound: Bound = Bound.exact


class DateValue(_Frozen):
    """A date with the precision the statement gives it."""

    type: Literal["date"] = "date"
    date: PartialDate
    precision: Precision

    @model_validator(mode="after")
    def _precision_matches(self) -> DateValue:
        return _check_precision(self, self.date, self.precision)


class EntityValue(_Frozen):
    """A reference to an entity of the dataset."""

    type: Literal["entity"] = "entity"
    entity: Id


class TextValue(_Frozen):
    """A value only words can carry."""

    type: Literal["text"] = "text"
    text: NonEmpty


Value = Annotated[Quantity | DateValue | EntityValue | TextValue, Field(discriminator="type")]


class When(_Frozen):
    """A point in time with its precision."""

    date: PartialDate
    precision: Precision

    @model_validator(mode="after")
    def _precision_matches(self) -> When:
        return _check_precision(self, self.date, self.precision)


class Period(_Frozen):
    """The time a figure covers: the source's words and their calendar bounds."""

    label: NonEmpty
    start: PartialDate | None = None
    end: PartialDate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start and self.end and date_bounds(self.start)[0] > date_bounds(self.end)[1]:
            raise ValueError(f"period starts ({self.start}) after it ends ({self.end})")
        return self


class Attribution(_Frozen):
    """Who made a statement (an entity id, or null for the reporter) and through what."""

    by: Id | None = None
    via: str | None = None


class Note(_Frozen):
    """A resolution or correction of the source's wording, with its reasoning and sources."""

    kind: NoteKind
    applies_to: NoteTarget = NoteTarget.value
    text: NonEmpty
    value: Value | None = None
    sources: tuple[Id, ...] = ()


class Span(_Frozen):
    """Where a quote stands in its source: [start, end) in Unicode code points."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end ({self.end}) must be after its start ({self.start})")
        return self


ALIASES = ("other words for what it states, as a label's aliases (Wikidata's 'also known as'): the words"
           " readers search and ask with ('output', 'cars a year'), not the source's")


class Claim(_Frozen):
    """One atomic statement of a source, typed, qualified, attributed and quoted."""

    id: Id
    topic: Id
    label: NonEmpty
    subject: Id
    property: Id
    value: Value
    period: Period | None = None
    modality: Modality
    attribution: Attribution
    stated: When | None = None
    source: Id
    quote: NonEmpty
    span: Span
    aliases: tuple[NonEmpty, ...] = Field(default=(), description=ALIASES)
    notes: tuple[Note, ...] = ()


class FollowUp(_Frozen):
    """Something that happened after the article, from later reporting: never the article's claim."""

    layer: Literal["follow-up"] = "follow-up"
    id: Id
    topic: Id
    label: NonEmpty
    date: When
    text: NonEmpty
    value: Value | None = None
    period: Period | None = None
    modality: Modality = Modality.reported
    strength: Strength
    sources: tuple[Id, ...] = Field(min_length=1)
    relates_to: tuple[Id, ...] = Field(
        default=(), description="ids of the article's claims this follow-up bears on"
    )
    aliases: tuple[NonEmpty, ...] = Field(default=(), description=ALIASES)


class Derived(_Frozen):
    """A figure computed from the article's claims by a stated formula, never stated by the article."""

    layer: Literal["derived"] = "derived"
    id: Id
    topic: Id
    label: NonEmpty
    formula: NonEmpty = Field(description="arithmetic (+ - * / and parentheses) over the inputs' names")
    inputs: dict[Annotated[str, Field(pattern=r"^[a-z_]+$")], Id] = Field(
        description="name in the formula -> id of a claim whose value is a quantity"
    )
    unit: Id
    per: Id | None = None
    bound: Bound = Bound.about
    decimals: int = Field(default=0, ge=0, le=6)
    period: Period | None = None
    text: NonEmpty
    aliases: tuple[NonEmpty, ...] = Field(default=(), description=ALIASES)


class Entity(_Frozen):
    """An organisation, person, place or thing, with its names in English and Chinese."""

    id: Id
    type: EntityType
    name: NonEmpty
    short_name: str | None = None
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()
    description: NonEmpty
    located_in: tuple[Id, ...] = Field(
        default=(), description="the places it lies in, nearest first (as Wikidata's P131 and P17)"
    )


class Source(_Frozen):
    """A document claims or notes rest on; unknown title or publisher stay null."""

    id: Id
    kind: SourceKind
    title: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    description: NonEmpty
    strength: Strength | None = None
    text_file: str | None = Field(
        default=None, description="the source's exact text, relative to the dataset folder"
    )


class ClaimsFile(_Frozen):
    """data/claims.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
    schema_ref: str | None = Field(default=None, alias="$schema")
    claims: tuple[Claim, ...]


class FollowUpsFile(_Frozen):
    """data/followups.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
    schema_ref: str | None = Field(default=None, alias="$schema")
    followups: tuple[FollowUp, ...]


class DerivedFile(_Frozen):
    """data/derived.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
    schema_ref: str | None = Field(default=None, alias="$schema")
    derived: tuple[Derived, ...]


class EntitiesFile(_Frozen):
    """data/entities.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
    schema_ref: str | None = Field(default=None, alias="$schema")
    entities: tuple[Entity, ...]


class SourcesFile(_Frozen):
    """data/sources.json."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
    schema_ref: str | None = Field(default=None, alias="$schema")
    sources: tuple[Source, ...]


# ---- building and dumping without pydantic's validators -----------------------------------------
# Validation builds pydantic's schemas, which costs more than the rest of a call. Data that has been
# validated once (the cache checks its content hash) is rebuilt by these instead; a test keeps
# `to_json` equal to `model_dump(mode="json")` and `build` equal to validation.

_PLANS: dict[type[BaseModel], list[tuple[str, Callable[[Any], Any]]]] = {}


def build(cls: type[_B], data: dict[str, Any]) -> _B:
    """An instance of `cls` from already-validated JSON data, without validating it again."""
    plan = _PLANS.get(cls) or _plan(cls)
    return cls.model_construct(**{name: convert(data[name]) for name, convert in plan if name in data})


def _plan(cls: type[BaseModel]) -> list[tuple[str, Callable[[Any], Any]]]:
    plan = [(name, _converter(f.annotation)) for name, f in cls.__pydantic_fields__.items()]
    _PLANS[cls] = plan
    return plan


def _identity(value: Any) -> Any:
    return value


def _converter(annotation: Any) -> Callable[[Any], Any]:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _converter(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return lambda value: build(annotation, value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if origin in (Union, UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            inner = _converter(options[0])
            return lambda value: None if value is None else inner(value)
        tagged = {get_args(o.__pydantic_fields__["type"].annotation)[0]: o for o in options
                  if isinstance(o, type) and issubclass(o, BaseModel)}
        if len(tagged) == len(options):  # a union told apart by its "type" field: Value
            return lambda value: None if value is None else build(tagged[value["type"]], value)
        return _identity
    if origin is tuple:
        inner = _converter(get_args(annotation)[0])
        return lambda value: tuple(inner(v) for v in value)
    if origin is dict:
        inner = _converter(get_args(annotation)[1])
        return lambda value: {k: inner(v) for k, v in value.items()}
    return _identity


def to_json(obj: BaseModel) -> dict[str, Any]:
    """The model as JSON data: what model_dump(mode="json") gives, without building a serializer."""
    return {name: _json_value(getattr(obj, name)) for name in type(obj).__pydantic_fields__}


def _json_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return to_json(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value
