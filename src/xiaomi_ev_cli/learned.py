"""What the questions asked before teach: which record answers a question, learned from examples.

A multinomial naive Bayes model (the text classifier of scikit-learn's MultinomialNB, written out
here) over the labelled questions of tests/ask/questions.json and the records' own labels and
quotes: each example's words, pairs of words, four-letter pieces of words (so "capacty" still shares
most of "capacity") and the groups of synonyms its words are in (synonyms.py), weighted by how rare
they are (tf-idf, scaled to length one), count towards the records that answer it, or towards
NO_ANSWER for a question the dataset cannot answer. `ask` weighs its own ranking by the
probabilities this gives (ask._weighed says where the model alone decides).

The model is fitted by tools/train_ask.py into lexicon/answered.tsv and read from there; a test
checks that file is what fitting the current questions and records gives. Its accuracy is only
ever measured on questions it was not fitted on (bench/ask_eval.py fits one model per round,
without that round; bench/ask_when_new.py one on the rounds before each).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import chinese
from .pasted import unpasted
from .search import stem, tokens, words_and_runs
from .synonyms import PHRASE_WORDS, SYNONYMS, rephrased

if TYPE_CHECKING:
    from .dataset import Dataset

NO_ANSWER = "-"  # the class of questions the dataset holds no answer to
UNKNOWN = "?"  # the feature of a word the model does not know
GROUP = "="  # what starts the feature of a group of synonyms
ALPHA = 0.003  # additive smoothing: how much an unseen pairing of a feature and a record counts
PIECE = 4  # letters in a piece of a word
MIN_SEEN = 1  # questions a feature must occur in to be kept
RARE = 2  # questions a word occurs in fewer than which, while fitting, it also counts as UNKNOWN
UNANSWERED = 4  # questions the dataset had no answer to a word must be in, and in no other, to
# refuse those that use it ("su7 ultra": no record speaks of a trim)
PLACES = 3  # decimals kept of a weight in the file
BLOCK = 32  # feature lines to an entry of the file's index
MODEL = Path(__file__).resolve().parent / "lexicon" / "answered.tsv"
_WORD = re.compile(r"[a-z0-9]+(?:[.,'&][a-z0-9]+)*")  # and each Chinese character is one


def _typed(text: str) -> list[str]:
    """A text's words as typed, case-folded, a Chinese character each."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return words_and_runs(text.casefold(), _WORD, join=False)


def words(text: str) -> list[str]:
    """A text's words as the model reads them: case-folded, stemmed, a Chinese character each."""
    return [stem(w) if w.isalpha() else w for w in _typed(text)]


@functools.lru_cache(maxsize=8192)
def features(text: str) -> tuple[tuple[str, int], ...]:
    """A question's features and how often each occurs: stemmed words, pairs of adjacent words
    ("lei jun"), the four-letter pieces of each word with its edges marked ("#cap", "#ity "), the
    group of synonyms a word is in, by its first word ("=factory" for "plant"); of a question in
    Chinese, those of its English (chinese.in_english: "工厂在哪" is "factory where"; names as typed);
    its phrases read as `ask` reads them ("on schedule" is "on track": synonyms.PHRASES)."""
    text = chinese.in_english(text)
    if any(phrase in text.casefold() for phrase in PHRASE_WORDS):
        text = rephrased(text)
    said = words(text)
    found = Counter(said)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(said))
    for word in said:
        edged = f" {word} "
        found.update("#" + edged[i:i + PIECE] for i in range(len(edged) - PIECE + 1))
    groups = _groups()
    found.update(GROUP + g for word in said for g in groups.get(word, ()))
    return tuple(found.items())


# A question as fitting reads it, and its features and words, kept: an evaluation fits a model for
# each round held out, over the same questions (reading each again took half of every fit; `ask`
# itself never fits)
_fitted_features = functools.lru_cache(maxsize=32768)(features)
_fitted_reading = functools.lru_cache(maxsize=32768)(unpasted)


