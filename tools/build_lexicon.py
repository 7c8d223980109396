"""Build src/xiaomi_ev_cli/lexicon/predicates.txt, irregular.txt and places.txt from WordNet 3.0.

    python tools/build_lexicon.py [/usr/share/wordnet]

WordNet's sense-tagged counts (cntlist.rev) say how often each word was read as a noun or as a
verb, adjective or adverb. A word read as a noun less than 30% of the time ("play", "agreed",
"between") says what a question asks rather than what it is about. The file lists the
search stems (search.stem) of such words and of their inflections (regular ones and WordNet's
exception lists), restricted to the English word list, sorted, one per line.

irregular.txt: the irregular forms of English verbs and their lemmas ("meant mean", "sold sell",
"planned plan"), from WordNet's verb.exc, where both are in the English word list and the form is
no noun of its own ("saw", "left" and "felt" are left as they are). The WordNet files come with
Debian's package wordnet-base.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from xiaomi_ev_cli.search import stem  # noqa: E402

LEXICON = ROOT / "src" / "xiaomi_ev_cli" / "lexicon"
NOUN_SHARE = 0.3


def forms(lemma: str, irregular: dict[str, set[str]]) -> set[str]:
    """A lemma's inflections: plural, past, participles, and WordNet's irregular forms."""
    words = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"} | irregular[lemma]
    if lemma.endswith("e"):
        words |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        words |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return {w for w in words if w.isalpha()}


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    english = set((LEXICON / "english.txt").read_text(encoding="ascii").split())
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (wordnet / "cntlist.rev").open(encoding="ascii", errors="replace"):
        key, _sense, tagged = line.split()
        lemma, sense = key.split("%")
        counts[lemma]["noun" if sense[0] == "1" else "other"] += int(tagged)
    irregular: dict[str, set[str]] = defaultdict(set)
    for name in ("verb.exc", "noun.exc", "adj.exc", "adv.exc"):
        for line in (wordnet / name).open(encoding="ascii", errors="replace"):
            inflected, *lemmas = line.split()
            for lemma in lemmas:
                irregular[lemma].add(inflected)
    by_stem: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for lemma, count in counts.items():
        if lemma.isalpha() and lemma in english:
            for each in {stem(w) for w in forms(lemma, irregular)}:
                by_stem[each]["noun"] += count["noun"]
                by_stem[each]["other"] += count["other"]
    predicates = sorted(s for s, c in by_stem.items() if c["noun"] < NOUN_SHARE * (c["noun"] + c["other"]))
    (LEXICON / "predicates.txt").write_text("\n".join(predicates) + "\n", encoding="ascii")
    with (wordnet / "index.noun").open(encoding="ascii", errors="replace") as index:
        nouns = {line.split(" ", 1)[0] for line in index if not line.startswith(" ")}
    rows = set()
    for line in (wordnet / "verb.exc").open(encoding="ascii", errors="replace"):
        inflected, *lemmas = line.split()
        if (len(lemmas) == 1 and inflected.isalpha() and lemmas[0].isalpha() and inflected != lemmas[0]
                and inflected in english and lemmas[0] in english and inflected not in nouns):
            rows.add(f"{inflected} {lemmas[0]}")
    (LEXICON / "irregular.txt").write_text("\n".join(sorted(rows)) + "\n", encoding="ascii")
    places = place_names(wordnet)
    (LEXICON / "places.txt").write_text("\n".join(places) + "\n", encoding="ascii")
    print(f"{len(predicates)} stems, {len(rows)} irregular forms, {len(places)} places")


PLACE_FILES = ("15", "17")  # WordNet's lexicographer files noun.location and noun.object
MIN_PLACE = 4  # shorter names are mostly abbreviations that are words too ("me", "or", "us")


def place_names(wordnet: Path) -> list[str]:
    """The names of places, lower-cased: one-word capitalised nouns of noun.location and noun.object
    ("Germany", "Shanghai", "Europe") that no tagged sense reads as anything else ("turkey", the
    bird; "reading"; "china", porcelain), of MIN_PLACE letters or more."""
    names = set()
    for line in (wordnet / "data.noun").open(encoding="ascii", errors="replace"):
        if line.startswith(" "):
            continue
        fields = line.split()
        if fields[1] not in PLACE_FILES:
            continue
        for i in range(int(fields[3], 16)):
            word = fields[4 + 2 * i].split("(")[0]
            if word[:1].isupper() and word.isalpha() and len(word) >= MIN_PLACE:
                names.add(word.lower())
    other: dict[str, int] = defaultdict(int)  # tagged senses that are no place
    for line in (wordnet / "cntlist.rev").open(encoding="ascii", errors="replace"):
        key, _sense, tagged = line.split()
        lemma, sense = key.split("%")
        kind, lexicographer_file = sense.split(":")[:2]
        if not (kind == "1" and lexicographer_file in PLACE_FILES):
            other[lemma] += int(tagged)
    return sorted(name for name in names if not other[name])


if __name__ == "__main__":
    main()
