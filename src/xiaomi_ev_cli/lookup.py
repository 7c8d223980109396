"""Pure queries over a Dataset: each returns a Result or raises a domain error."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from .dataset import Dataset
from .enums import Modality, NoteKind, Precision
from .errors import NotFoundError, quoted
from .models import (
    Claim,
    Derived,
    Entity,
    FollowUp,
    Note,
    Period,
    Quantity,
    date_bounds,
    date_precision,
)

# The commands that answer one part of the story, with their titles and the topics they cover.
TOPIC_COMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "plant": ("Xiaomi's EV plant in Beijing's E-Town", ("plant", "agreement", "headquarters", "production")),
    "investment": ("Xiaomi's pledge to invest in EVs", ("investment",)),
    "registration": ("The registration of Xiaomi EV, Xiaomi's EV unit", ("registration",)),
    "xiaomi": ("Xiaomi, its CEO, its Q3 report and its car team", ("xiaomi", "q3-report")),
    "market": ("China's NEV market, the other carmakers and NEV sales", ("market", "carmakers", "nev-sales")),
    "etown": ("E-Town: where it is, what it does, who is there", ("e-town",)),
}
PLANT_TOPICS = TOPIC_COMMANDS["plant"][1]
SALES_TOPIC = "nev-sales"
# The claims and follow-ups of the one-screen brief, where the dataset has them.
BRIEF = ("plant.capacity", "plant.stages", "plant.site", "agreement.date", "investment.amount",
         "production.target", "followup.first-deliveries", "q3-report.team-size",
         "nev-sales.2021-jan-oct", "nev-sales.2021-jan-oct-growth", "nev-sales.2021-estimate",
         "followup.nev-sales-2021")
# Longer names and ids than this are not matched to near ones: nothing is that long.
MAX_GUESS_LENGTH = 200
CORRECTION_KINDS = (NoteKind.correction, NoteKind.resolution, NoteKind.translation)
class _Topical(Protocol):
    @property
    def topic(self) -> str: ...


_T = TypeVar("_T", bound=_Topical)
# Abbreviations the article uses, after which a full stop does not end a sentence.
_ABBREVIATIONS = ("Inc", "Corp", "Co", "Ltd", "No", "Mr", "Dr", "St")


@dataclass(frozen=True)
class Sentence:
    """The sentence(s) around a quote, with the quote's place in them."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """A derived figure: its definition, the value its formula gives, and the inputs it used."""

    definition: Derived
    value: Quantity
    inputs: dict[str, float]


@dataclass(frozen=True)
class Event:
    """A dated event of the story: from the article (resolved where it can be), or a follow-up."""

    date: str
    precision: Precision
    layer: str  # "article", "follow-up" or "source"
    id: str
    label: str
    modality: str
    as_written: str | None = None  # the article's own, vaguer date, where a note resolved it


@dataclass(frozen=True)
class Correction:
    """A note that resolves, corrects or translates the article's wording, with its claim."""

    claim: Claim
    note: Note


@dataclass(frozen=True)
class Result:
    """What a lookup found, the question that found it, and a title for people.

    `claims` are the article's claims (with `extras`, per-claim fields such as a score);
    `followups` and `derived` are kept apart from them; `entities`, `events` and `corrections`
    are the rows of the commands that list those.
    """

    command: str
    title: str
    claims: tuple[Claim, ...] = ()
    query: dict[str, Any] = field(default_factory=dict)
    context: Sentence | None = None
    extras: tuple[dict[str, Any], ...] = ()
    followups: tuple[FollowUp, ...] = ()
    derived: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    corrections: tuple[Correction, ...] = ()
    # ask: (id, layer, score), best first, across claims, follow-ups and derived figures
    ranking: tuple[tuple[str, str, float], ...] = ()

    @property
    def rows(self) -> str:
        """Which records are this result's rows: claims, entities, events or corrections."""
        if self.events:
            return "events"
        if self.corrections:
            return "corrections"
        if self.entities and not self.claims:
            return "entities"
        return "claims"

    @property
    def count(self) -> int:
        """How many rows the result has."""
        if self.rows == "claims":
            return len(self.claims) + len(self.followups) + len(self.derived)
        return len(getattr(self, self.rows))


def _by_topic(items: Iterable[_T], topics: Sequence[str]) -> tuple[_T, ...]:
    """The items of these topics, ordered by topic and then as the dataset has them."""
    return tuple(sorted((i for i in items if i.topic in topics),
                        key=lambda i: topics.index(i.topic)))


def topic(ds: Dataset, command: str, followups: bool = True) -> Result:
    """One part of the story (see TOPIC_COMMANDS): its claims, derived figures and follow-ups."""
    title, topics = TOPIC_COMMANDS[command]
    claims = _by_topic(ds.claims_in_topics(topics), topics)
    if not claims:
        raise NotFoundError(f"this dataset has no claims for '{command}' (topics: {', '.join(topics)})")
    return Result(command, title, claims,
                  followups=_by_topic(ds.followups, topics) if followups else (),
                  derived=tuple(derive(ds, d) for d in _by_topic(ds.derived, topics)))


