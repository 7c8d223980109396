"""The controlled vocabularies: every enumeration of the claim model and of the command line.

Kept apart so the command line can offer them (and print its help) without loading the models.
"""

from __future__ import annotations

from enum import StrEnum


class Precision(StrEnum):
    """How much of a date is known."""

    day = "day"
    month = "month"
    year = "year"


class Bound(StrEnum):
    """How a stated amount relates to the real one."""

    exact = "exact"
    about = "about"
    more_than = "more_than"
    at_least = "at_least"
    less_than = "less_than"
    at_most = "at_most"
    could_reach = "could_reach"


class Modality(StrEnum):
    """What kind of statement a claim is."""

    reported = "reported"
    plan = "plan"
    target = "target"
    pledge = "pledge"
    estimate = "estimate"
    opinion = "opinion"


class NoteKind(StrEnum):
    """Why a note is there."""

    resolution = "resolution"
    correction = "correction"
    translation = "translation"
    inference = "inference"
    context = "context"


class NoteTarget(StrEnum):
    """What part of a claim a note is about."""

    value = "value"
    period = "period"
    stated = "stated"
    attribution = "attribution"
    quote = "quote"


class Strength(StrEnum):
    """How far a source can be relied on for what it is cited for."""

    high = "high"
    medium = "medium"
    weak = "weak"


class EntityType(StrEnum):
    """The kinds of thing claims are about."""

    organisation = "organisation"
    person = "person"
    place = "place"
    facility = "facility"
    market = "market"
    product = "product"


class SourceKind(StrEnum):
    """What a source is."""

    article = "article"
    report = "report"
    data = "data"


class OutputFormat(StrEnum):
    """The output formats every command offers."""

    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
