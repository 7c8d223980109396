"""The Typer app: parse arguments, run one lookup, hand its result to one renderer."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__, dataset, lookup
from .errors import DatasetError, ExitCode, XevError
from .lookup import Result
from .models import Modality
from .render import OutputFormat, decide_output, error_json, render

EXIT_CODES = (
    "Exit codes: 0 answered; 1 nothing found; 2 usage error; 3 unreadable or invalid dataset;"
    " 70 internal error (a bug: please report it)."
)

app = typer.Typer(
    name="xev",
    help=(
        "Look up what one news story says about Xiaomi's EV plant in Beijing's E-Town:"
        " every claim with its verbatim quote, who said it and when.\n\n"
        "Examples:  xev plant  |  xev sales --year 2021 --json | jq '.claims[].value'"
        "  |  xev claims --topic e-town  |  xev show plant.capacity"
    ),
    epilog=EXIT_CODES,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)

FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="table, plain, json, jsonl or csv. Default: table on a terminal, plain in a pipe.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="No colour or styles (also NO_COLOR, TERM=dumb).")
]


def _version(value: bool) -> None:
    if value:
        print(f"xev {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option("--data", envvar="XEV_DATA", show_default=False,
                     help="Use the dataset in this folder (or XEV_DATA); default: the shipped one."),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback on internal errors (or XEV_DEBUG=1).")
    ] = False,
) -> None:
    """Look up what one news story says about Xiaomi's EV plant in Beijing's E-Town."""
    ctx.obj = data
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())


def _answer(
    ctx: typer.Context,
    query: Callable[[dataset.Dataset], Result],
    fmt: OutputFormat | None,
    as_json: bool,
    no_color: bool,
) -> None:
    """Load the dataset, run one lookup and write its result; the shared body of every command."""
    ds = dataset.load(ctx.obj)
    result = query(ds)
    stream = sys.stdout
    is_terminal = stream.isatty()
    width = shutil.get_terminal_size().columns if is_terminal else None
    out = decide_output(OutputFormat.json if as_json else fmt, is_terminal=is_terminal,
                        env=os.environ, no_color=no_color, terminal_width=width)
    try:
        render(result, ds, out, stream)
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None


@app.command()
def plant(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False,
          no_color: NoColorOption = False) -> None:
    """Everything the article says about the plant: capacity, stages, site, partner,
    headquarters, mass-production target and agreement date, each with its quote.

    Examples:  xev plant  |  xev plant --json | jq -r '.claims[] | "\\(.id) \\(.quote)"'
    """
    _answer(ctx, lookup.plant, fmt, as_json, no_color)


@app.command()
def sales(
    ctx: typer.Context,
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="Only figures whose period falls in this year."),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """China's NEV sales figures: amount, period, growth, who reported them, and the
    full-year estimate marked as an estimate.

    Examples:  xev sales --year 2021  |  xev sales --year 2021 --json | jq '.claims[].value.amount'
    """
    _answer(ctx, lambda ds: lookup.sales(ds, year), fmt, as_json, no_color)


@app.command()
def claims(
    ctx: typer.Context,
    topic: Annotated[
        str | None, typer.Option("--topic", "-t", help="Only this topic, e.g. plant, nev-sales.")
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option("--subject", "-s", help="Only claims about this entity (id, name or alias)."),
    ] = None,
    modality: Annotated[
        Modality | None,
        typer.Option("--modality", "-m", case_sensitive=False,
                     help="Only reported facts, plans, targets, pledges, estimates or opinions."),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Every claim of the article, or those of one topic, subject or modality.

    Examples:  xev claims --topic e-town  |  xev claims --modality estimate  |
    xev claims --format jsonl | head -1
    """
    _answer(ctx, lambda ds: lookup.claims(ds, topic, subject, modality), fmt, as_json, no_color)


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, e.g. plant.capacity.")],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """One claim in full: every field, its quote in the sentence around it, every note
    and source.

    Examples:  xev show plant.capacity  |  xev show nev-sales.2021-jan-oct-growth --json
    """
    _answer(ctx, lambda ds: lookup.show(ds, claim_id), fmt, as_json, no_color)


def _silence_stdout() -> None:
    """After a reader has gone away: point stdout at /dev/null so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _wants_json(args: Sequence[str]) -> bool:
    """Whether the command line asks for JSON or JSONL, so errors should be JSON too."""
    for i, arg in enumerate(args):
        if arg == "--json":
            return True
        value = None
        if arg in ("--format", "-f") and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--format="):
            value = arg.partition("=")[2]
        elif arg.startswith("-f") and len(arg) > 2:
            value = arg[2:]
        if value is not None and value.lower() in ("json", "jsonl"):
            return True
    return False


def _report(code: str, message: str, exit_code: int, as_json: bool,
            details: Sequence[str] = ()) -> int:
    """Say what went wrong on stderr: one line, or one line a problem (JSON if JSON was asked)."""
    lines = [" ".join(line.split()) for line in (details or [message])]
    if as_json:
        text = error_json(code, " ".join(message.split()), exit_code, lines if details else None)
    else:
        text = "\n".join(f"xev: {line}" for line in lines)
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return exit_code


def run(args: Sequence[str]) -> int:
    """Run xev on these arguments and return its exit code; never raises."""
    args = list(args)
    for stream in (sys.stdout, sys.stderr):
        # Where the encoding cannot carry a character (PYTHONIOENCODING=ascii), write an escape.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    as_json = _wants_json(args)
    debug = "--debug" in args or os.environ.get("XEV_DEBUG", "") not in ("", "0")
    try:
        command = typer.main.get_command(app)
        rv = command.main(args=args, prog_name="xev", standalone_mode=False)
        return rv if isinstance(rv, int) else ExitCode.OK
    except DatasetError as exc:
        problems = [f"invalid dataset: {p}" for p in exc.problems]
        return _report(exc.code, exc.message, exc.exit_code, as_json, problems)
    except XevError as exc:
        return _report(exc.code, exc.message, exc.exit_code, as_json)
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        usage = _usage_error(exc)
        if usage is not None:
            return _report("usage", usage, ExitCode.USAGE, as_json)
        if debug:
            import traceback

            traceback.print_exc()
        return _report("internal", f"internal error: {type(exc).__name__}: {exc}"
                       " (run with --debug for a traceback)", ExitCode.INTERNAL, as_json)


def _usage_error(exc: Exception) -> str | None:
    """The one-line message of a command-line parsing error, or None for anything else."""
    format_message = getattr(exc, "format_message", None)
    if not callable(format_message) or not isinstance(getattr(exc, "exit_code", None), int):
        return None
    message = str(format_message())
    ctx = getattr(exc, "ctx", None)
    path = getattr(ctx, "command_path", None) or "xev"
    return f"{message} (see '{path} --help')"


def main() -> NoReturn:
    """The console script."""
    sys.exit(run(sys.argv[1:]))
