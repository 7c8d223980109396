"""Build src/xiaomi_ev_cli/lexicon/predicates.txt and irregular.txt from WordNet 3.0.

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
    print(f"{len(predicates)} stems, {len(rows)} irregular forms")


if __name__ == "__main__":
    main()