def derive(ds: Dataset, definition: Derived) -> Figure:
    """Compute a derived figure from the claims it names."""
    inputs = {}
    for name, claim_id in definition.inputs.items():
        claim = ds.claim(claim_id)
        assert claim is not None and claim.value.type == "quantity"  # the loader checked it
        value = claim.value
        inputs[name] = float(value.amount)
    from . import formula  # only derived figures need the formula parser

    amount = round(formula.evaluate(definition.formula, inputs), definition.decimals)
    number: int | float = int(amount) if definition.decimals == 0 else amount
    # Built from checked parts, so not validated again (validation would build pydantic's schemas).
    value = Quantity.model_construct(amount=number, unit=definition.unit, per=definition.per,
                                     bound=definition.bound)
    return Figure(definition, value, inputs)


def _years(period: Period | None) -> range:
    if period is None or period.start is None:
        return range(0)
    first = date_bounds(period.start)[0].year
    last = date_bounds(period.end)[1].year if period.end else first
    return range(first, last + 1)


def sales_years(ds: Dataset) -> dict[int, str]:
    """The years some NEV sales figure covers, each with the layer of its best figure."""
    years: dict[int, str] = {}
    for layer, items in (("follow-up", ds.followups), ("derived", ds.derived),
                         ("article", ds.claims)):
        for item in items:
            if item.topic == SALES_TOPIC:
                years.update(dict.fromkeys(_years(item.period), layer))
    return dict(sorted(years.items()))


def sales(ds: Dataset, year: int | None = None, followups: bool = True) -> Result:
    """NEV sales figures (of one year, if given): amounts, growth, estimates; derived and later."""

    def wanted(item: Claim | FollowUp | Derived) -> bool:
        return item.topic == SALES_TOPIC and (year is None or year in _years(item.period))

    claims = tuple(c for c in ds.claims_in_topics((SALES_TOPIC,)) if wanted(c))
    later = tuple(f for f in ds.followups if wanted(f)) if followups else ()
    figures = tuple(derive(ds, d) for d in ds.derived if wanted(d))
    if not (claims or later or figures):
        if year is None:
            raise NotFoundError("this dataset has no NEV sales figures")
        have = ", ".join(f"{y}" if layer == "article" else f"{y} ({layer})"
                         for y, layer in sales_years(ds).items()
                         if followups or layer != "follow-up") or "none"
        raise NotFoundError(f"no NEV sales figures for {year}; years with figures: {have}")
    title = f"NEV sales in China, {year}" if year is not None else "NEV sales in China"
    return Result("sales", title, claims, {"year": year}, followups=later, derived=figures)


def topics(ds: Dataset) -> list[str]:
    """The topics in dataset order, each once."""
    return list(dict.fromkeys(c.topic for c in ds.claims))


def find_entity_id(ds: Dataset, name: str) -> str | None:
    """The id of the entity with this id, name or alias (case-insensitive), if any."""
    wanted = name.casefold().strip()
    for entity in ds.entities.values():
        if any(wanted == n.casefold() for n in entity_names(entity)):
            return entity.id
    return None


def entity_names(entity: Entity) -> tuple[str, ...]:
    """Every name an entity goes by: id, name, short name, Chinese name, aliases."""
    return tuple(n for n in (entity.id, entity.name, entity.short_name, entity.name_zh,
                             *entity.aliases) if n)


def match_entity(ds: Dataset, name: str) -> str:
    """The entity a user means by `name`: any alias, any case, a typo or two; else NotFoundError."""
    exact = find_entity_id(ds, name)
    if exact is not None:
        return exact
    wanted = name.casefold().strip()
    import difflib

    names = {n.casefold(): e.id for e in ds.entities.values() for n in entity_names(e)}
    close = (difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.75)
             if len(wanted) <= MAX_GUESS_LENGTH else [])
    if close:
        return names[close[0]]
    contains = sorted({eid for n, eid in names.items() if wanted and (wanted in n)})
    if len(contains) == 1:
        return contains[0]
    shown = sorted({ds.entities[e].name for e in contains}) or sorted(
        {e.short_name or e.name for e in ds.entities.values()})
    hint = "did you mean " if contains else "entities: "
    raise NotFoundError(f"no entity named {quoted(name)}; {hint}" + ", ".join(shown))


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
            raise NotFoundError(f"no topic {quoted(topic)}{_did_you_mean(topic, known)}; topics: "
                                + ", ".join(known))
        found = tuple(c for c in found if c.topic == topic)
    if subject is not None:
        subject_id = match_entity(ds, subject)
        found = tuple(c for c in found if subject_id in (c.subject, _value_entity(c)))
        query["subject"] = subject_id
    if modality is not None:
        found = tuple(c for c in found if c.modality is modality)
    if not found:
        raise NotFoundError("no claims match " + ", ".join(
            f"{k}={v}" for k, v in query.items() if v is not None))
    return Result("claims", "Claims of the article", found,
                  {k: v for k, v in query.items() if v is not None})


