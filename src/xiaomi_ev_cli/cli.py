"""The Typer app: parse arguments, run one lookup, hand its result to one renderer."""

from __future__ import annotations

import copy
import inspect
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from . import __version__
from .enums import Modality, NoteKind, OutputFormat
from .errors import DatasetError, ExitCode, InvalidArgumentError, XevError, shortened

EXIT_CODES = (
    "Exit codes: 0 answered; 1 nothing found; 2 usage error; 3 unreadable or invalid dataset;"
    " 70 internal error (a bug: please report it)."
)

app = typer.Typer(
    name="xev",
    help=(
        "Look up what one news story says about Xiaomi's EV plant in Beijing's E-Town:"
        " every claim with its verbatim quote, who said it and when.\n\n"
        "\b\nExamples:\n"
        "  xev                        the story on one screen\n"
        "  xev plant                  everything about the plant\n"
        "  xev sales --year 2021 --json | jq '.claims[].value'\n"
        "  xev search 'team size'     ranked full-text search\n"
        "  xev show plant.capacity    one claim in full\n"
        "  xev timeline               every dated event"
    ),
    epilog=EXIT_CODES,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)

if TYPE_CHECKING:
    from types import ModuleType

    from .dataset import Dataset
    from .lookup import Result

# A query: given the dataset and whether follow-ups are wanted, the result to show.
Query = Callable[["Dataset", bool], "Result"]


# The lookups load the models (and pydantic) only when a command runs: `--help`, usage errors
# and completion of command names never need them.
def _dataset() -> ModuleType:
    from . import dataset

    return dataset


def _lookup() -> ModuleType:
    from . import lookup

    return lookup


def _data_path() -> Path | None:
    """The dataset completion should read: XEV_DATA or the shipped one."""
    value = os.environ.get("XEV_DATA")
    return Path(value) if value else None


def _completions(values: Callable[[Dataset], Sequence[str]]) -> Callable[[str], list[str]]:
    """A shell-completion function offering dataset values that start with what was typed."""

    def complete(incomplete: str) -> list[str]:
        try:
            ds = _dataset().load(_data_path())
        except XevError:
            return []
        return [v for v in values(ds) if v.casefold().startswith(incomplete.casefold())]

    return complete


def _entity_choices(ds: Dataset) -> list[str]:
    return sorted({n for e in ds.entities.values() for n in _lookup().entity_names(e)})


complete_ids = _completions(lambda ds: list(ds.by_id))
complete_topics = _completions(lambda ds: _lookup().topics(ds))
complete_entities = _completions(_entity_choices)
complete_years = _completions(lambda ds: [str(y) for y in _lookup().sales_years(ds)])


# ---- the options every lookup command shares ----------------------------------------------------

FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                 help="table, plain, json, jsonl, csv or markdown. Default: table on a terminal,"
                      " plain in a pipe."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", show_default=False, metavar="A,B,...",
                 help="Only these fields of each row (json, jsonl, csv), e.g. id,quote,value."),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="No colour or styles (also NO_COLOR, TERM=dumb).")
]
NoFollowupsOption = Annotated[
    bool, typer.Option("--no-followups", help="Leave out what later reporting says: the article only.")
]
_SHARED = [
    inspect.Parameter("fmt", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=FormatOption),
    inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOption),
    inspect.Parameter("fields", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=FieldsOption),
    inspect.Parameter("no_color", inspect.Parameter.KEYWORD_ONLY, default=False,
                      annotation=NoColorOption),
    inspect.Parameter("no_followups", inspect.Parameter.KEYWORD_ONLY, default=False,
                      annotation=NoFollowupsOption),
]


def lookup_command(name: str | None = None, *, hidden: bool = False
                   ) -> Callable[[Callable[..., Query]], Callable[..., Query]]:
    """Register a function that turns its arguments into a query as an xev command.

    The command gets the options every lookup shares (--format, --json, --fields, --no-color,
    --no-followups); its docstring is its help.
    """

    def register(build: Callable[..., Query]) -> Callable[..., Query]:
        own = list(inspect.signature(build, eval_str=True).parameters.values())
        ctx_param = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                      annotation=typer.Context)
        params = [ctx_param, *own, *_SHARED]

        def command(ctx: typer.Context, **kwargs: Any) -> None:
            shared = {p.name: kwargs.pop(p.name) for p in _SHARED}
            query = build(**kwargs)
            _answer(ctx, query, **shared)

        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        command.__doc__ = build.__doc__
        command.__name__ = build.__name__
        app.command(name or build.__name__.replace("_", "-"), hidden=hidden)(command)
        return build

    return register


