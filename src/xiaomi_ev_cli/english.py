"""Whether a word is English: a misspelling is put right, a real word the dataset lacks is not."""

from __future__ import annotations

import functools
from pathlib import Path

WORDS = Path(__file__).parent / "lexicon" / "english.txt"


@functools.cache
def _words() -> str:
    # kept as one string (200 KB) and searched: a set of the 21,745 words would cost 4 MB more
    return "\n" + WORDS.read_text(encoding="ascii")


def is_word(word: str) -> bool:
    """Whether the lower-case word is in the English word list (lexicon/README.md says whence)."""
    return word.isalpha() and f"\n{word}\n" in _words()


PREDICATES = Path(__file__).parent / "lexicon" / "predicates.txt"


@functools.cache
def _predicates() -> str:
    return "\n" + PREDICATES.read_text(encoding="ascii")


def is_predicate(term: str) -> bool:
    """Whether a search term (a stem) is of a word used mostly as a verb, adjective or adverb
    ("play", "agreed", "between"), which says what is asked rather than what about."""
    return term.isalpha() and f"\n{term}\n" in _predicates()
