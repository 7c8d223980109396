"""Ranked full-text search (BM25) over claims and follow-ups: quotes, values, entities, aliases."""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .dataset import Dataset
from .english import irregular
from .errors import NotFoundError, quoted
from .lookup import Figure, Result, entity_names
from .models import Claim, FollowUp

_WORD = re.compile(r"[a-z0-9]+(?:[.,'&][a-z0-9]+)*")  # "r&d" is one word
_ORDINAL = re.compile(r"[0-9]+(st|nd|rd|th)")
# ordinals from the second ("the third phase" is phase 3); ask.py reads them too
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth")
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# A query is read up to this many terms, and this many unknown ones are matched to near ones.
MAX_TERMS = 200
MAX_GUESSES = 20
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "has",
    "have", "how", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them",
    "there", "they", "this", "to", "was", "were", "what", "when", "where", "which", "who", "will",
    "with",
})


def tokens(text: str) -> list[str]:
    """Search terms: lower-case words with numbers unformatted and plurals folded; CJK bigrams."""
    out: list[str] = []
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    for word in words_and_runs(text.casefold(), _WORD, join=True):
        out += _terms(word)
    return out


def words_and_runs(text: str, word: re.Pattern[str], join: bool) -> list[str]:
    """The words `word` finds in a text, in order, with its Chinese characters: each run of them as
    one (`join`) or each alone. A loop, not a pattern: a character class of the 27,000 takes 1-2 ms
    to compile, a share of a call's start-up, and few texts have one."""
    if text.isascii() or max(text) < "\u3400":
        found: list[str] = word.findall(text)
        return found
    out: list[str] = []
    start = i = 0
    while i < len(text):
        if "\u3400" <= text[i] <= "\u9fff":
            end = i + 1
            while end < len(text) and "\u3400" <= text[end] <= "\u9fff":
                end += 1
            out += word.findall(text, start, i)
            out += [text[i:end]] if join else list(text[i:end])
            start = i = end
        else:
            i += 1
    out += word.findall(text, start)
    return out


@functools.lru_cache(maxsize=16384)
def _terms(word: str) -> tuple[str, ...]:
    """One word's search terms (the same word recurs across records: each is read once)."""
    if "\u3400" <= word[0] <= "\u9fff":
        return (*word, *(word[i:i + 2] for i in range(len(word) - 1)))
    # a possessive is the word ("Mercedes's" is Mercedes); other apostrophes join ("isn't")
    word = (word[:-2] if word.endswith("'s") else word).replace("'", "")
    if word[0].isdigit():
        number = word.replace(",", "")
        if _ORDINAL.fullmatch(number):  # "10,000th" is also 10000
            return number, number[:-2]
        return (number,)
    if word in STOPWORDS:
        return ()
    if word in _NUMBERS:  # "eleven months" are 11 months
        return (str(_NUMBERS.index(word) + 2),)
    if word in ORDINALS:  # "the third phase" is phase 3, and "third" still ("third quarter")
        return word, str(ORDINALS.index(word) + 2)
    return (stem(irregular().get(word, word)),)


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light English stemmer: plural and a few verb endings."""
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(suffix)] + keep
            break
    # a final e goes, so that "approve" and "approved" meet
    return word[:-1] if word.endswith("e") and not word.endswith("ee") and len(word) > 4 else word


@dataclass(frozen=True)
class Hit:
    """A document found, its score, and the query terms it matched."""

    doc: Claim | FollowUp
    score: float
    matched: tuple[str, ...]


class Index:
    """A BM25 index over documents, each made of (text, weight) fields."""

    def __init__(self, docs: Sequence[Sequence[tuple[str, float]]], k1: float = 1.2,
                 b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.freqs: list[dict[str, float]] = []
        self.lengths: list[float] = []
        for fields in docs:
            counts: dict[str, float] = {}
            for text, weight in fields:
                for term in tokens(text):
                    counts[term] = counts.get(term, 0.0) + weight
            self.freqs.append(counts)
            self.lengths.append(sum(counts.values()))
        self.avg = sum(self.lengths) / len(self.lengths) if self.lengths else 1.0
        df: dict[str, int] = {}
        for counts in self.freqs:
            for term in counts:
                df[term] = df.get(term, 0) + 1
        n = len(self.freqs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def expand(self, query: str) -> list[tuple[str, float]]:
        """The query's terms with weights; a term the index lacks is replaced by its nearest."""
        terms: list[tuple[str, float]] = []
        guesses = 0
        for term in tokens(query)[:MAX_TERMS]:
            if term in self.idf:
                terms.append((term, 1.0))
            elif not term[0].isdigit() and 4 <= len(term) <= 40 and guesses < MAX_GUESSES:
                guesses += 1
                close = difflib.get_close_matches(term, list(self.idf), n=1, cutoff=0.8)
                terms += [(close[0], 0.8)] if close else []
        return terms

    def score(self, terms: Sequence[tuple[str, float]], counts: dict[str, float], length: float
              ) -> tuple[float, list[str]]:
        """A document's BM25 score for weighted terms, and the terms it matched."""
        score = 0.0
        matched = []
        for term, weight in terms:
            f = counts.get(term, 0.0)
            if f:
                norm = f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * length / self.avg))
                score += weight * self.idf[term] * norm
                matched.append(term)
        return score, matched

    def search(self, query: str) -> list[tuple[int, float, tuple[str, ...]]]:
        """(document number, score, matched terms) of the documents matching any term, best first."""
        terms = self.expand(query)
        hits = []
        for i, (counts, length) in enumerate(zip(self.freqs, self.lengths, strict=True)):
            score, matched = self.score(terms, counts, length)
            if score > 0:
                hits.append((i, score, tuple(dict.fromkeys(matched))))
        hits.sort(key=lambda h: -h[1])
        return hits


