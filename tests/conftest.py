"""Shared helpers: run xev in-process as a terminal or a pipe would see it, and dataset copies."""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from xiaomi_ev_cli import cli, dataset

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' dataset cache lives in a folder of their own, never the user's."""
    previous = os.environ.get("XEV_CACHE_DIR")
    os.environ["XEV_CACHE_DIR"] = str(tmp_path_factory.mktemp("xev-cache"))
    yield
    if previous is None:
        del os.environ["XEV_CACHE_DIR"]
    else:
        os.environ["XEV_CACHE_DIR"] = previous
DATA = REPO / "data"
SEED = REPO.parent / "shared" / "seed" / "000_f47452c42137238f.txt"


class FakeStream(io.StringIO):
    """A text stream that says whether it is a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@dataclass
class Run:
    """What one xev call left behind."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


Xev = Callable[..., Run]


@pytest.fixture
def xev(monkeypatch: pytest.MonkeyPatch) -> Xev:
    """Call xev in-process; `tty=True` makes stdout a terminal, `env` sets variables."""

    def call(*args: str, tty: bool = False, env: dict[str, str] | None = None) -> Run:
        for name in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "XEV_DEBUG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("COLUMNS", "100")
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        out, err = FakeStream(tty), FakeStream(False)
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        code = cli.run(list(args))
        return Run(code, out.getvalue(), err.getvalue())

    return call


@functools.cache
def shipped() -> dataset.Dataset:
    """The shipped dataset, loaded once."""
    return dataset.load()


@pytest.fixture
def ds() -> dataset.Dataset:
    """The shipped dataset."""
    return shipped()


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A writable copy of the shipped dataset folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    yield target


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
