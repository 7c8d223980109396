"""English word lists (lexicon/README.md says whence): whether a word is English, whether it is
mostly a verb, adjective or adverb, whether it names a place, and the lemmas of irregular verb forms."""

from __future__ import annotations

import functools
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicon"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


@functools.cache
def _listed(name: str) -> bytes:
    # kept as the file's bytes and searched: a set of english.txt's 21,745 words would cost 4 MB more,
    # and text decoded from the bytes (and a copy with a newline before it) 0.3 MB more while read
    return (LEXICON / name).read_bytes()


def _in(name: str, word: str) -> bool:
    """Whether the word is a line of the list (no word with a letter outside ASCII is)."""
    if not (word.isalpha() and word.isascii()):
        return False
    line = word.encode("ascii") + b"\n"
    listed = _listed(name)
    return listed.startswith(line) or b"\n" + line in listed


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
