"""Hostile input: bad arguments, hostile strings, broken datasets, odd environments, closed pipes.

Every case gets a clear error and a documented exit code, never a traceback, a hang, or text a
terminal would act on.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xiaomi_ev_cli import cli

from .conftest import DATA, FakeStream, Xev, read_json, write_json

DOCUMENTED = {0, 1, 2, 3}
ESCAPE = re.compile("[\x1b\x9b\x07\u202e\u202d\u2066-\u2069]")
HOSTILE = [
    "\x1b[31mred\x1b[0m", "\x1b]8;;file:///etc/passwd\x07link\x1b]8;;\x07", "\x1b[2J\x1b[H",
    "[bold]bold[/bold]", "[link=file:///etc/passwd]x[/link]", "a\x00b\x07c\x08d\re",
    "\u202eevil\u202c", "\u2066x\u2069", "\x9b31m", "😀" * 3, "雷军\u200b",
]


def _clean(run_stdout: str, run_stderr: str) -> None:
    assert "Traceback" not in run_stderr
    assert not ESCAPE.search(run_stdout), run_stdout[:200]
    assert not ESCAPE.search(run_stderr), run_stderr[:200]


# ---- arguments ----------------------------------------------------------------------------------

BAD_VALUES = ["", "-1", "-99999999", str(10**25), "abc", "雷军", "\udcff\udcfe", "x" * 100_000,
              *HOSTILE]
OPTIONS = [
    ["sales", "--year"], ["claims", "--topic"], ["claims", "--subject"], ["claims", "--modality"],
    ["show"], ["entities"], ["search"], ["search", "x", "--limit"], ["ask"], ["ask", "x", "--limit"],
    ["corrections", "--kind"],
    ["plant", "--format"], ["plant", "--fields", "--json"], ["schema"], ["export", "--to"],
    ["--data"], ["validate"],
]


@pytest.mark.parametrize("value", BAD_VALUES, ids=lambda v: repr(v[:12]) + f"-{len(v)}")
@pytest.mark.parametrize("where", OPTIONS, ids=" ".join)
def test_any_value_anywhere_gets_a_documented_exit_and_no_traceback(
    xev: Xev, where: list[str], value: str
) -> None:
    if where == ["plant", "--fields", "--json"]:
        args = ["plant", "--json", "--fields", value]
    elif where == ["--data"]:
        args = ["--data", value, "plant"]
    else:
        args = [*where, value]
    run = xev(*args)
    assert run.exit_code in DOCUMENTED, (args[:3], run.stderr[:300])
    if run.exit_code:
        lines = run.stderr.splitlines()
        if "--json" in args:
            assert json.loads(run.stderr)["error"]["exit_code"] == run.exit_code
        else:
            assert 1 <= len(lines) <= 21 and all(line.startswith("xev: ") for line in lines)
        assert len(run.stderr) < 4_000  # what the user typed is quoted short
    _clean(run.stdout, run.stderr)


@pytest.mark.parametrize("args", [["plant", "--format", "yaml"], ["plant", "--json", "--fields", "nope"],
                                  ["plnt"], ["plant", "--nope"], ["sales", "--year"], ["show"]])
def test_unknown_formats_fields_commands_and_options_are_usage_errors(xev: Xev, args: list[str]) -> None:
    run = xev(*args)
    assert run.exit_code == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_come_back_inert(xev: Xev, text: str) -> None:
    for args in (["search", text], ["ask", text], ["entities", text], ["show", text],
                 ["claims", "--topic", text],
                 ["search", text, "--json"], ["search", text, "-f", "table"]):
        run = xev(*args, tty=True, env={"FORCE_COLOR": "1"})
        assert run.exit_code in DOCUMENTED
        visible = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout)  # xev's own colours only
        _clean(visible, run.stderr)


# ---- hostile strings inside a dataset ---------------------------------------------------------

@pytest.fixture
def hostile_data(data_copy: Path) -> Path:
    doc = read_json(data_copy / "claims.json")
    for i, claim in enumerate(doc["claims"][:len(HOSTILE)]):
        claim["label"] = HOSTILE[i] + " label"
        if claim["value"]["type"] == "text":
            claim["value"]["text"] = HOSTILE[-1 - i]
        claim["notes"] = [{"kind": "context", "text": HOSTILE[i] + HOSTILE[-1 - i]}]
    write_json(data_copy / "claims.json", doc)
    ents = read_json(data_copy / "entities.json")
    ents["entities"][0]["name"] = "\x1b]0;pwned\x07Xiaomi [bold]x[/bold]"
    write_json(data_copy / "entities.json", ents)
    return data_copy


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "jsonl", "csv", "markdown"])
@pytest.mark.parametrize("command", [["claims"], ["show", "xiaomi.description"], ["entities"],
                                     ["search", "label"], ["corrections", "--kind", "context"],
                                     ["timeline"], ["brief"]])
def test_hostile_strings_in_a_dataset_never_reach_the_terminal(
    xev: Xev, hostile_data: Path, command: list[str], fmt: str
) -> None:
    run = xev("--data", str(hostile_data), *command, "--format", fmt, tty=True,
              env={"FORCE_COLOR": "1"})
    assert run.exit_code == 0, run.stderr
    visible = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout)
    _clean(visible, run.stderr)
    if fmt == "table" and command == ["entities"]:
        assert "[bold]x[/bold]" in visible  # markup in data shows as text
    if fmt in ("json", "jsonl"):
        for line in (run.stdout.splitlines() if fmt == "jsonl" else [run.stdout]):
            json.loads(line)  # still valid JSON, with the escapes as \\u escapes


# ---- broken datasets ---------------------------------------------------------------------------

def _breakers() -> list[tuple[str, object]]:
    random.seed(7)
    noise = bytes(random.getrandbits(8) for _ in range(5000))
    return [
        ("empty file", b""), ("truncated", (DATA / "claims.json").read_bytes()[:3000]),
        ("random bytes", noise), ("not UTF-8", "{\"claims\": [\"caf\xe9\"]}".encode("latin-1")),
        ("BOM", "\ufeff".encode() + (DATA / "claims.json").read_bytes()),
        ("passwd-like", b"root:x:0:0:root:/root:/bin/bash\n"),
        ("deep nesting", b"[" * 200_000 + b"]" * 200_000),
        ("huge number", b'{"claims": [' + b"9" * 5000 + b"]}"),
        ("infinity", b'{"claims": [{"value": {"type": "quantity", "amount": 1e999}}]}'),
        ("50 MB", b'{"claims": [' + b'"' + b"x" * (50 * 1024 * 1024) + b'"]}'),
        ("wrong types", json.dumps({"claims": [{"id": 5, "topic": [], "value": "300k"}]}).encode()),
    ]


@pytest.mark.parametrize(("name", "content"), _breakers(), ids=[n for n, _ in _breakers()])
@pytest.mark.parametrize("how", ["--data", "XEV_DATA"])
def test_a_broken_claims_file_is_a_dataset_error(
    xev: Xev, data_copy: Path, name: str, content: bytes, how: str
) -> None:
    (data_copy / "claims.json").write_bytes(content)
    before = {p: p.stat().st_mtime_ns for p in data_copy.rglob("*")}
    args = ["--data", str(data_copy), "plant"] if how == "--data" else ["plant"]
    run = xev(*args, env={"XEV_DATA": str(data_copy)} if how == "XEV_DATA" else None)
    assert run.exit_code == 3, (name, run.stderr[:300])
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert 1 <= len(lines) <= 21
    assert all(line.startswith(f"xev: invalid dataset: {data_copy / 'claims.json'}") or
               line.startswith("xev: (") for line in lines), lines[:3]
    _clean(run.stdout, run.stderr)
    assert {p: p.stat().st_mtime_ns for p in data_copy.rglob("*")} == before, "nothing written"


@pytest.mark.parametrize("breaker", ["duplicate", "dangling", "quote", "span"])
def test_broken_references_name_file_claim_and_field(xev: Xev, data_copy: Path, breaker: str) -> None:
    doc = read_json(data_copy / "claims.json")
    claim = doc["claims"][3]
    if breaker == "duplicate":
        claim["id"] = doc["claims"][2]["id"]
    elif breaker == "dangling":
        claim["attribution"]["by"] = "nobody"
    elif breaker == "quote":
        claim["quote"] = "words the article never says"
    else:
        claim["span"]["start"] -= 1
    write_json(data_copy / "claims.json", doc)
    run = xev("--data", str(data_copy), "claims")
    assert run.exit_code == 3
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"xev: invalid dataset: {data_copy / 'claims.json'}: claim '")
    assert {"duplicate": ": id: duplicate id", "dangling": ": attribution.by: unknown entity",
            "quote": ": span: quote does not match", "span": ": span: quote does not match"}[breaker] in line


@pytest.mark.parametrize("target", ["missing", "directory", "passwd", "fifo", "text-device"])
def test_dataset_paths_that_are_not_datasets(xev: Xev, data_copy: Path, tmp_path: Path,
                                            target: str) -> None:
    if target == "missing":
        path = tmp_path / "nowhere"
    elif target == "directory":
        path = tmp_path / "empty"
        path.mkdir()
    elif target == "passwd":
        path = Path("/etc/passwd")
    elif target == "fifo":
        (data_copy / "claims.json").unlink()
        os.mkfifo(data_copy / "claims.json")
        path = data_copy
    else:
        doc = read_json(data_copy / "sources.json")
        doc["sources"][0]["text_file"] = "/dev/zero"
        write_json(data_copy / "sources.json", doc)
        path = data_copy
    run = xev("--data", str(path), "plant")
    assert run.exit_code == 3 and run.stdout == ""
    assert run.stderr.startswith("xev: invalid dataset: ")
    _clean(run.stdout, run.stderr)


def test_many_problems_are_summarised(xev: Xev, data_copy: Path) -> None:
    doc = read_json(data_copy / "claims.json")
    for claim in doc["claims"]:
        claim["modality"] = "rumour"
    write_json(data_copy / "claims.json", doc)
    run = xev("--data", str(data_copy), "claims")
    lines = run.stderr.splitlines()
    assert run.exit_code == 3 and len(lines) == 21
    assert lines[-1] == "xev: (26 more problems; 'xev validate PATH --json' lists them all)"
    doc = json.loads(xev("--data", str(data_copy), "validate", "--json").stderr)
    assert len(doc["error"]["problems"]) == 46


# ---- environments -------------------------------------------------------------------------------

def _run(*args: str, env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL,
         cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "XEV_DATA")}
    return subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", *args], capture_output=True,
                          env={**base, **(env or {})}, stdin=stdin, cwd=cwd, timeout=60)


@pytest.mark.parametrize("env", [
    {"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "10"},
    {"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C"}, {"COLUMNS": "100000"},
], ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()))
@pytest.mark.parametrize("args", [["plant"], ["plant", "-f", "table"], ["show", "xiaomi.ceo", "-f", "table"],
                                  ["timeline", "-f", "table"], ["sales", "-f", "table"],
                                  ["entities", "雷军", "--json"], ["brief", "-f", "table"]])
def test_odd_environments(env: dict[str, str], args: list[str]) -> None:
    done = _run(*args, env=env)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stderr == b""
    out = done.stdout.decode("utf-8")
    if "FORCE_COLOR" not in env:
        assert "\x1b" not in out
    if args[-1] == "--json":
        json.loads(out)


def test_a_narrow_terminal_lists_claims_whole() -> None:
    done = _run("plant", "-f", "table", env={"COLUMNS": "40"})
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert "plant.capacity" in lines and "agreement.date" in lines
    assert "300,000 vehicles annually”" in done.stdout.decode()


def test_an_unwritable_home_and_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    for env in ({"HOME": str(home), "XEV_CACHE_DIR": ""}, {"XEV_CACHE_DIR": "/proc/xev-cache"},
                {"HOME": "", "XDG_CACHE_HOME": "", "XEV_CACHE_DIR": ""}):
        done = _run("plant", "--json", env=env, cwd=tmp_path)
        assert done.returncode == 0 and done.stderr == b""
        json.loads(done.stdout)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"], "no cache in the working folder"


def test_no_terminal_at_all() -> None:
    done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "plant"], stdin=subprocess.DEVNULL,
                          capture_output=True, start_new_session=True, timeout=60)
    assert done.returncode == 0 and done.stderr == b""
    assert b"\x1b" not in done.stdout and b"\tplant.capacity" not in done.stdout


def test_undecodable_bytes_in_arguments() -> None:
    done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "search", b"\xff\xfe caf\xe9"],
                          capture_output=True, timeout=60)
    assert done.returncode in (0, 1)
    assert b"Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "xiaomi_ev_cli", "show", b"\xff", "--json"],
                          capture_output=True, timeout=60)
    assert done.returncode == 1
    json.loads(done.stderr)


def test_a_reader_that_goes_away_mid_output() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "xiaomi_ev_cli", "export", "--to", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.read(100)  # some of the output, then gone
    proc.stdout.close()
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0 and stderr == b""


# ---- fuzzing the whole command line -------------------------------------------------------------

WORDS = ["plant", "sales", "claims", "show", "timeline", "entities", "search", "ask", "corrections",
         "followups", "brief", "investment", "etown", "validate", "schema", "export",
         "--year", "--json", "--format", "-f", "--fields", "--topic", "--subject", "--modality",
         "--limit", "--kind", "--no-color", "--no-followups", "--help", "--version", "--debug",
         "--to", "json", "jsonl", "csv", "table", "markdown", "plain", "2021", "2020", "-1",
         "plant.capacity", "e-town", "estimate", "雷军", "id,quote", "", "-", "--", "x" * 300]


def _invoke(args: list[str]) -> tuple[int, str, str]:
    out, err = FakeStream(False), FakeStream(False)
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.run(args)
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=20)), max_size=6))
def test_fuzzed_command_lines_never_crash(args: list[str]) -> None:
    if "export" in args and ("-o" in args or "--output" in args):
        return  # fuzzing writes nowhere
    code, stdout, stderr = _invoke(args)
    assert code in DOCUMENTED, (args, stderr)
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert not ESCAPE.search(stderr)
    if code == 0 and ("--json" in args or (("-f" in args or "--format" in args) and "json" in args)):
        assert stdout.strip(), "an answer in JSON is never empty"


def test_a_long_value_is_quoted_by_its_start_and_its_length(xev: Xev) -> None:
    run = xev("ask", "why " + "x" * 5000)
    assert run.exit_code == 1
    assert "'why xxxxx" in run.stderr and "(5,004 characters)" in run.stderr and len(run.stderr) < 400
