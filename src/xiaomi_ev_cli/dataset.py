"""Load a dataset folder and validate all of it: types, unique ids, references and quotes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, TypeAdapter, ValidationError

from .errors import DatasetError, Problem
from .models import (
    Claim,
    ClaimsFile,
    Derived,
    DerivedFile,
    EntitiesFile,
    Entity,
    FollowUp,
    FollowUpsFile,
    Source,
    SourcesFile,
)

FILES: dict[str, type[BaseModel]] = {
    "sources.json": SourcesFile,
    "entities.json": EntitiesFile,
    "claims.json": ClaimsFile,
    "followups.json": FollowUpsFile,
    "derived.json": DerivedFile,
}
# A dataset may leave these out: no follow-ups, no derived figures.
OPTIONAL = {"followups.json": "followups", "derived.json": "derived"}
# What each file holds a list of, and how one item is named in a message.
_ITEMS = {"sources.json": ("sources", "source"), "entities.json": ("entities", "entity"),
          "claims.json": ("claims", "claim"), "followups.json": ("followups", "follow-up"),
          "derived.json": ("derived", "derived figure")}
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


def default_data_dir() -> Path:
    """The shipped dataset: inside the installed package, or data/ in a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    if (packaged / "claims.json").is_file():
        return packaged
    return here.parent.parent / "data"


class Store(Protocol):
    """Where a validated dataset's records come from: memory, or the cache on disk."""

    def all_claims(self) -> tuple[Claim, ...]: ...
    def claims_in_topics(self, topics: Sequence[str]) -> tuple[Claim, ...]: ...
    def claim(self, claim_id: str) -> Claim | None: ...
    def claim_ids(self) -> list[str]: ...
    def entities(self) -> tuple[Entity, ...]: ...
    def sources(self) -> tuple[Source, ...]: ...
    def texts(self) -> dict[str, str]: ...
    def followups(self) -> tuple[FollowUp, ...]: ...
    def derived(self) -> tuple[Derived, ...]: ...


@dataclass(frozen=True)
class MemoryStore:
    """A dataset held in memory, as validation leaves it."""

    claims: tuple[Claim, ...]
    entity_list: tuple[Entity, ...]
    source_list: tuple[Source, ...]
    text_map: dict[str, str]
    followup_list: tuple[FollowUp, ...] = ()
    derived_list: tuple[Derived, ...] = ()

    def all_claims(self) -> tuple[Claim, ...]:
        return self.claims

    def claims_in_topics(self, topics: Sequence[str]) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.topic in topics)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def claim_ids(self) -> list[str]:
        return [c.id for c in self.claims]

    def entities(self) -> tuple[Entity, ...]:
        return self.entity_list

    def sources(self) -> tuple[Source, ...]:
        return self.source_list

    def texts(self) -> dict[str, str]:
        return self.text_map

    def followups(self) -> tuple[FollowUp, ...]:
        return self.followup_list

    def derived(self) -> tuple[Derived, ...]:
        return self.derived_list


class Dataset:
    """A validated dataset. Records load when first asked for; a claim or a topic alone is cheap."""

    def __init__(self, root: Path, store: Store) -> None:
        self.root = root
        self.store = store

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim, in file order."""
        return self.store.all_claims()

    @cached_property
    def by_id(self) -> Mapping[str, Claim]:
        """Every claim by id."""
        return {claim.id: claim for claim in self.claims}

    def claim(self, claim_id: str) -> Claim | None:
        """One claim, if there is one with this id."""
        return self.store.claim(claim_id)

    def claims_in_topics(self, topics: Sequence[str]) -> tuple[Claim, ...]:
        """The claims of these topics, in file order."""
        return self.store.claims_in_topics(topics)

    def claim_ids(self) -> list[str]:
        """Every claim id, in file order."""
        return self.store.claim_ids()

    @cached_property
    def entities(self) -> Mapping[str, Entity]:
        """Entities by id."""
        return {e.id: e for e in self.store.entities()}

    @cached_property
    def sources(self) -> Mapping[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.store.sources()}

    @cached_property
    def texts(self) -> Mapping[str, str]:
        """The exact text of each source that has one."""
        return self.store.texts()

    @cached_property
    def followups(self) -> tuple[FollowUp, ...]:
        """Follow-ups, in file order."""
        return self.store.followups()

    @cached_property
    def derived(self) -> tuple[Derived, ...]:
        """Derived-figure definitions, in file order."""
        return self.store.derived()

    def entity_name(self, entity_id: str | None, short: bool = False) -> str | None:
        """An entity's name, or its short name where it has one (its id if the dataset lacks it)."""
        if entity_id is None:
            return None
        entity = self.entities.get(entity_id)
        if entity is None:
            return entity_id
        return (entity.short_name or entity.name) if short else entity.name


