"""The README stays true: its setup and test commands match CI, and its examples print what it shows.

Each ```console block holds `$ command` lines, each followed by the output it shows. A command
with a pipe runs in a pipe; one without runs on a 100-column terminal with NO_COLOR set, as a
reader would see it.
"""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

README = REPO / "README.md"
CI = REPO / ".ci" / "run"
BIN = Path(sys.executable).parent


def examples(text: str) -> list[tuple[str, str]]:
    """(command, shown output) pairs of every ```console block."""
    pairs: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        command: str | None = None
        shown: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    pairs.append((command, "\n".join(shown)))
                command, shown = line[2:], []
            else:
                shown.append(line)
        if command is not None:
            pairs.append((command, "\n".join(shown)))
    return pairs


def run_example(command: str) -> str:
    """What the command prints, run as the README says it is."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "XEV_DATA", "COLUMNS")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    if "|" in command:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                              text=True, env=env, cwd=REPO, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout
    env.update(NO_COLOR="1", COLUMNS="100", TERM="xterm")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(["bash", "-c", command], stdout=follower, stderr=subprocess.PIPE,
                            env=env, cwd=REPO)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    proc.communicate(timeout=60)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


EXAMPLES = examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_of_each_command() -> None:
    commands = " ".join(c for c, _ in EXAMPLES)
    for needed in ["xev plant", "xev sales --year 2021 --json | jq", "xev claims", "xev show"]:
        assert needed in commands


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_a_readme_example_prints_what_the_readme_shows(command: str, shown: str) -> None:
    if "jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed (.ci/run installs it)")
    assert _normal(run_example(command)) == _normal(shown)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = README.read_text(encoding="utf-8")
    ci = CI.read_text(encoding="utf-8")
    match = re.search(r"Run the tests:\n\n```sh\n(.+?)\n```", readme)
    assert match, "the README gives the test command under 'Run the tests:'"
    test_command = match.group(1).split(" && ")[-1]
    assert test_command in ci.splitlines()


def test_the_readme_counts_the_words_ask_reads() -> None:
    from xiaomi_ev_cli import ask, synonyms

    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert f"{len(synonyms.CHINESE)} Chinese words and {len(ask.PINYIN)} in pinyin" in text