def record_fields(ds: Dataset, record: Claim | FollowUp | Figure) -> list[tuple[str, float]]:
    """A record's words, weighted: its label most, then its quote or text, value, names, notes."""
    from .render import value_text

    if isinstance(record, Figure):
        d = record.definition
        # the claims it is worked out from, by id and by what they state ("capacity": production)
        inputs = [*d.inputs.values(), *(c.label for ref in d.inputs.values() if (c := ds.claim(ref)))]
        return [(d.label, 2.0), (d.text, 1.0), (d.formula, 0.5), (" ".join(inputs), 0.3),
                (" ".join(d.aliases), ALIAS_WEIGHT)]
    if isinstance(record, FollowUp):
        value = value_text(record.value, ds) if record.value else ""
        return [(record.label, 2.0), (record.text, 1.5), (value, 1.0), (record.topic, 0.5),
                (" ".join(record.aliases), ALIAS_WEIGHT)]
    named = (record.subject, record.value.entity if record.value.type == "entity" else "")
    names = " ".join(" ".join(entity_names(ds.entities[e])) for e in named if e in ds.entities)
    return [(record.label, 2.0), (record.quote, 1.5), (value_text(record.value, ds), 1.0),
            (record.property.replace("-", " "), 1.0), (record.topic.replace("-", " "), 0.5),
            (names, 0.5), (" ".join(n.text for n in record.notes), 0.3),
            (" ".join(record.aliases), ALIAS_WEIGHT)]


# Other words for what a record states weigh as much as its value and property (measured).
ALIAS_WEIGHT = 1.0


def documents(ds: Dataset, followups: bool = True
              ) -> list[tuple[Claim | FollowUp, list[tuple[str, float]]]]:
    """Each claim and follow-up as weighted text fields."""
    records: list[Claim | FollowUp] = [*ds.claims, *(ds.followups if followups else ())]
    return [(record, record_fields(ds, record)) for record in records]


def search(ds: Dataset, text: str, limit: int = 10, followups: bool = True) -> Result:
    """Claims and follow-ups that match the text, best first, with their scores."""
    if not tokens(text):
        raise NotFoundError(f"nothing to search for in {quoted(text)}: give a word, a name or a number")
    docs = documents(ds, followups)
    hits = [Hit(docs[i][0], score, matched)
            for i, score, matched in Index([fields for _, fields in docs]).search(text)[:limit]]
    if not hits:
        raise NotFoundError(f"nothing matches {quoted(text)}; try fewer or other words")
    claims = [h for h in hits if isinstance(h.doc, Claim)]
    later = [h for h in hits if isinstance(h.doc, FollowUp)]
    return Result(
        "search", f"Search: {text}",
        tuple(h.doc for h in claims if isinstance(h.doc, Claim)),
        {"text": text, "limit": limit},
        extras=tuple({"score": round(h.score, 3), "matched": list(h.matched)} for h in claims),
        followups=tuple(h.doc for h in later if isinstance(h.doc, FollowUp)),
    )
