"""Benchmark xev against the interpreter and framework floors, side by side in one run.

    python bench/run.py [--runs N] [--scale-runs N] [--no-scale] [--sizes 1000,10000,100000]

Each round runs every case once, in turn, so that a noisy machine slows all of them alike; the
figures are medians over the rounds. Wall time is measured around each subprocess; peak memory is
the child's maximum resident set size (os.wait4). Ratios are to the framework floor: a bare
two-command Typer app in the same environment (its --help for xev --help).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR = [sys.executable, str(HERE / "floor_app.py")]
XEV = [shutil.which("xev", path=str(Path(sys.executable).parent)) or sys.executable]
if not XEV[0].endswith("xev"):
    XEV = [sys.executable, "-m", "xiaomi_ev_cli"]

# name, command, which floor it is compared with, target ratio
CASES = [
    ("python -c pass", [sys.executable, "-c", "pass"], None, None),
    ("floor: typer app", [*FLOOR, "hello", "--count", "1"], None, None),
    ("floor: typer app --help", [*FLOOR, "--help"], None, None),
    ("xev plant --json", [*XEV, "plant", "--json"], "floor: typer app", 1.10),
    ("xev plant (table)", [*XEV, "plant", "--format", "table"], "floor: typer app", 1.30),
    ("xev sales --year 2021 --json", [*XEV, "sales", "--year", "2021", "--json"], "floor: typer app", 1.10),
    ("xev claims --format jsonl", [*XEV, "claims", "--format", "jsonl"], "floor: typer app", 1.10),
    ("xev search 'team size' --json", [*XEV, "search", "team size", "--json"], "floor: typer app", 1.10),
    ("xev --help", [*XEV, "--help"], "floor: typer app --help", 1.10),
]
if os.environ.get("XEV_BENCH_ASK", "1") != "0":
    CASES.append(("xev ask (capacity) --json", [*XEV, "ask", "how many cars a year", "--json"],
                  "floor: typer app", 1.30))
    # a misspelt word: ask reads its English word list to put it right
    CASES.append(("xev ask (misspelt) --json", [*XEV, "ask", "investmnet amount", "--json"],
                  "floor: typer app", 1.30))


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB and exit code of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode


def measure(cases: list[tuple[str, list[str], str | None, float | None]], runs: int,
            env: dict[str, str]) -> dict[str, dict[str, float]]:
    times: dict[str, list[float]] = {name: [] for name, *_ in cases}
    memory: dict[str, list[int]] = {name: [] for name, *_ in cases}
    for name, command, *_ in cases:  # one warm-up each: disk cache, xev's own cache
        _, _, code = run_once(command, env)
        if code != 0:
            raise SystemExit(f"{name}: exit code {code}: {' '.join(command)}")
    for _ in range(runs):
        for name, command, *_ in cases:
            elapsed, rss, _ = run_once(command, env)
            times[name].append(elapsed)
            memory[name].append(rss)
    return {name: {"median_ms": statistics.median(times[name]) * 1000,
                   "peak_rss_mib": statistics.median(memory[name]) / 1024} for name in times}


def report(title: str, cases: list[tuple[str, list[str], str | None, float | None]],
           results: dict[str, dict[str, float]]) -> list[str]:
    lines = [f"\n{title}",
             f"{'case':44} {'median':>9} {'ratio':>7} {'target':>7} {'peak MiB':>9} {'mem ratio':>9}"]
    failures = []
    for name, _, floor, target in cases:
        r = results[name]
        ratio = mem_ratio = ""
        verdict = ""
        if floor:
            t = r["median_ms"] / results[floor]["median_ms"]
            m = r["peak_rss_mib"] / results[floor]["peak_rss_mib"]
            ratio, mem_ratio = f"{t:.2f}x", f"{m:.2f}x"
            if target is not None and (t > target or m > 1.2):
                verdict = "  MISSED"
                failures.append(name)
        shown = f"{target:.2f}x" if target else ""
        lines.append(f"{name:44} {r['median_ms']:8.1f}ms {ratio:>7} {shown:>7} "
                     f"{r['peak_rss_mib']:9.1f} {mem_ratio:>9}{verdict}")
    print("\n".join(lines))
    return failures


def synthetic(source: Path, size: int, folder: Path) -> Path:
    """A dataset of `size` claims of the real shape: the real ones, then copies under new ids."""
    target = folder / f"synthetic-{size}"
    shutil.copytree(source, target)
    doc = json.loads((source / "claims.json").read_text(encoding="utf-8"))
    real = doc["claims"]
    claims = list(real)
    i = 0
    while len(claims) < size:
        base = real[i % len(real)]
        copy = json.loads(json.dumps(base))
        copy["id"] = f"synthetic-{i // len(real)}.{base['id'].replace('.', '-')}"
        copy["topic"] = f"synthetic-{i // 50}"
        claims.append(copy)
        i += 1
    doc["claims"] = claims
    (target / "claims.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scale-runs", type=int, default=7)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--make", nargs=2, metavar=("SIZE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:  # in a child process, so that this one stays small: children inherit its size
        from xiaomi_ev_cli.dataset import default_data_dir

        print(synthetic(default_data_dir(), int(args.make[0]), Path(args.make[1])))
        return
    # Bytecode is written as an installed program has it (pip compiles it): the warm-up run does.
    env = {k: v for k, v in os.environ.items()
           if k not in ("XEV_DATA", "FORCE_COLOR", "NO_COLOR", "PYTHONDONTWRITEBYTECODE")}
    env["COLUMNS"] = "100"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
          f"{platform.release()}; Python {platform.python_version()}; runs: {args.runs}")
    cases = [c for c in CASES if not (c[0].startswith("xev ask") and not _has_ask())]
    failures = report("start-up (medians; ratios to the framework floor)", cases,
                      measure(cases, args.runs, env))
    if not args.no_scale:
        sizes = [int(s) for s in args.sizes.split(",")]
        with tempfile.TemporaryDirectory() as tmp:
            env = {**env, "XEV_CACHE_DIR": str(Path(tmp) / "cache")}  # so the first call is cold
            scale_cases: list[tuple[str, list[str], str | None, float | None]] = [
                ("floor: typer app", [*FLOOR, "hello", "--count", "1"], None, None)]
            for size in sizes:
                made = subprocess.run([sys.executable, __file__, "--make", str(size), tmp],
                                      capture_output=True, text=True, check=True)
                folder = Path(made.stdout.strip())
                target = 1.5 if size <= 10_000 else 3.0
                scale_cases.append((f"xev plant --json, {size:,} claims",
                                    [*XEV, "--data", str(folder), "plant", "--json"],
                                    "floor: typer app", target if size >= 10_000 else None))
                scale_cases.append((f"xev show ID --json, {size:,} claims",
                                    [*XEV, "--data", str(folder), "show", "plant.capacity", "--json"],
                                    "floor: typer app", target if size >= 10_000 else None))
            cold = {}
            for name, command, _, _ in scale_cases[1:]:  # the first call validates and caches
                if "plant" in name:
                    cold[name] = run_once(command, env)[0] * 1000
            failures += report("scale (warm cache; medians; ratios to the framework floor)",
                               scale_cases, measure(scale_cases, args.scale_runs, env))
            print("first call on each dataset (validation, then caching):",
                  ", ".join(f"{n.split(', ')[1]}: {ms:.0f} ms" for n, ms in cold.items()))
    print("\nall targets met" if not failures else f"\ntargets missed: {', '.join(failures)}")


def _has_ask() -> bool:
    done = subprocess.run([*XEV, "ask", "--help"], capture_output=True)
    return done.returncode == 0


if __name__ == "__main__":
    main()
