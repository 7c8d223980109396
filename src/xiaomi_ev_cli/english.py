"""English word lists (lexicon/README.md says whence): whether a word is English, whether it is
mostly a verb, adjective or adverb, whether it names a place, and the lemmas of irregular verb forms."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from . import sortedlines

LEXICON = Path(__file__).parent / "lexicon"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


@functools.cache
def _listed(name: str) -> bytes:
    """A small list's file, read whole (irregular.txt, 4 KB, made a dictionary)."""
    return (LEXICON / name).read_bytes()


@functools.cache
def _opened(name: str) -> tuple[int, int]:
    """A sorted list's file, open to be read in pieces (for as long as xev runs), and its size."""
    fd = os.open(LEXICON / name, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    return fd, os.fstat(fd).st_size


def _in(name: str, word: str) -> bool:
    """Whether the word is a line of the sorted list (no word with a letter outside ASCII is): a
    binary search over the file, read a few bytes at a time (read whole, the lists cost 0.2 MB more
    at their peak; held as a set of english.txt's 21,745 words, 4 MB more)."""
    if not (word.isalpha() and word.isascii()):
        return False
    target = word.encode("ascii")
    fd, size = _opened(name)
    start = sortedlines.first_at_or_after(fd, 0, size, target)
    return start < size and sortedlines.line_at(fd, start, start, size)[1] == target


@functools.lru_cache(maxsize=4096)
def is_word(word: str) -> bool:
    """Whether the lower-case word is in the English word list."""
    return _in("english.txt", word)


@functools.lru_cache(maxsize=4096)
def is_predicate(term: str) -> bool:
    """Whether a search term (a stem) is of a word used mostly as a verb, adjective or adverb
    ("play", "agreed", "between"), which says what is asked rather than what about."""
    return _in("predicates.txt", term)


@functools.lru_cache(maxsize=4096)
def is_place(word: str) -> bool:
    """Whether the lower-case word is the name of a place and nothing else ("germany", "shanghai";
    not "turkey" or "reading"), by WordNet."""
    return _in("places.txt", word)


@functools.cache
def irregular() -> dict[str, str]:
    """Irregular verb forms and their lemmas: "sold" -> "sell"."""
    return dict(line.split(" ", 1) for line in _listed("irregular.txt").decode("ascii").splitlines() if line)
