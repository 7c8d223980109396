"""Domain errors: small, named, one line each; the CLI maps them to exit codes in one place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """The exit codes xev documents; nothing else is ever returned."""

    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    DATASET = 3
    INTERNAL = 70


def quoted(text: str, limit: int = 80) -> str:
    """What the user typed, quoted in a message: whole when short, else its start and its length."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}... ({len(text):,} characters)"


def shortened(message: str) -> str:
    """A message with any long value in it (a path, an option's value quoted by Click) cut the same
    way: a 100 KB argument makes a one-line error, not a 100 KB one."""
    if len(message) <= 200:
        return message
    import re

    def cut(match: re.Match[str]) -> str:
        text = match.group()
        quote = text[0] if text[0] in "'\"" and text[-1] == text[0] else ""
        return f"{text[:81 if quote else 80]}{quote}... ({len(text) - 2 * len(quote):,} characters)"

    return re.sub(r"""'[^'\n]{200,}'|"[^"\n]{200,}"|[^\s'"]{200,}""", cut, message)


class XevError(Exception):
    """Something the user can act on, said in one line."""

    exit_code: ExitCode = ExitCode.INTERNAL
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(XevError):
    """The dataset holds nothing that answers the question."""

    exit_code = ExitCode.NOT_FOUND
    code = "not_found"


class InvalidArgumentError(XevError):
    """An argument xev's parser accepted but the question cannot use."""

    exit_code = ExitCode.USAGE
    code = "usage"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dataset: which file, which item, which field, and what."""

    file: str
    message: str
    item: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.item:
            where.append(self.item)
        if self.field:
            where.append(self.field)
        return f"{': '.join(where)}: {self.message}"


class DatasetError(XevError):
    """The dataset cannot be read or is not valid; every problem found is listed."""

    exit_code = ExitCode.DATASET
    code = "dataset"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = str(self.problems[0]) if self.problems else "invalid dataset"
        more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
        super().__init__(f"invalid dataset: {head}{more}")