@functools.lru_cache(maxsize=32768)
def _fitted_words(text: str) -> tuple[str, ...]:
    return tuple(words(text))


@functools.cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Each stemmed word of synonyms.SYNONYMS, and the groups it is in (by their first words)."""
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for group in SYNONYMS:
        for word in group:
            for term in tokens(word):
                groups[stem(term)].add(group[0])
    return {word: tuple(sorted(found)) for word, found in groups.items()}


def _is_word(feature: str) -> bool:
    return " " not in feature and not feature.startswith(("#", GROUP))


def _known(found: Iterable[tuple[str, int]], idf: dict[str, float],
           rare: frozenset[str] = frozenset()) -> list[tuple[str, int]]:
    """The features the model knows; a word it does not know counts as UNKNOWN ("what is lei
    jun's salary" is not "what is lei jun": no question it was fitted on asked of a salary), and
    so, while fitting, does a `rare` word (what questions with a word barely seen ask)."""
    out = [(f, n) for f, n in found if f in idf]
    unknown = sum(n for f, n in found if (f not in idf or f in rare) and _is_word(f))
    return [*out, (UNKNOWN, unknown)] if unknown and UNKNOWN in idf else out


def _weighed(found: Iterable[tuple[str, int]], idf: dict[str, float],
             rare: frozenset[str] = frozenset()) -> dict[str, float]:
    """tf-idf (a feature's count dampened by a log), scaled to length one; unknown features dropped."""
    weights = {f: (1 + math.log(n)) * idf[f] for f, n in _known(found, idf, rare)}
    length = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {f: w / length for f, w in weights.items()}


class Model:
    """Per record (and NO_ANSWER): a log prior, and per feature the log-likelihood it adds."""

    def __init__(self, idf: dict[str, float], weights: dict[str, dict[str, float]],
                 prior: dict[str, float], norm: dict[str, float],
                 unanswered: frozenset[str] = frozenset()) -> None:
        self.idf = idf  # feature -> inverse document frequency
        self.weights = weights  # feature -> {record: log((count + ALPHA) / ALPHA)}, only where seen
        self.prior = prior  # record -> log of the share of questions it answers
        self.norm = norm  # record -> log((its total weight + ALPHA * features) / ALPHA)
        self.unanswered = unanswered  # words only questions the dataset cannot answer used

    def unanswered_word(self, question: str) -> str:
        """The first word of the question (as typed) that only questions the dataset had no answer
        to used ("ultra" of "su7 ultra price"), or "" when none is."""
        if not self.unanswered:
            return ""
        return next((w for w in _typed(question) if w.isalpha() and stem(w) in self.unanswered), "")

    def scores(self, question: str) -> dict[str, float]:
        """Each record's log-probability of answering the question, up to a constant (none when
        the question has no feature the model knows)."""
        weighed = _weighed(features(question), self.idf)
        if not weighed:
            return {}
        total = sum(weighed.values())
        out = {r: p - total * self.norm[r] for r, p in self.prior.items()}
        for feature, w in weighed.items():
            for record, x in self.weights[feature].items():
                out[record] += w * x
        return out

    def probabilities(self, question: str) -> dict[str, float]:
        """Each record's probability of answering the question (NO_ANSWER's: of none doing so)."""
        scores = self.scores(question)
        if not scores:  # no feature of the question was ever seen: the model knows nothing of it
            return {}
        top = max(scores.values())
        exp = {r: math.exp(s - top) for r, s in scores.items()}
        total = sum(exp.values())
        return {r: e / total for r, e in exp.items()}


def record_examples(ds: Dataset) -> list[tuple[str, list[str]]]:
    """Each record's own words as examples of what asks for it: a claim's label and quote, a
    follow-up's label and text, a derived figure's label (fitted with them, the model answered
    0.4% more of the questions it had not seen)."""
    examples: list[tuple[str, list[str]]] = []
    for claim in ds.claims:
        examples += [(claim.label, [claim.id]), (claim.quote, [claim.id])]
    examples += [(derived.label, [derived.id]) for derived in ds.derived]
    for followup in ds.followups:
        examples += [(followup.label, [followup.id]), (followup.text, [followup.id])]
    return examples


def fit(examples: Iterable[tuple[str, Sequence[str]]]) -> Model:
    """The model of questions and the ids that answer each (none: the dataset cannot answer it)."""
    examples = [(_fitted_reading(q), ids) for q, ids in examples]  # as `ask` reads a question
    pairs = [(_fitted_features(q), tuple(ids) or (NO_ANSWER,)) for q, ids in examples]
    seen = Counter(f for found, _ in pairs for f, _ in found)
    n = len(pairs)
    rare = frozenset(f for f, d in seen.items() if d < RARE and _is_word(f))
    seen[UNKNOWN] = sum(any(f in rare for f, _ in found) for found, _ in pairs)
    idf = {f: math.log((1 + n) / (1 + d)) + 1 for f, d in sorted(seen.items()) if d >= MIN_SEEN}
    counts: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    totals: defaultdict[str, float] = defaultdict(float)
    shares: defaultdict[str, float] = defaultdict(float)
    for found, ids in pairs:
        weighed = _weighed(found, idf, rare)
        mass = sum(weighed.values())
        for record in ids:  # a question several records answer counts a part towards each
            shares[record] += 1 / len(ids)
            totals[record] += mass / len(ids)
            for feature, w in weighed.items():
                counts[feature][record] += w / len(ids)
    features_n = len(idf)
    prior = {r: round(math.log(s / n), PLACES) for r, s in sorted(shares.items())}
    norm = {r: round(math.log((totals[r] + ALPHA * features_n) / ALPHA), PLACES) for r in prior}
    weights = {f: {r: round(math.log((c + ALPHA) / ALPHA), PLACES) for r, c in sorted(counts[f].items())}
               for f in idf}
    return Model({f: round(x, PLACES) for f, x in idf.items()}, weights, prior, norm,
                 _unanswered([(_fitted_words(q), bool(ids)) for q, ids in examples]))


def _unanswered(examples: list[tuple[Sequence[str], bool]]) -> frozenset[str]:
    """The words (of two letters or more) in UNANSWERED or more of the questions the dataset had no
    answer to and in none it had, nor in a record's label or quote, nor in a group of synonyms with
    a word of them: what the dataset holds nothing of ("ultra", "stock", "byd"), as far as the
    questions asked before tell."""
    answered = {w for said, yes in examples if yes for w in said}
    groups = _groups()
    kin = {g for w in answered for g in groups.get(w, ())}
    asked = Counter(w for said, yes in examples if not yes for w in set(said))
    return frozenset(w for w, n in asked.items()
                     if n >= UNANSWERED and w not in answered and w.isalpha() and len(w) > 1
                     and not kin.intersection(groups.get(w, ())))


def dump(model: Model) -> str:
    """The model as text: a line per record ('@', id, prior, norm); a line per word only questions
    the dataset had no answer to used ('!', word); an index of every BLOCK-th
    feature line ('%', feature, its byte offset from the first feature line); then a line per
    feature (feature, idf, then pairs of a record's place among the '@' lines and its weight),
    sorted, tab-separated."""
    place = {r: i for i, r in enumerate(model.prior)}
    rows = [f"{f}\t{model.idf[f]}\t" + " ".join(f"{place[r]}={x}" for r, x in model.weights[f].items())
            for f in sorted(model.idf)]
    index, offset = [], 0
    for i, row in enumerate(rows):
        if i % BLOCK == 0:
            index.append(f"%\t{row.partition(chr(9))[0]}\t{offset}")
        offset += len(row.encode("utf-8")) + 1
    head = [f"@\t{r}\t{model.prior[r]}\t{model.norm[r]}" for r in model.prior]
    head += [f"!\t{w}" for w in sorted(model.unanswered)]
    return "\n".join([*head, *index, *rows]) + "\n"


class _Stored(Model):
    """The model in its file, of which only the head (records and index) is read at once; a
    question's features are found through the index, and only their blocks read and parsed
    (reading every line into a dictionary cost more time and memory than the rest of a question;
    a mapped file ends up resident almost whole)."""

    def __init__(self, path: Path) -> None:
        prior: dict[str, float] = {}
        norm: dict[str, float] = {}
        keys: list[bytes] = []
        offsets: list[int] = []
        unanswered: set[str] = set()
        start = 0
        with path.open("rb") as file:
            for line in file:
                kind, first, *rest = line.rstrip(b"\n").split(b"\t")
                if kind == b"@":
                    record = first.decode("utf-8")
                    prior[record], norm[record] = float(rest[0]), float(rest[1])
                elif kind == b"!":
                    unanswered.add(first.decode("utf-8"))
                elif kind == b"%":
                    keys.append(first)
                    offsets.append(int(rest[0]))
                else:  # the first feature line: the index counts from here
                    start = file.tell() - len(line)
                    break
        self._rows = _Rows(path, keys, [start + o for o in offsets], list(prior))
        super().__init__(_Idf(self._rows), _Weights(self._rows), prior, norm, frozenset(unanswered))

    def scores(self, question: str) -> dict[str, float]:
        self._rows.fetch(f for f, _ in features(question))
        return super().scores(question)


class _Rows:
    """The feature lines of the file, by feature: the index gives the block a feature lies in
    (from its offset to the next one's), and only the blocks a question needs are read."""

    def __init__(self, path: Path, keys: list[bytes], offsets: list[int], records: list[str]) -> None:
        self.path, self.keys, self.offsets, self.records = path, keys, offsets, records
        self.found: dict[str, tuple[float, bytes] | None] = {}
        self.read: set[int] = set()

    def fetch(self, wanted: Iterable[str]) -> None:
        """Read the blocks the features lie in (each once), and note which of them the model has."""
        blocks = {bisect.bisect_right(self.keys, f.encode("utf-8")) - 1
                  for f in wanted if f not in self.found}
        blocks -= self.read | {-1}
        if not blocks:
            return
        with self.path.open("rb") as file:
            for block in sorted(blocks):
                file.seek(self.offsets[block])
                end = self.offsets[block + 1] if block + 1 < len(self.offsets) else -1
                for line in file.read(end - self.offsets[block] if end >= 0 else -1).splitlines():
                    feature, _, rest = line.partition(b"\t")
                    idf, _, pairs = rest.partition(b"\t")
                    self.found[feature.decode("utf-8")] = float(idf), pairs
        self.read |= blocks

    def get(self, feature: str) -> tuple[float, bytes] | None:
        """The feature's idf and its pairs (None when the model does not know it), once fetched."""
        if feature not in self.found:
            self.fetch([feature])
        return self.found.get(feature)


class _Idf(dict[str, float]):
    def __init__(self, rows: _Rows) -> None:
        super().__init__()
        self._rows = rows

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self._rows.get(feature) is not None

    def __missing__(self, feature: str) -> float:
        row = self._rows.get(feature)
        if row is None:
            raise KeyError(feature)
        return row[0]


class _Weights(dict[str, dict[str, float]]):
    def __init__(self, rows: _Rows) -> None:
        super().__init__()
        self._rows = rows

    def __missing__(self, feature: str) -> dict[str, float]:
        row = self._rows.get(feature)
        if row is None:
            raise KeyError(feature)
        records = self._rows.records
        value = self[feature] = {records[int(r)]: float(x)
                                 for r, _, x in (p.partition(b"=") for p in row[1].split())}
        return value


@functools.lru_cache(maxsize=1)
def load() -> Model:
    """The fitted model that ships with xev."""
    return _Stored(MODEL)
