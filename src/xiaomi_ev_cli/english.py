"""English word lists (lexicon/README.md says whence): whether a word is English, whether it is
mostly a verb, adjective or adverb, whether it names a place, and the lemmas of irregular verb forms."""

from __future__ import annotations

import functools
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicon"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


@functools.cache
def _listed(name: str) -> str:
    # kept as one string and searched: a set of english.txt's 21,745 words would cost 4 MB more
    return "\n" + (LEXICON / name).read_text(encoding="ascii")


@functools.lru_cache(maxsize=4096)
def is_word(word: str) -> bool:
    """Whether the lower-case word is in the English word list."""
    return word.isalpha() and f"\n{word}\n" in _listed("english.txt")


@functools.lru_cache(maxsize=4096)
def is_predicate(term: str) -> bool:
    """Whether a search term (a stem) is of a word used mostly as a verb, adjective or adverb
    ("play", "agreed", "between"), which says what is asked rather than what about."""
    return term.isalpha() and f"\n{term}\n" in _listed("predicates.txt")


@functools.lru_cache(maxsize=4096)
def is_place(word: str) -> bool:
    """Whether the lower-case word is the name of a place and nothing else ("germany", "shanghai";
    not "turkey" or "reading"), by WordNet."""
    return word.isalpha() and f"\n{word}\n" in _listed("places.txt")


@functools.cache
def irregular() -> dict[str, str]:
    """Irregular verb forms and their lemmas: "sold" -> "sell"."""
    return dict(line.split(" ", 1) for line in _listed("irregular.txt").splitlines() if line)
