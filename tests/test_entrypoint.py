"""The installed program: console script, `python -m`, real pipes and terminals, the wheel."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

BIN = Path(sys.executable).parent


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "XEV_DATA", "XEV_DEBUG", "COLUMNS")}
    env.update(extra)
    return env


def test_python_dash_m_answers_from_any_folder(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "plant", "--json"],
                          cwd=tmp_path, capture_output=True, text=True, env=_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["command"] == "plant"


def test_the_console_script_is_installed(tmp_path: Path) -> None:
    xev = shutil.which("xev", path=str(BIN))
    assert xev, "the xev console script is installed next to this Python"
    done = subprocess.run([xev, "sales", "--year", "2021", "--json"], cwd=tmp_path,
                          capture_output=True, text=True, env=_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["claims"]) == 3


def test_a_reader_that_goes_away_is_not_an_error() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # before xev writes a byte: its first write meets a closed pipe
    proc = subprocess.Popen([sys.executable, "-m", "xiaomi_ev_cli", "claims", "--format", "jsonl"],
                            stdout=write_end, stderr=subprocess.PIPE, env=_env())
    os.close(write_end)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert stderr == b""


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("head") is None,
                    reason="needs bash and head")
def test_head_one_under_pipefail() -> None:
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; '{sys.executable}' -m xiaomi_ev_cli claims --format jsonl"
                       " | head -1"],
        capture_output=True, text=True, env=_env(), timeout=60)
    assert done.returncode == 0
    assert done.stderr == ""
    assert json.loads(done.stdout)["id"]


def _on_a_terminal(*args: str, **env: str) -> str:
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "xiaomi_ev_cli", *args], stdout=follower,
                            stderr=subprocess.PIPE, env=_env(COLUMNS="100", **env))
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the program
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0 and stderr == b""
    return b"".join(chunks).decode("utf-8")


def test_a_real_terminal_gets_a_styled_table() -> None:
    screen = _on_a_terminal("plant", TERM="xterm-256color")
    assert "\x1b[" in screen
    assert "Annual production" in screen and "plant.capacity" in screen


def test_a_real_terminal_with_no_color_gets_no_escapes() -> None:
    screen = _on_a_terminal("plant", TERM="xterm-256color", NO_COLOR="1")
    assert "\x1b" not in screen
    assert "Annual production" in screen


def test_json_on_a_real_terminal_equals_json_in_a_pipe() -> None:
    screen = _on_a_terminal("sales", "--year", "2021", "--json", TERM="xterm-256color")
    piped = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "sales", "--year", "2021",
                            "--json"], capture_output=True, text=True, env=_env(), timeout=60)
    assert screen.replace("\r\n", "\n") == piped.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                           "--outdir", str(out), str(REPO)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_ships_the_dataset(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ["claims.json", "entities.json", "sources.json", "sources/article.txt",
                 "schema/claims.schema.json", "schema/output.schema.json"]:
        assert f"xiaomi_ev_cli/data/{name}" in names


def test_an_installed_wheel_finds_its_dataset_from_any_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--no-index", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import json, sys; from xiaomi_ev_cli import dataset; "
            "print(dataset.default_data_dir()); sys.stdout.flush(); "
            "from xiaomi_ev_cli.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", code, "plant", "--json"], cwd=elsewhere,
                          capture_output=True, text=True, timeout=60,
                          env=_env(PYTHONPATH=str(target)))
    assert done.returncode == 0, done.stderr
    where, _, output = done.stdout.partition("\n")
    assert Path(where).is_relative_to(target)
    assert json.loads(output)["count"] > 5


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "plain"])
def test_machine_and_plain_formats_never_import_rich(fmt: str) -> None:
    code = ("import io, sys; from xiaomi_ev_cli.cli import run; out = sys.stdout; "
            "sys.stdout = io.StringIO(); rc = run(['claims', '--format', sys.argv[1]]); "
            "sys.stdout = out; print(rc, sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))")
    done = subprocess.run([sys.executable, "-c", code, fmt], capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert done.stdout == "0 []\n", done.stderr


@pytest.mark.parametrize("args", [["claims", "--json"], ["claims", "--format", "jsonl"]])
def test_an_ascii_only_output_still_gets_valid_json(args: list[str]) -> None:
    def run(encoding: str) -> list[object]:
        done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", *args], capture_output=True,
                              env=_env(PYTHONIOENCODING=encoding), timeout=60)
        assert done.returncode == 0 and done.stderr == b""
        return [json.loads(line) for line in done.stdout.decode(encoding).splitlines()]

    assert run("ascii") == run("utf-8")


def test_an_ascii_only_terminal_gets_escapes_not_an_error() -> None:
    done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "show", "xiaomi.ceo"],
                          capture_output=True, env=_env(PYTHONIOENCODING="ascii"), timeout=60)
    assert done.returncode == 0 and done.stderr == b""
    assert "Lei Jun (\\u96f7\\u519b)" in done.stdout.decode("ascii")
