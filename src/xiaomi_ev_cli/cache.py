"""The validated-dataset cache: a SQLite file per exact dataset content, in the user's cache folder.

Validating a dataset builds pydantic's schemas, which costs more than the rest of a call, and
reading a large dataset whole costs more still. So a dataset that passed validation is written
to `<cache>/xev/<sha256>.sqlite`, the hash taken over every byte xev reads from it (and xev's
version). A later call hashes the files again and, only if an entry with that exact hash exists,
reads the records it needs from it, by topic or id, without validating. The file holds JSON
text, never pickles; an entry that cannot be read, or does not name its own hash, is ignored and
removed; a cache folder that cannot be written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from . import __version__
from .dataset import FILES, MemoryStore
from .models import Claim, Derived, Entity, FollowUp, Source, build, to_json

FORMAT = 3
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
    return folder / f"{key}.sqlite" if folder is not None else None


def open_store(key: str) -> SqliteStore | None:
    """The cached dataset with this content hash, if there is a sound one."""
    path = _path(key)
    try:
        if path is None or not path.is_file():
            return None
    except OSError:
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        row = db.execute("SELECT value FROM meta WHERE key = 'content'").fetchone()
        if row is None or row[0] != key:
            raise sqlite3.DatabaseError("entry does not name its own content hash")
    except sqlite3.Error:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None
    return SqliteStore(db)


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE claims (pos INTEGER PRIMARY KEY, id TEXT UNIQUE, topic TEXT, json TEXT);
CREATE INDEX claims_topic ON claims (topic);
CREATE TABLE entities (pos INTEGER PRIMARY KEY, json TEXT);
CREATE TABLE sources (pos INTEGER PRIMARY KEY, id TEXT, json TEXT, text TEXT);
CREATE TABLE followups (pos INTEGER PRIMARY KEY, json TEXT);
CREATE TABLE derived (pos INTEGER PRIMARY KEY, json TEXT);
"""


def write(key: str, store: MemoryStore) -> None:
    """Cache a validated dataset under its content hash; quietly do nothing if that fails."""
    folder = cache_dir()
    target = _path(key)
    if folder is None or target is None:
        return
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".xev-", suffix=".sqlite", dir=folder)
        os.close(fd)
        tmp = Path(name)
        db = sqlite3.connect(tmp)
        try:
            db.executescript(_SCHEMA)
            dump = json.dumps
            db.execute("INSERT INTO meta VALUES ('content', ?)", (key,))
            db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)",
                           ((i, c.id, c.topic, dump(to_json(c))) for i, c in enumerate(store.claims)))
            db.executemany("INSERT INTO entities VALUES (?, ?)",
                           ((i, dump(to_json(e))) for i, e in enumerate(store.entity_list)))
            db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?)",
                           ((i, s.id, dump(to_json(s)), store.text_map.get(s.id))
                            for i, s in enumerate(store.source_list)))
            db.executemany("INSERT INTO followups VALUES (?, ?)",
                           ((i, dump(to_json(f))) for i, f in enumerate(store.followup_list)))
            db.executemany("INSERT INTO derived VALUES (?, ?)",
                           ((i, dump(to_json(d))) for i, d in enumerate(store.derived_list)))
            db.commit()
        finally:
            db.close()
        os.replace(tmp, target)
        tmp = None
    except (OSError, sqlite3.Error):
        pass
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


class SqliteStore:
    """A cached dataset: records are read, and built without validation, when asked for."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def _rows(self, cls: type[_M], sql: str, args: Sequence[Any] = ()) -> tuple[_M, ...]:
        loads: Callable[[str], Any] = json.loads
        return tuple(build(cls, loads(row[0])) for row in self.db.execute(sql, args))

    def all_claims(self) -> tuple[Claim, ...]:
        return self._rows(Claim, "SELECT json FROM claims ORDER BY pos")

    def claims_in_topics(self, topics: Sequence[str]) -> tuple[Claim, ...]:
        topics = [t for t in topics if _storable(t)]
        marks = ",".join("?" * len(topics))
        return self._rows(Claim, f"SELECT json FROM claims WHERE topic IN ({marks}) ORDER BY pos",
                          list(topics))

    def claim(self, claim_id: str) -> Claim | None:
        if not _storable(claim_id):
            return None
        found = self._rows(Claim, "SELECT json FROM claims WHERE id = ?", [claim_id])
        return found[0] if found else None

    def claim_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM claims ORDER BY pos")]

    def entities(self) -> tuple[Entity, ...]:
        return self._rows(Entity, "SELECT json FROM entities ORDER BY pos")

    def sources(self) -> tuple[Source, ...]:
        return self._rows(Source, "SELECT json FROM sources ORDER BY pos")

    def texts(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, text FROM sources WHERE text IS NOT NULL"))

    def followups(self) -> tuple[FollowUp, ...]:
        return self._rows(FollowUp, "SELECT json FROM followups ORDER BY pos")

    def derived(self) -> tuple[Derived, ...]:
        return self._rows(Derived, "SELECT json FROM derived ORDER BY pos")


def _storable(text: str) -> bool:
    """Whether SQLite can take the text: not when it holds undecodable bytes from the command line."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