def load(path: Path | None = None, use_cache: bool = True) -> Dataset:
    """Read and validate the dataset at `path` (a folder, or one of its files); raise DatasetError.

    A dataset whose exact content was validated before is read from the cache instead of being
    validated again (see cache.py); anything else is validated in full, and cached if it passes.
    """
    root = _dataset_root(path if path is not None else default_data_dir())
    key = None
    if use_cache and not os.environ.get("XEV_NO_CACHE"):
        from . import cache

        key = cache.content_key(root)
        cached = cache.open_store(key) if key else None
        if cached is not None:
            return Dataset(root, cached)
    store = validate(root)
    if key:
        from . import cache

        cache.write(key, store)
    return Dataset(root, store)


def validate(root: Path) -> MemoryStore:
    """Read every file of the dataset folder and check all of it; raise DatasetError."""
    problems: list[Problem] = []
    parsed: dict[str, Any] = {}
    for name in FILES:
        model = _read_file(root, name, problems)
        if model is not None:
            parsed[name] = model
    if problems:
        raise DatasetError(problems)
    sources: tuple[Source, ...] = parsed["sources.json"].sources
    entities: tuple[Entity, ...] = parsed["entities.json"].entities
    claims: tuple[Claim, ...] = parsed["claims.json"].claims
    followups: tuple[FollowUp, ...] = parsed["followups.json"].followups
    derived: tuple[Derived, ...] = parsed["derived.json"].derived
    texts = _read_texts(root, sources, problems)
    problems.extend(replace(p, file=str(root / p.file))
                    for p in check_references(sources, entities, claims, texts, followups, derived))
    if problems:
        raise DatasetError(problems)
    return MemoryStore(claims, entities, sources, texts, followups, derived)


def _dataset_root(path: Path) -> Path:
    try:
        return _find_root(path)
    except OSError as exc:  # a name too long, a loop of links, no permission...
        raise DatasetError([Problem(str(path), f"cannot open: {exc.strerror or exc}")]) from None


def _find_root(path: Path) -> Path:
    if path.is_file() and path.name in FILES:
        return path.parent
    if path.is_dir():
        return path
    if path.exists():
        raise DatasetError([Problem(str(path), "not a dataset folder (expected a folder with "
                                    + ", ".join(FILES) + ")")])
    raise DatasetError([Problem(str(path), "no such file or folder")])