def _answer(ctx: typer.Context, query: Query, fmt: OutputFormat | None, as_json: bool,
            fields: str | None, no_color: bool, no_followups: bool) -> None:
    """Load the dataset, run one query and write its result; the body of every lookup command."""
    from .render import decide_output, render

    ds = _dataset().load(ctx.obj)
    result = query(ds, not no_followups)
    stream = sys.stdout
    is_terminal = stream.isatty()
    width = shutil.get_terminal_size().columns if is_terminal else None
    out = decide_output(OutputFormat.json if as_json else fmt, is_terminal=is_terminal,
                        env=os.environ, no_color=no_color, terminal_width=width)
    wanted = [f.strip() for f in fields.split(",") if f.strip()] if fields is not None else None
    if fields is not None and not wanted:
        raise InvalidArgumentError("--fields needs at least one field name")
    _emit(lambda: render(result, ds, out, stream, wanted))


def _emit(write: Callable[[], None]) -> None:
    """Write to stdout; a reader that has gone away ends the program quietly with success."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None


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
        _answer(ctx, lambda ds, followups: _lookup().brief(ds, followups), None, False, None, False,
                False)


# ---- the parts of the story -------------------------------------------------------------------

def _topic(name: str) -> Query:
    return lambda ds, followups: _lookup().topic(ds, name, followups)


@lookup_command()
def plant() -> Query:
    """The plant: capacity, stages, site, partner, target.

    Everything the article says about the plant: capacity, stages, site, partner, headquarters,
    mass-production target and agreement date, each with its quote and source.

    \b
    Examples:
      xev plant
      xev plant --json | jq -r '.claims[] | "\\(.id) \\(.quote)"'
    """
    return _topic("plant")


@lookup_command()
def investment() -> Query:
    """Xiaomi's US$10 billion EV pledge.

    Xiaomi's pledge to invest US$10 billion in EVs: amount, period, when, and per year.

    \b
    Examples:
      xev investment
      xev investment --json | jq '.claims[0].value.amount'
    """
    return _topic("investment")


@lookup_command()
def registration() -> Query:
    """The registration of Xiaomi EV, Xiaomi's EV unit.

    The registration of Xiaomi EV, Xiaomi's EV unit: when, and what the article gets wrong.

    \b
    Examples:
      xev registration
      xev registration --format plain
    """
    return _topic("registration")


@lookup_command()
def xiaomi() -> Query:
    """Xiaomi: what it is, its CEO, its Q3 report, its car team.

    Xiaomi: what it is, its CEO, its Q3 report and the size of its car team.

    \b
    Examples:
      xev xiaomi
      xev xiaomi --fields id,value --json
    """
    return _topic("xiaomi")


@lookup_command()
def market() -> Query:
    """China's NEV market, the other carmakers, NEV sales.

    China's NEV market: its place in the world, the other carmakers, NEV sales.

    \b
    Examples:
      xev market
      xev market --no-followups --format csv
    """
    return _topic("market")


@lookup_command("etown")
def etown() -> Query:
    """E-Town: location, role, industries, resident carmakers.

    E-Town: where it is, what it does, its industries and resident carmakers.

    \b
    Examples:
      xev etown
      xev e-town --json | jq -r '.claims[].label'
    """
    return _topic("etown")


lookup_command("e-town", hidden=True)(etown)  # the other spelling


@lookup_command()
def sales(
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="Only figures whose period falls in this year.",
                     autocompletion=complete_years),
    ] = None,
) -> Query:
    """China's NEV sales figures, by year.

    China's NEV sales: amounts, growth, the full-year estimate, derived and actual figures.

    \b
    Examples:
      xev sales --year 2021
      xev sales --year 2020
      xev sales --year 2021 --json | jq '.claims[].value.amount'
    """
    return lambda ds, followups: _lookup().sales(ds, year, followups)


@lookup_command()
def claims(
    topic: Annotated[
        str | None, typer.Option("--topic", "-t", help="Only this topic, e.g. plant, nev-sales.",
                                 autocompletion=complete_topics)
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option("--subject", "-s", help="Only claims about this entity (id, name or alias).",
                     autocompletion=complete_entities),
    ] = None,
    modality: Annotated[
        Modality | None,
        typer.Option("--modality", "-m", case_sensitive=False,
                     help="Only reported facts, plans, targets, pledges, estimates or opinions."),
    ] = None,
) -> Query:
    """Every claim, or one topic's, subject's or modality's.

    Every claim of the article, or those of one topic, subject or modality.

    \b
    Examples:
      xev claims --topic e-town
      xev claims --modality estimate
      xev claims --format jsonl | head -1
    """
    return lambda ds, followups: _lookup().claims(ds, topic, subject, modality)


@lookup_command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, e.g. plant.capacity.",
                                            autocompletion=complete_ids)],
) -> Query:
    """One claim in full, its quote in its sentence.

    One claim in full: every field, its quote in its sentence, every note, source, follow-up.

    \b
    Examples:
      xev show plant.capacity
      xev show nev-sales.2021-jan-oct-growth --json
    """
    return lambda ds, followups: _lookup().show(ds, claim_id, followups)


@lookup_command()
def timeline() -> Query:
    """Every dated event in order, drawn as a timeline.

    The article's dated events (resolved where it is vague, its own wording kept) and later ones,
    each with its date and precision.

    \b
    Examples:
      xev timeline
      xev timeline --no-followups
      xev timeline --json | jq -r '.events[] | "\\(.date) \\(.label)"'
    """
    return lambda ds, followups: _lookup().timeline(ds, followups)


@lookup_command()
def entities(
    name: Annotated[
        str | None,
        typer.Argument(help="An entity by any name or alias, English or Chinese; typos are fine.",
                       autocompletion=complete_entities, show_default=False),
    ] = None,
) -> Query:
    """Organisations, people and places; or one of them.

    The organisations, people and places of the story; or one, with the claims about it.

    \b
    Examples:
      xev entities
      xev entities 雷军
      xev entities "China Automakers Association"
    """
    if name is None:
        return lambda ds, followups: _lookup().entities(ds)
    return lambda ds, followups: _lookup().entity(ds, name, followups)


@lookup_command()
def search(
    text: Annotated[str, typer.Argument(help="Words, names or numbers to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000,
                                       help="At most this many claims.")] = 10,
) -> Query:
    """Ranked full-text search, best first.

    Ranked full-text search over quotes, values, entities and aliases, best first.

    \b
    Examples:
      xev search "team size"
      xev search 亦庄
      xev search 300,000 --json
    """
    from . import search as searching

    return lambda ds, followups: searching.search(ds, text, limit, followups)


@lookup_command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in plain words, English or Chinese.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100,
                                       help="The answer and at most this many in all.")] = 5,
) -> Query:
    """Answer a question in plain words, with the quote and its source.

    The best answer (its value with bound, period and modality, its quote and source), then the
    next candidates. When the dataset holds no good answer, says so and exits 1.

    \b
    Examples:
      xev ask "How many cars a year will the Beijing plant make?"
      xev ask "was the target met?"
      xev ask 雷军 --json | jq '.answers[0]'
    """
    from . import ask as asking

    return lambda ds, followups: asking.ask(ds, question, limit, followups)


@lookup_command()
def corrections(
    kind: Annotated[
        list[NoteKind] | None,
        typer.Option("--kind", "-k", case_sensitive=False,
                     help="Only this kind (repeatable): correction, resolution, translation,"
                          " inference, context."),
    ] = None,
) -> Query:
    """What the dataset resolves and corrects in the article.

    What the dataset resolves, corrects and translates in the article, with reasons and sources.

    \b
    Examples:
      xev corrections
      xev corrections --kind correction
      xev corrections --format markdown
    """
    kinds = tuple(kind) if kind else _lookup().CORRECTION_KINDS
    return lambda ds, followups: _lookup().corrections(ds, kinds)


@lookup_command()
def followups() -> Query:
    """What happened after the article (later reporting).

    What happened after the article, from later reporting, each with its sources and strength.

    \b
    Examples:
      xev followups
      xev followups --json | jq -r '.followups[] | "\\(.date.date) \\(.label)"'
    """
    return lambda ds, followups: _lookup().followups(ds)


@lookup_command()
def brief() -> Query:
    """The story on one screen (also plain `xev`).

    The story on one screen: the headline figures with their sources (also plain `xev`).

    \b
    Examples:
      xev
      xev brief --json | jq '.claims | length'
    """
    return lambda ds, followups: _lookup().brief(ds, followups)


# ---- the dataset itself ------------------------------------------------------------------------

@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="A dataset folder (or one of its files); default: --data or the shipped one.",
                       show_default=False),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Check a dataset; report every problem at once.

    Check a dataset and report every problem at once; exit 0 when it is valid.

    \b
    Examples:
      xev validate
      xev validate ./my-dataset
      xev validate ./my-dataset --json
    """
    from .escapes import dumps

    ds = _dataset().load(path if path is not None else ctx.obj)
    counts = {"claims": len(ds.claims), "entities": len(ds.entities), "sources": len(ds.sources),
              "followups": len(ds.followups), "derived": len(ds.derived)}
    if as_json:
        text = dumps({"valid": True, "dataset": str(ds.root), "counts": counts})
    else:
        text = f"valid: {ds.root} (" + ", ".join(f"{n} {k}" for k, n in counts.items()) + ")"
    _emit(lambda: print(text))


