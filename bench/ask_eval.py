"""Accuracy of `xev ask` on the evaluation set, beside plain BM25 over the same records, in one run.

    python bench/ask_eval.py [--misses]

Top-1: the first answer is one of the question's answers (for a question the dataset cannot
answer: ask refuses). Top-3: one of the first three is. BM25 is scored the same way, except that
it never refuses, so it fails every unanswerable question.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from xiaomi_ev_cli import ask, dataset

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "ask" / "questions.json"


def evaluate(show_misses: bool = False) -> dict[str, dict[str, float]]:
    """Top-1 and top-3 of ask and of BM25, for all questions and for the held-out ones."""
    ds = dataset.load()
    questions = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    results: dict[str, dict[str, float]] = {}
    for part, chosen in (("all", questions), ("held out", [q for q in questions if q.get("held_out")])):
        counts = {"ask top-1": 0, "ask top-3": 0, "bm25 top-1": 0, "bm25 top-3": 0}
        for q in chosen:
            expected = set(q["answers"])
            got = ask.top_ids(ds, q["q"])
            base = ask.baseline_ids(ds, q["q"])
            if expected:
                counts["ask top-1"] += bool(got) and got[0] in expected
                counts["ask top-3"] += bool(expected & set(got[:3]))
                counts["bm25 top-1"] += bool(base) and base[0] in expected
                counts["bm25 top-3"] += bool(expected & set(base[:3]))
            else:
                counts["ask top-1"] += not got
                counts["ask top-3"] += not got
            if show_misses and part == "all" and not ((got[:1] and got[0] in expected) or
                                                      (not expected and not got)):
                print(f"  miss: {q['q']!r}: expected {sorted(expected)[:3]}, got {got[:3]}")
        results[part] = {k: v / len(chosen) for k, v in counts.items()}
        results[part]["questions"] = len(chosen)
    return results


def main() -> None:
    results = evaluate("--misses" in sys.argv)
    for part, figures in results.items():
        print(f"{part:9} ({figures['questions']:.0f} questions): "
              + "  ".join(f"{k} {v:.2f}" for k, v in figures.items() if k != "questions"))


if __name__ == "__main__":
    main()