def _value_entity(claim: Claim) -> str | None:
    return claim.value.entity if claim.value.type == "entity" else None


def entities(ds: Dataset) -> Result:
    """Every organisation, person and place, with roles and aliases."""
    return Result("entities", "Who and what the story names", entities=tuple(ds.entities.values()))


def entity(ds: Dataset, name: str, followups: bool = True) -> Result:
    """One entity, found by any alias, English or Chinese, and the claims about it or by it."""
    entity_id = match_entity(ds, name)
    found: list[Claim] = []
    extras: list[dict[str, Any]] = []
    for claim in ds.claims:
        roles = [role for role, ref in (("subject", claim.subject), ("value", _value_entity(claim)),
                                        ("said-by", claim.attribution.by)) if ref == entity_id]
        if roles:
            found.append(claim)
            extras.append({"roles": roles})
    related = {c.id for c in found}
    later = tuple(f for f in ds.followups if related & set(f.relates_to)) if followups else ()
    ent = ds.entities[entity_id]
    return Result("entities", ent.name, tuple(found), {"name": name, "entity": entity_id},
                  extras=tuple(extras), followups=later, entities=(ent,))


def timeline(ds: Dataset, followups: bool = True) -> Result:
    """Every dated event in order: the article's, resolved where notes resolve them, and later ones."""
    events: list[Event] = []
    for source in ds.sources.values():
        if source.kind == "article" and source.date:
            events.append(Event(source.date, date_precision(source.date), "source", source.id,
                                "The article is published", "reported"))
    dated: list[Claim] = []
    for claim in ds.claims:
        if claim.value.type != "date":
            continue
        dated.append(claim)
        resolved = next((n.value for n in claim.notes if n.kind == "resolution"
                         and n.applies_to == "value" and n.value is not None
                         and n.value.type == "date"), None)
        date = resolved.date if resolved is not None else claim.value.date
        events.append(Event(date, date_precision(date), "article", claim.id, claim.label,
                            claim.modality.value,
                            claim.value.date if date != claim.value.date else None))
    later = ds.followups if followups else ()
    events += [Event(f.date.date, f.date.precision, "follow-up", f.id, f.label, f.modality.value)
               for f in later]
    events.sort(key=lambda e: (date_bounds(e.date)[0], -len(e.date)))
    return Result("timeline", "Timeline of the story", tuple(dated), followups=tuple(later),
                  events=tuple(events))


def corrections(ds: Dataset, kinds: Sequence[NoteKind] = CORRECTION_KINDS) -> Result:
    """Every correction, resolution and translation the dataset makes to the article's wording."""
    rows = tuple(Correction(c, n) for c in ds.claims for n in c.notes if n.kind in kinds)
    if not rows:
        raise NotFoundError("no notes of kind " + ", ".join(k.value for k in kinds))
    found = tuple(dict.fromkeys(r.claim for r in rows))
    return Result("corrections", "What the dataset resolves and corrects in the article", found,
                  {"kinds": [k.value for k in kinds]}, corrections=rows)


def followups(ds: Dataset) -> Result:
    """What happened after the article, from later reporting, kept apart from its claims."""
    if not ds.followups:
        raise NotFoundError("this dataset has no follow-ups")
    return Result("followups", "What happened next (later reporting, not the article)",
                  followups=ds.followups)


def brief(ds: Dataset, followups: bool = True) -> Result:
    """The story on one screen: its headline figures, each with its source."""
    found = (ds.claim(i) for i in BRIEF)
    chosen = tuple(c for c in found if c is not None) or ds.claims[:8]
    later = tuple(f for f in ds.followups if f.id in BRIEF) if followups else ()
    return Result("brief", "Xiaomi's EV plant in Beijing's E-Town: the story in brief", chosen,
                  followups=later)


def show(ds: Dataset, claim_id: str, followups: bool = True) -> Result:
    """One claim in full, with the sentence its quote stands in, and follow-ups that bear on it."""
    claim = ds.claim(claim_id)
    if claim is None:
        raise NotFoundError(f"no claim {quoted(claim_id)}{_did_you_mean(claim_id, ds.claim_ids())};"
                            " list them all with 'xev claims'")
    text = ds.texts.get(claim.source)
    context = sentence_around(text, claim.span.start, claim.span.end) if text else None
    later = tuple(f for f in ds.followups if claim.id in f.relates_to) if followups else ()
    return Result("show", claim.label, (claim,), {"id": claim_id}, context, followups=later)


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
    import difflib

    if len(word) > MAX_GUESS_LENGTH:
        return ""
    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.5)
    if not close:
        lowered = word.casefold()
        close = [c for c in choices if lowered and lowered in c.casefold()][:3]
    if not close:
        return ""
    names = [repr(c) for c in close]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f" (did you mean {listed}?)"