@app.command()
def schema(
    name: Annotated[
        str,
        typer.Argument(help="output, error, claims, entities, sources, followups or derived."),
    ] = "output",
) -> None:
    """The JSON Schema of the output or of a dataset file.

    The JSON Schema of xev's JSON output (default) or of a dataset file.

    \b
    Examples:
      xev schema
      xev schema claims > claims.schema.json
    """
    from .schema import schema_text, schemas

    known = {n.removesuffix(".schema.json"): s for n, s in schemas().items()}
    if name not in known:
        raise InvalidArgumentError(f"no schema {name!r}; schemas: " + ", ".join(known))
    _emit(lambda: print(schema_text(known[name]), end=""))


@app.command()
def export(
    ctx: typer.Context,
    to: Annotated[
        str, typer.Option("--to", "-t", help="jsonl, csv or sqlite.", show_default=False)
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The file to write (sqlite needs one; else stdout).",
                     show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """The whole dataset as JSONL, CSV or SQLite.

    The whole dataset as JSONL, CSV or a SQLite database (claims, entities, sources tables).

    \b
    Examples:
      xev export --to sqlite -o xev.db
      xev export --to csv > claims.csv
      xev export --to jsonl -o claims.jsonl --force
    """
    from . import export as exporting

    if to not in exporting.FORMATS:
        raise InvalidArgumentError(f"cannot export to {to!r}; choose one of: "
                                   + ", ".join(exporting.FORMATS))
    ds = _dataset().load(ctx.obj)
    if output is None:
        if to == "sqlite":
            raise InvalidArgumentError("a SQLite export needs --output FILE")
        _emit(lambda: exporting.write_text(ds, to, sys.stdout))
        return
    exporting.export(ds, to, output, force)
    print(f"wrote {output}", file=sys.stderr)


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


MAX_PROBLEM_LINES = 20


def _report(code: str, message: str, exit_code: int, as_json: bool,
            details: Sequence[str] = ()) -> int:
    """Say what went wrong on stderr: one line, or one line a problem (JSON if JSON was asked).

    Whatever the message quotes (a path, a value typed by the user) is made inert first.
    """
    from .escapes import inert

    lines = [inert(shortened(" ".join(line.split()))) for line in (details or [message])]
    if as_json:
        from .escapes import error_json

        text = error_json(code, inert(shortened(" ".join(message.split()))), exit_code,
                          lines[:1000] if details else None)
    else:
        shown = lines[:MAX_PROBLEM_LINES]
        if len(lines) > len(shown):
            shown.append(f"({len(lines) - len(shown)} more problems; "
                         "'xev validate PATH --json' lists them all)")
        text = "\n".join(f"xev: {line}" for line in shown)
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
        command = typer.main.get_command(_app_for(args))
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


def _app_for(args: Sequence[str]) -> typer.Typer:
    """The app to parse these arguments with: only the command they name, if they name one.

    Typer builds every registered command's parameters before parsing, which costs about as much
    as a whole lookup; a call runs one command, so only that one is built. Anything else (help,
    no command, a mistyped one, shell completion) gets the whole app.
    """
    if any(name.startswith("_XEV_COMPLETE") for name in os.environ):
        return app
    rest = list(args)
    while rest and (rest[0] in ("--debug", "--data") or rest[0].startswith("--data=")):
        rest = rest[2:] if rest[0] == "--data" else rest[1:]
    if not rest or rest[0].startswith("-"):
        return app
    for info in app.registered_commands:
        callback = info.callback
        name = info.name or (callback.__name__.replace("_", "-") if callback else None)
        if name == rest[0]:
            single = copy.copy(app)
            single.registered_commands = [info]
            return single
    return app


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
    """The console script.

    Once the output is flushed there is nothing left to clean up (xev only reads files, and
    its writes are complete, atomic renames), so it leaves without tearing down every module and
    object: that teardown would cost more than some whole lookups.
    """
    code = run(sys.argv[1:])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        _silence_stdout()
    os._exit(code)
