"""The validated-dataset cache: a file of JSON lines per exact dataset content, in the user's cache folder.

Validating a dataset builds pydantic's schemas, which costs more than the rest of a call, and
reading a large dataset whole costs more still. So a dataset that passed validation is written
to `<cache>/xev/<sha256>.jsonl`, the hash taken over every byte xev reads from it (and xev's
version). A later call hashes the files again and, only if an entry with that exact hash exists,
reads the records it needs from it, by topic or id, without validating. The file is text, never
pickles: a first line naming the format, the entry's own hash, its size and where each section
lies; each record as one line of JSON; and the claims' indexes by id and by topic, lines sorted by
key that a lookup searches where they lie (`sortedlines`), so that a call on a large dataset reads
only the lines it needs. An entry that cannot be read, or does not name its own hash and size, is
ignored and removed; a cache folder that cannot be written is simply not used. (SQLite did this
before; its module and connection cost every call 1.3-1.5 MiB of peak memory and 2-3 ms.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from . import __version__, sortedlines
from .dataset import FILES, MemoryStore
from .models import Claim, Derived, Entity, FollowUp, Source, build, to_json

FORMAT = 4
_M = TypeVar("_M", bound=BaseModel)


def cache_dir() -> Path | None:
    """XEV_CACHE_DIR, else $XDG_CACHE_HOME/xev, else ~/.cache/xev; None without a home folder."""
    if os.environ.get("XEV_CACHE_DIR"):
        return Path(os.environ["XEV_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "xev"
    home = os.path.expanduser("~")
    if home == "~" or not os.path.isabs(home):  # no home: never a cache relative to the cwd
        return None
    return Path(home) / ".cache" / "xev"


def content_key(root: Path) -> str | None:
    """The hash of everything xev reads from the dataset folder, or None if a file is unreadable."""
    digest = hashlib.sha256(f"xev {__version__} cache {FORMAT}\n".encode())
    try:
        texts: list[str] = []
        for name in FILES:
            path = root / name
            if not path.is_file():
                digest.update(f"{name} absent\n".encode())
                continue
            if name == "sources.json":  # small; read whole to learn which text files it names
                data = path.read_bytes()
                texts = sorted({str(s["text_file"]) for s in json.loads(data).get("sources", [])
                                if isinstance(s, dict) and isinstance(s.get("text_file"), str)})
            _add_file(digest, name, path)
        base = root.resolve()
        for text_file in texts:
            path = (root / text_file).resolve()
            if not (path.is_relative_to(base) and path.is_file()):
                return None  # validation refuses it, and says why
            _add_file(digest, text_file, path)
    except (OSError, ValueError, AttributeError, TypeError):
        return None  # validation will say what is wrong
    return digest.hexdigest()


def _add_file(digest: Any, name: str, path: Path) -> None:
    """Add a file's name and bytes to the hash, reading it in pieces (a dataset can be large)."""
    with path.open("rb") as stream:
        digest.update(f"{name} {os.fstat(stream.fileno()).st_size}\n".encode())
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)


def _path(key: str) -> Path | None:
    folder = cache_dir()
    return folder / f"{key}.jsonl" if folder is not None else None


def open_store(key: str) -> FileStore | None:
    """The cached dataset with this content hash, if there is a sound one."""
    path = _path(key)
    try:
        if path is None or not path.is_file():
            return None
    except OSError:
        return None
    try:
        return FileStore(path, key)
    except (OSError, ValueError, TypeError, KeyError):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None


# The sections of an entry, in the order they are written.
SECTIONS = ("claims", "ids", "by_id", "by_topic", "entities", "sources", "texts", "followups", "derived")


def _line(value: Any) -> bytes:
    """One value as a line of JSON: ASCII, so no newline or other line break inside."""
    return json.dumps(value).encode("ascii") + b"\n"


def _index(entries: Iterable[tuple[str, int, int]]) -> list[bytes]:
    """Lines "key<TAB>start<TAB>end" sorted by key (JSON text, compared byte by byte), then start."""
    keyed = sorted((json.dumps(key).encode("ascii"), start, end) for key, start, end in entries)
    return [b"%s\t%d\t%d\n" % entry for entry in keyed]


