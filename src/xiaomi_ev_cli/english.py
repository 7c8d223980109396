"""Whether a word is English: a misspelling is put right, a real word the dataset lacks is not."""

from __future__ import annotations

import functools
from pathlib import Path

WORDS = Path(__file__).parent / "lexicon" / "english.txt"


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(WORDS.read_text(encoding="ascii").split())


def is_word(word: str) -> bool:
    """Whether the lower-case word is in the English word list (lexicon/README.md says whence)."""
    return word in _words()
