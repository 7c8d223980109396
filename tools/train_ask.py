"""Fit the model `ask` weighs its ranking by (learned.py) and write it to
src/xiaomi_ev_cli/lexicon/answered.tsv.

    python tools/train_ask.py

It is fitted on every labelled question of tests/ask/questions.json and the records' own labels
and quotes. Run it after adding questions or changing the records; tests/test_ask.py fails while
the file is not what fitting them gives.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from xiaomi_ev_cli import dataset, learned  # noqa: E402

QUESTIONS = ROOT / "tests" / "ask" / "questions.json"


def main() -> None:
    questions = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    examples = [(q["q"], q["answers"]) for q in questions] + learned.record_examples(dataset.load())
    text = learned.dump(learned.fit(examples))
    learned.MODEL.write_text(text, encoding="utf-8")
    print(f"{learned.MODEL.relative_to(ROOT)}: {len(questions)} questions,"
          f" {text.count(chr(10))} lines, {len(text.encode()) // 1024} KiB")


if __name__ == "__main__":
    main()