def _read_file(root: Path, name: str, problems: list[Problem]) -> Any:
    path = root / name
    shown = str(path)
    if path.exists() and not path.is_file():  # a folder, a device, a pipe: never read those
        problems.append(Problem(shown, "not a regular file"))
        return None
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        if name in OPTIONAL:
            empty: dict[str, Any] = {OPTIONAL[name]: ()}
            return FILES[name].model_construct(None, **empty)
        problems.append(Problem(shown, "missing (a dataset folder holds " + ", ".join(FILES) + ")"))
        return None
    except OSError as exc:
        problems.append(Problem(shown, f"cannot read: {exc.strerror or exc}"))
        return None
    try:
        text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, f"not UTF-8 text (byte {exc.start})"))
        return None
    if text.startswith("\ufeff"):
        problems.append(Problem(shown, "starts with a byte-order mark; save it as UTF-8 without BOM"))
        return None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(shown, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"))
        return None
    except RecursionError:
        problems.append(Problem(shown, "not valid JSON: nested too deeply"))
        return None
    except ValueError as exc:  # a number too long to read, say
        problems.append(Problem(shown, f"not valid JSON: {exc}"))
        return None
    try:
        if name not in _ADAPTERS:  # built on first use: a cached dataset never needs them
            _ADAPTERS[name] = TypeAdapter(FILES[name])
        return _ADAPTERS[name].validate_python(raw)
    except ValidationError as exc:
        problems.extend(_validation_problems(shown, name, raw, exc))
        return None


def _validation_problems(shown: str, name: str, raw: Any, exc: ValidationError) -> Iterator[Problem]:
    key, noun = _ITEMS[name]
    items = raw.get(key) if isinstance(raw, dict) else None
    seen: set[tuple[str | None, str | None]] = set()
    for error in exc.errors(include_url=False, include_input=False):
        # A number that is neither int nor float fails both; say it once.
        loc = [part for part in error["loc"] if part not in ("int", "float")]
        item = None
        if len(loc) >= 2 and loc[0] == key and isinstance(loc[1], int):
            index = loc[1]
            loc = loc[2:]
            entry = items[index] if isinstance(items, list) and index < len(items) else None
            ident = entry.get("id") if isinstance(entry, dict) else None
            item = f"{noun} {ident!r}" if isinstance(ident, str) else f"{noun} #{index + 1}"
        field_name = ".".join(str(part) for part in loc) or None
        if (item, field_name) in seen:
            continue
        seen.add((item, field_name))
        yield Problem(shown, _one_line(error["msg"]), item, field_name)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _read_texts(root: Path, sources: Iterable[Source], problems: list[Problem]) -> dict[str, str]:
    texts: dict[str, str] = {}
    shown = str(root / "sources.json")
    base = root.resolve()
    for source in sources:
        if source.text_file is None:
            continue
        path = (root / source.text_file).resolve()
        if not path.is_relative_to(base):
            problems.append(Problem(shown, "must name a file inside the dataset folder",
                                    f"source {source.id!r}", "text_file"))
            continue
        if path.exists() and not path.is_file():
            problems.append(Problem(shown, f"{source.text_file!r} is not a regular file",
                                    f"source {source.id!r}", "text_file"))
            continue
        try:
            texts[source.id] = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else (exc.strerror or str(exc))
            problems.append(Problem(shown, f"cannot read {source.text_file!r}: {why}",
                                    f"source {source.id!r}", "text_file"))
    return texts


def check_references(
    sources: tuple[Source, ...],
    entities: tuple[Entity, ...],
    claims: tuple[Claim, ...],
    texts: Mapping[str, str],
    followups: tuple[FollowUp, ...] = (),
    derived: tuple[Derived, ...] = (),
) -> list[Problem]:
    """Every problem a well-typed dataset can still have: duplicates, dangling ids, bad quotes.

    Problems name the file by its base name; `load` puts the folder in front.
    """
    problems: list[Problem] = []
    for name, ids in (("sources.json", [s.id for s in sources]),
                      ("entities.json", [e.id for e in entities]),
                      ("claims.json", [c.id for c in claims]),
                      ("followups.json", [f.id for f in followups]),
                      ("derived.json", [d.id for d in derived])):
        noun = _ITEMS[name][1]
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                problems.append(Problem(name, "duplicate id", f"{noun} {ident!r}", "id"))
            seen.add(ident)
    source_ids = {s.id for s in sources}
    entity_ids = {e.id for e in entities}

    def entity(ref: str | None, item: str, where: str, file: str = "claims.json") -> None:
        if ref is not None and ref not in entity_ids:
            problems.append(Problem(file, f"unknown entity {ref!r}", item, where))

    def source(ref: str, item: str, where: str, file: str = "claims.json") -> None:
        if ref not in source_ids:
            problems.append(Problem(file, f"unknown source {ref!r}", item, where))

    places = {e.id for e in entities if e.type == "place"}
    for e in entities:
        for i, ref in enumerate(e.located_in):
            if ref not in entity_ids:
                entity(ref, f"entity {e.id!r}", f"located_in.{i}", "entities.json")
            elif ref not in places or ref == e.id:
                problems.append(Problem("entities.json", f"{ref!r} is not a place it can lie in",
                                        f"entity {e.id!r}", f"located_in.{i}"))
    for claim in claims:
        item = f"claim {claim.id!r}"
        entity(claim.subject, item, "subject")
        entity(claim.attribution.by, item, "attribution.by")
        if claim.value.type == "entity":
            entity(claim.value.entity, item, "value.entity")
        for i, note in enumerate(claim.notes):
            if note.value is not None and note.value.type == "entity":
                entity(note.value.entity, item, f"notes.{i}.value.entity")
            for j, ref in enumerate(note.sources):
                source(ref, item, f"notes.{i}.sources.{j}")
        source(claim.source, item, "source")
        text = texts.get(claim.source)
        if claim.source in source_ids and text is None:
            problems.append(Problem("claims.json", f"source {claim.source!r} has no text_file to quote",
                                    item, "source"))
        elif text is not None:
            found = text[claim.span.start:claim.span.end]
            if found != claim.quote:
                hint = ""
                at = text.find(claim.quote)
                if at >= 0:
                    hint = f"; the quote stands at {at}-{at + len(claim.quote)}"
                problems.append(Problem(
                    "claims.json",
                    f"quote does not match the source at {claim.span.start}-{claim.span.end}"
                    f" (the text there is {found[:60]!r}){hint}",
                    item, "span"))
    claims_by_id = {c.id: c for c in claims}
    for followup in followups:
        item = f"follow-up {followup.id!r}"
        for j, ref in enumerate(followup.sources):
            source(ref, item, f"sources.{j}", "followups.json")
        if followup.value is not None and followup.value.type == "entity":
            entity(followup.value.entity, item, "value.entity", "followups.json")
        problems.extend(Problem("followups.json", f"unknown claim {ref!r}", item, f"relates_to.{j}")
                        for j, ref in enumerate(followup.relates_to) if ref not in claims_by_id)
    for figure in derived:
        problems.extend(_check_derived(figure, claims_by_id))
    return problems


def _check_derived(figure: Derived, claims: Mapping[str, Claim]) -> Iterator[Problem]:
    from . import formula

    item = f"derived figure {figure.id!r}"
    try:
        used = formula.names(figure.formula)
    except formula.FormulaError as exc:
        yield Problem("derived.json", str(exc), item, "formula")
        return
    for name in sorted(used - set(figure.inputs)):
        yield Problem("derived.json", f"the formula uses {name!r}, which is not an input", item, "formula")
    for name, ref in figure.inputs.items():
        claim = claims.get(ref)
        if claim is None:
            yield Problem("derived.json", f"unknown claim {ref!r}", item, f"inputs.{name}")
        elif claim.value.type != "quantity":
            yield Problem("derived.json", f"claim {ref!r} is not a quantity", item, f"inputs.{name}")
