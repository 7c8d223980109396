"""How ask's rules, weighed by the learned model, did on each round of questions when it was new.

    python bench/ask_when_new.py [FIRST [LAST]]     (default: rounds 51 to 58)

For each round, the rules are the ones in the commit that added the round (before anything was
tuned on it): that commit is checked out in a temporary git worktree
and its own rules give their first 15 candidates (with the words each matched, and whether they
set it first by date) and their refusal. The model is fitted on the
rounds before it only, and the current `ask._weighed` weighs those candidates, as `ask` does. The
rules' own figures at that commit are printed beside, and plain BM25's. Needs the git history.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from xiaomi_ev_cli import ask, dataset, learned
from xiaomi_ev_cli.pasted import unpasted

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "ask" / "questions.json"
# run inside the old worktree: its rules' ranking of the round's questions
_DUMP = """
import json, sys
from xiaomi_ev_cli import ask, dataset
ds = dataset.load()
out = []
for q in json.load(sys.stdin):
    answers, refusal = ask._ruled(ds, q) if hasattr(ask, "_ruled") else ask.rank(ds, q)
    out.append([refusal, [[a.id, a.score, list(a.matched), getattr(a, 'dated', False)] for a in answers[:15]],
                ask.baseline_ids(ds, q)])
json.dump(out, sys.stdout)
"""


def _commit(round_number: int) -> str:
    """The commit that added the round to the set (the first to hold a question of it)."""
    found = subprocess.run(["git", "log", "--reverse", "--format=%H", f'-G"round": {round_number}($|[^0-9])',
                            "--", "tests/ask/questions.json"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    if not found:
        raise SystemExit(f"no commit adds round {round_number}")
    return found[0]


def _old_ranking(commit: str, questions: list[str]) -> list[list[Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT,
                       capture_output=True, check=True)
        try:
            done = subprocess.run([sys.executable, "-c", _DUMP], input=json.dumps(questions),
                                  env={**os.environ, "PYTHONPATH": str(tree / "src")},
                                  capture_output=True, text=True, check=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True)
    rows: list[list[Any]] = json.loads(done.stdout)
    return rows


def main() -> None:
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 51
    last = int(sys.argv[2]) if len(sys.argv) > 2 else max(first, 58)
    ds = dataset.load()
    everything = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    totals = dict.fromkeys(("n", "weighed 1", "weighed 3", "rules 1", "rules 3", "bm25 1", "bm25 3"), 0)
    for number in range(first, last + 1):
        round_ = [q for q in everything if q.get("round") == number]
        model = learned.fit([*((q["q"], q["answers"]) for q in everything if q.get("round", 0) < number),
                             *learned.record_examples(ds)])
        counts = dict.fromkeys(totals, 0)
        for q, (refusal, top, base) in zip(round_, _old_ranking(_commit(number), [q["q"] for q in round_]),
                                          strict=True):
            answers = [ask.Answer(record, score, tuple(matched), dated) for i, score, matched, dated in top
                       if (record := ask._record(ds, i, True)) is not None]
            typed, read = ask._readings(ds, unpasted(q["q"]))  # as ask.rank reads it
            weighed, why = ask._weighed(ds, typed, answers, refusal, True, model, read)
            expected = set(q["answers"])
            for name, ids in (("weighed", [] if why else [a.id for a in weighed[:3]]),
                              ("rules", [] if refusal else [i for i, *_ in top[:3]]), ("bm25", base)):
                if expected:
                    counts[f"{name} 1"] += bool(ids) and ids[0] in expected
                    counts[f"{name} 3"] += bool(expected & set(ids[:3]))
                elif name != "bm25":  # plain BM25 never refuses
                    counts[f"{name} 1"] += not ids
                    counts[f"{name} 3"] += not ids
            counts["n"] += 1
        _show(f"round {number}", counts)
        for key in totals:
            totals[key] += counts[key]
    _show(f"rounds {first}-{last}", totals)


def _show(part: str, counts: dict[str, int]) -> None:
    n = counts["n"]
    print(f"{part:14} ({n:3}): weighed top-1 {counts['weighed 1'] / n:.3f}"
          f" top-3 {counts['weighed 3'] / n:.3f}"
          f"  rules top-1 {counts['rules 1'] / n:.3f} top-3 {counts['rules 3'] / n:.3f}"
          f"  bm25 top-1 {counts['bm25 1'] / n:.3f} top-3 {counts['bm25 3'] / n:.3f}", flush=True)


if __name__ == "__main__":
    main()
