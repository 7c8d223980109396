"""Accuracy of `xev ask` on the evaluation set, beside plain BM25 over the same records, in one run.

    python bench/ask_eval.py [--misses]

Top-1: the first answer is one of the question's answers (for a question the dataset cannot
answer: ask refuses). Top-3: one of the first three is. BM25 is scored the same way, except that
it never refuses, so it fails every unanswerable question. Figures are given for all questions and
for each round of them (the set was written in rounds, each measured before the method was tuned
on it; questions without a round are the first ones).

ask weighs its rules' ranking by a model fitted on the labelled questions (learned.py). So that no
question is answered by a model that has seen it, each round is answered by a model fitted on all
the other rounds, never by the one that ships (the rules were tuned on every round, though: only
a round's figures measured when it was new say how the rules do on questions not seen).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from xiaomi_ev_cli import ask, dataset, learned

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "ask" / "questions.json"
KEYS = ("ask top-1", "ask top-3", "bm25 top-1", "bm25 top-3")


def _part(question: dict[str, Any]) -> str:
    """The round a question was written in ("first" for the first ones, written without one)."""
    return f"round {question['round']}" if "round" in question else "first"


def evaluate(show_misses: bool = False) -> dict[str, dict[str, int]]:
    """For all questions and for each round: how many there are, and how many each method gets
    right first and in its first three."""
    ds = dataset.load()
    questions = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    results: dict[str, dict[str, int]] = {}
    held_out: dict[str, learned.Model] = {}
    records = learned.record_examples(ds)
    for q in questions:
        part = _part(q)
        if part not in held_out:  # a model that has not seen this round
            held_out[part] = learned.fit([*((o["q"], o["answers"]) for o in questions if _part(o) != part),
                                          *records])
        expected = set(q["answers"])
        answers, refusal = ask.rank(ds, q["q"], model=held_out[part])
        got = [] if refusal else [a.id for a in answers[:3]]
        base = ask.baseline_ids(ds, q["q"])
        if expected:
            right = {"ask top-1": bool(got) and got[0] in expected,
                     "ask top-3": bool(expected & set(got[:3])),
                     "bm25 top-1": bool(base) and base[0] in expected,
                     "bm25 top-3": bool(expected & set(base[:3]))}
        else:
            right = {"ask top-1": not got, "ask top-3": not got, "bm25 top-1": False, "bm25 top-3": False}
        if show_misses and not right["ask top-1"]:
            print(f"  miss: {q['q']!r}: expected {sorted(expected)[:3]}, got {got[:3]}")
        for kept in ("all", part):
            counts = results.setdefault(kept, dict.fromkeys(("questions", *KEYS), 0))
            counts["questions"] += 1
            for key in KEYS:
                counts[key] += right[key]
    return results


def main() -> None:
    for part, counts in evaluate("--misses" in sys.argv).items():
        n = counts["questions"]
        print(f"{part:8} ({n:3} questions): "
              + "  ".join(f"{k} {counts[k] / n:.2f} ({counts[k]})" for k in KEYS))


if __name__ == "__main__":
    main()