def entry_bytes(key: str, store: MemoryStore) -> bytes:
    """A validated dataset as a cache entry: the header line, then the sections."""
    claims: list[bytes] = []
    by_id: list[tuple[str, int, int]] = []
    by_topic: list[tuple[str, int, int]] = []
    at = 0
    for claim in store.claims:
        claims.append(_line(to_json(claim)))
        by_id.append((claim.id, at, at + len(claims[-1])))
        by_topic.append((claim.topic, at, at + len(claims[-1])))
        at += len(claims[-1])
    body: dict[str, list[bytes]] = {
        "claims": claims,
        "ids": [_line(c.id) for c in store.claims],
        "by_id": _index(by_id),
        "by_topic": _index(by_topic),
        "entities": [_line(to_json(e)) for e in store.entity_list],
        "sources": [_line(to_json(s)) for s in store.source_list],
        "texts": [_line([s.id, store.text_map[s.id]]) for s in store.source_list if s.id in store.text_map],
        "followups": [_line(to_json(f)) for f in store.followup_list],
        "derived": [_line(to_json(d)) for d in store.derived_list],
    }
    sections: dict[str, list[int]] = {}
    at = 0
    for name in SECTIONS:
        size = sum(len(line) for line in body[name])
        sections[name] = [at, at + size]
        at += size
    header = _line({"xev_cache": FORMAT, "content": key, "size": at, "sections": sections})
    return header + b"".join(line for name in SECTIONS for line in body[name])


def write(key: str, store: MemoryStore) -> None:
    """Cache a validated dataset under its content hash; quietly do nothing if that fails."""
    folder = cache_dir()
    target = _path(key)
    if folder is None or target is None:
        return
    tmp = None
    try:
        data = entry_bytes(key, store)
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".xev-", suffix=".jsonl", dir=folder)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(tmp, target)
        tmp = None
        for stale in folder.glob("*.sqlite"):  # entries of the format before this one
            if len(stale.stem) == 64 and all(c in "0123456789abcdef" for c in stale.stem):
                stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


class FileStore:
    """A cached dataset: records are read, and built without validation, when asked for."""

    def __init__(self, path: Path, key: str) -> None:
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            first = os.read(self.fd, 4096)
            end = first.index(b"\n") + 1  # ValueError: no header line
            header = json.loads(first[:end])
            size = os.fstat(self.fd).st_size - end
            if header["xev_cache"] != FORMAT or header["content"] != key or header["size"] != size:
                raise ValueError("the entry is of another format or dataset, or cut short")
            self.sections: dict[str, tuple[int, int]] = {}
            for name in SECTIONS:
                start, stop = header["sections"][name]
                if not (isinstance(start, int) and isinstance(stop, int) and 0 <= start <= stop <= size):
                    raise ValueError(f"section {name} is not within the entry")
                self.sections[name] = (end + start, end + stop)
        except BaseException:
            os.close(self.fd)
            raise

    def _lines(self, name: str) -> list[bytes]:
        start, end = self.sections[name]
        return sortedlines.read(self.fd, start, end).split(b"\n")[:-1]

    def _rows(self, cls: type[_M], name: str) -> tuple[_M, ...]:
        loads: Callable[[bytes], Any] = json.loads
        return tuple(build(cls, loads(line)) for line in self._lines(name))

    def _claims_at(self, entries: Iterable[bytes]) -> tuple[Claim, ...]:
        """The claims an index's lines point to, in the dataset's order."""
        base = self.sections["claims"][0]
        spans = sorted({(int(start), int(end)) for _, start, end in (e.split(b"\t") for e in entries)})
        return tuple(build(Claim, json.loads(sortedlines.read(self.fd, base + start, base + end)))
                     for start, end in spans)

    def _found(self, index: str, key: str) -> list[bytes]:
        start, end = self.sections[index]
        return sortedlines.lines_with_key(self.fd, start, end, json.dumps(key).encode("ascii"))

    def all_claims(self) -> tuple[Claim, ...]:
        return self._rows(Claim, "claims")

    def claims_in_topics(self, topics: Sequence[str]) -> tuple[Claim, ...]:
        return self._claims_at(line for topic in set(topics) for line in self._found("by_topic", topic))

    def claim(self, claim_id: str) -> Claim | None:
        found = self._claims_at(self._found("by_id", claim_id))
        return found[0] if found else None

    def claim_ids(self) -> list[str]:
        return [json.loads(line) for line in self._lines("ids")]

    def entities(self) -> tuple[Entity, ...]:
        return self._rows(Entity, "entities")

    def sources(self) -> tuple[Source, ...]:
        return self._rows(Source, "sources")

    def texts(self) -> dict[str, str]:
        return dict(json.loads(line) for line in self._lines("texts"))

    def followups(self) -> tuple[FollowUp, ...]:
        return self._rows(FollowUp, "followups")

    def derived(self) -> tuple[Derived, ...]:
        return self._rows(Derived, "derived")
