"""Pure queries over a Dataset: each returns a Result or raises a domain error."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from .dataset import Dataset
from .errors import NotFoundError
from .models import Claim, Modality, date_bounds

PLANT_TOPICS = ("plant", "agreement", "headquarters", "production")
SALES_TOPIC = "nev-sales"
# Abbreviations the article uses, after which a full stop does not end a sentence.
_ABBREVIATIONS = ("Inc", "Corp", "Co", "Ltd", "No", "Mr", "Dr", "St")


@dataclass(frozen=True)
class Sentence:
    """The sentence(s) around a quote, with the quote's place in them."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Result:
    """What a lookup found: the claims, the question that found them, and a title for people."""

    command: str
    title: str
    claims: tuple[Claim, ...]
    query: dict[str, Any] = field(default_factory=dict)
    context: Sentence | None = None


def plant(ds: Dataset) -> Result:
    """Everything the article says about the plant: agreement, capacity, site, HQs, target."""
    claims = tuple(sorted((c for c in ds.claims if c.topic in PLANT_TOPICS),
                          key=lambda c: PLANT_TOPICS.index(c.topic)))
    if not claims:
        raise NotFoundError("this dataset has no claims about the plant (topics: "
                            + ", ".join(PLANT_TOPICS) + ")")
    return Result("plant", "Xiaomi's EV plant in Beijing's E-Town", claims)


def sales_years(ds: Dataset) -> list[int]:
    """The calendar years that some NEV sales figure covers."""
    years: set[int] = set()
    for claim in ds.claims:
        span = _period_years(claim)
        if claim.topic == SALES_TOPIC and span is not None:
            years.update(range(span[0], span[1] + 1))
    return sorted(years)


def _period_years(claim: Claim) -> tuple[int, int] | None:
    period = claim.period
    if period is None or period.start is None:
        return None
    first = date_bounds(period.start)[0].year
    last = date_bounds(period.end)[1].year if period.end else first
    return first, last


def sales(ds: Dataset, year: int | None = None) -> Result:
    """NEV sales figures (of one year, if given): amounts, growth and estimates."""
    claims = []
    for claim in ds.claims:
        span = _period_years(claim)
        if claim.topic == SALES_TOPIC and (
            year is None or (span is not None and span[0] <= year <= span[1])
        ):
            claims.append(claim)
    if year is None:
        if not claims:
            raise NotFoundError("this dataset has no NEV sales figures")
        return Result("sales", "NEV sales in China", tuple(claims), {"year": None})
    if not claims:
        years = sales_years(ds)
        have = ", ".join(str(y) for y in years) if years else "none"
        raise NotFoundError(f"no NEV sales figures for {year}; years with figures: {have}")
    return Result("sales", f"NEV sales in China, {year}", tuple(claims), {"year": year})


def topics(ds: Dataset) -> list[str]:
    """The topics in dataset order, each once."""
    return list(dict.fromkeys(c.topic for c in ds.claims))


def find_entity_id(ds: Dataset, name: str) -> str | None:
    """The id of the entity with this id, name or alias (case-insensitive), if any."""
    wanted = name.casefold().strip()
    for entity in ds.entities.values():
        names = (entity.id, entity.name, entity.name_zh or "", *entity.aliases)
        if any(wanted == n.casefold() for n in names):
            return entity.id
    return None


def claims(
    ds: Dataset,
    topic: str | None = None,
    subject: str | None = None,
    modality: Modality | None = None,
) -> Result:
    """Every claim, optionally only one topic's, one subject's or one modality's."""
    query: dict[str, Any] = {"topic": topic, "subject": subject,
                             "modality": modality.value if modality else None}
    found = ds.claims
    if topic is not None:
        known = topics(ds)
        if topic not in known:
            raise NotFoundError(f"no topic {topic!r}{_did_you_mean(topic, known)}; topics: "
                                + ", ".join(known))
        found = tuple(c for c in found if c.topic == topic)
    if subject is not None:
        subject_id = find_entity_id(ds, subject)
        if subject_id is None:
            names = sorted({e.name for e in ds.entities.values()} | set(ds.entities))
            raise NotFoundError(f"no entity named {subject!r}{_did_you_mean(subject, names)}")
        found = tuple(c for c in found if subject_id in _entities_of(c))
        query["subject"] = subject_id
    if modality is not None:
        found = tuple(c for c in found if c.modality is modality)
    if not found:
        raise NotFoundError("no claims match " + ", ".join(
            f"{k}={v}" for k, v in query.items() if v is not None))
    return Result("claims", "Claims of the article", found,
                  {k: v for k, v in query.items() if v is not None})


def _entities_of(claim: Claim) -> set[str]:
    ids = {claim.subject}
    if claim.value.type == "entity":
        ids.add(claim.value.entity)
    return ids


def show(ds: Dataset, claim_id: str) -> Result:
    """One claim in full, with the sentence its quote stands in."""
    claim = ds.by_id.get(claim_id)
    if claim is None:
        raise NotFoundError(f"no claim {claim_id!r}{_did_you_mean(claim_id, list(ds.by_id))};"
                            " list them all with 'xev claims'")
    text = ds.texts.get(claim.source)
    context = sentence_around(text, claim.span.start, claim.span.end) if text else None
    return Result("show", claim.label, (claim,), {"id": claim_id}, context)


def sentence_around(text: str, start: int, end: int) -> Sentence:
    """The whole sentence(s) that text[start:end] stands in."""
    left = start
    while left > 0 and text[left - 1] != "\n" and not _is_full_stop(text, left - 1):
        left -= 1
    right = end
    if not (end > start and _is_full_stop(text, end - 1)):
        while right < len(text) and text[right] != "\n":
            right += 1
            if _is_full_stop(text, right - 1):
                break
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return Sentence(text[left:right], left, right)


def _is_full_stop(text: str, i: int) -> bool:
    """Whether text[i] is a full stop that ends a sentence (not 'Inc.', not '2.54')."""
    if text[i] != "." or (i + 1 < len(text) and not text[i + 1].isspace()):
        return False
    word = text[:i].rsplit(None, 1)[-1] if text[:i].strip() else ""
    return word not in _ABBREVIATIONS


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.5)
    if not close:
        lowered = word.casefold()
        close = [c for c in choices if lowered and lowered in c.casefold()][:3]
    if not close:
        return ""
    names = [repr(c) for c in close]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f" (did you mean {listed}?)"
