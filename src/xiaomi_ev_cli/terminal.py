"""The terminal: Rich tables, cards, the timeline and bars. Imported only when a table is wanted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .dataset import Dataset
from .escapes import inert
from .lookup import Figure, Result
from .models import Claim, FollowUp, Note
from .render import (
    Output,
    _number,
    attribution_text,
    note_text,
    quantity_text,
    show_fields,
    sources_text,
    value_text,
)

NOTE_MARKS = {"correction": "!", "resolution": "*", "translation": "~", "inference": "?",
              "context": "+"}
LATER = "What happened next: later reporting, not the article"
# Below this width a table cannot hold a quote; claims are listed one under another instead.
NARROW = 60


def write_table(result: Result, ds: Dataset, stream: TextIO, out: Output) -> None:
    """Draw the result for a person at a terminal."""
    console = Console(
        file=stream, width=out.width, force_terminal=out.color, no_color=not out.color,
        color_system="auto" if out.color else None, markup=False, emoji=False,
        highlight=False, legacy_windows=False, force_jupyter=False, force_interactive=False,
    )
    console.print(view(result, ds, console.width))


def view(result: Result, ds: Dataset, width: int) -> RenderableType:
    """The renderable for a result: each command's own picture."""
    if result.command == "show":
        return card(result, ds)
    if result.command == "brief":
        return brief(result, ds)
    if result.command == "ask":
        return answer(result, ds)
    if result.rows == "events":
        return timeline(result, ds)
    if result.rows == "corrections":
        return corrections_table(result, ds)
    if result.rows == "entities":
        return entities_table(result)
    parts: list[RenderableType] = []
    if result.command == "entities" and result.entities:
        parts.append(entity_card(result))
    if result.claims:
        words = highlight_terms(result.extras) if result.command == "search" else []
        if width < NARROW:
            parts.append(claims_list(result, ds, words))
        else:
            parts.append(claims_table(result, ds, width, words))
    if result.derived:
        parts.append(derived_table(result.derived, ds))
    if result.followups:
        parts.append(followups_table(result.followups, ds))
    if result.command == "sales":
        bars = sales_bars(result, ds, width)
        if bars is not None:
            parts.append(bars)
    return Group(*parts)


def highlight_terms(extras: Iterable[dict[str, object]]) -> list[str]:
    """The terms a search matched, to light up in its quotes."""
    words: dict[str, None] = {}
    for extra in extras:
        matched = extra.get("matched")
        if isinstance(matched, list):
            words.update(dict.fromkeys(str(m) for m in matched))
    return list(words)


def _table(title: str, caption: str | None = None) -> Table:
    return Table(title=Text(inert(title), style="bold"), box=box.SIMPLE_HEAD, show_lines=True,
                 caption=Text(caption, style="dim") if caption else None, caption_justify="left",
                 title_justify="left", header_style="bold")


def claims_table(result: Result, ds: Dataset, width: int, words: list[str]) -> RenderableType:
    """Claims as a table: the claim and its id, the value with who said it and when, the quote."""
    table = _table(result.title, _caption(ds))
    # Nothing is cut, and ids stay on one line where the width allows: they are for copying.
    longest_id = max((len(c.id) for c in result.claims), default=0)
    table.add_column("Claim", overflow="fold", min_width=min(longest_id, width // 3))
    table.add_column("Value, said by", ratio=2, overflow="fold")
    table.add_column("Quote", ratio=3, overflow="fold")
    extras = result.extras or tuple({} for _ in result.claims)
    for claim, extra in zip(result.claims, extras, strict=True):
        first = Text(inert(claim.label), style="bold")
        first.append("\n" + claim.id, style="dim")
        if "score" in extra:
            first.append(f"\nscore {extra['score']}", style="dim")
        if "roles" in extra:
            first.append("\n" + ", ".join(extra["roles"]), style="dim")
        value = Text(inert(value_text(claim.value, ds)), style="bold cyan")
        if claim.period:
            value.append("\n" + inert(claim.period.label), style="dim")
        if claim.modality != "reported":
            value.append("\n" + claim.modality.value, style="magenta")
        value.append("\n" + inert(attribution_text(claim, ds)))
        if claim.stated:
            value.append(", " + claim.stated.date, style="dim")
        marks = "".join(NOTE_MARKS[n.kind] for n in _shown_notes(claim))
        quote = Text(f"“{inert(claim.quote)}”", style="italic")
        if words:
            quote.highlight_words(words, "bold yellow", case_sensitive=False)
        if marks:
            quote.append(" " + marks, style="yellow")
        table.add_row(first, value, quote)
    notes = _grouped_notes(result.claims, ds)
    if not notes:
        return table
    lines = Text()
    for kind, text, ids in notes:
        lines.append(f"{NOTE_MARKS[kind]} {kind}", style="yellow")
        lines.append(f" ({', '.join(ids)}): ", style="dim")
        lines.append(inert(text) + "\n")
    lines.append("Every note and source: xev show ID", style="dim")
    return Group(table, lines)


def claims_list(result: Result, ds: Dataset, words: list[str]) -> RenderableType:
    """Claims one under another, for terminals too narrow for the table: nothing is dropped."""
    text = Text(inert(result.title) + "\n", style="bold")
    for claim in result.claims:
        text.append("\n" + claim.id + "\n", style="dim")
        text.append(inert(claim.label) + ": ", style="bold")
        text.append(inert(value_text(claim.value, ds)), style="bold cyan")
        if claim.period:
            text.append(f" ({inert(claim.period.label)})", style="dim")
        if claim.modality != "reported":
            text.append(f" [{claim.modality.value}]", style="magenta")
        text.append("\n" + inert(attribution_text(claim, ds)))
        if claim.stated:
            text.append(", " + claim.stated.date, style="dim")
        quote = Text(f"\n“{inert(claim.quote)}”\n", style="italic")
        if words:
            quote.highlight_words(words, "bold yellow", case_sensitive=False)
        text.append_text(quote)
        for note in _shown_notes(claim):
            text.append(f"{NOTE_MARKS[note.kind]} {note.kind.value}: ", style="yellow")
            text.append(inert(note_text(note, ds)) + "\n")
    return text


def _shown_notes(claim: Claim) -> Iterable[Note]:
    return (n for n in claim.notes if n.kind in ("correction", "resolution"))


def _grouped_notes(claims: Iterable[Claim], ds: Dataset) -> list[tuple[str, str, list[str]]]:
    groups: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        for note in _shown_notes(claim):
            groups.setdefault((note.kind.value, note_text(note, ds)), []).append(claim.id)
    return [(kind, text, ids) for (kind, text), ids in groups.items()]


def _caption(ds: Dataset) -> str:
    article = next((s for s in ds.sources.values() if s.kind == "article"), None)
    if article is None:
        return "Source: the dataset's sources"
    return (f"Source: the article of {article.date or 'unknown date'} (English machine translation;"
            " title and publisher unknown). Quotes are verbatim.")


def followups_table(followups: Iterable[FollowUp], ds: Dataset) -> Table:
    """Later reporting, set apart from the article's claims and marked as such."""
    table = _table(LATER, "Hide these with --no-followups.")
    table.add_column("When", no_wrap=True)
    table.add_column("Follow-up", ratio=3, overflow="fold")
    table.add_column("Sources", ratio=2, overflow="fold")
    for f in followups:
        what = Text(inert(f.label), style="bold")
        what.append(f"  {f.id}", style="dim")
        if f.value is not None:
            what.append("\n" + inert(value_text(f.value, ds)), style="bold green")
        what.append("\n" + inert(f.text))
        sources = Text(inert(sources_text(ds, f.sources)))
        sources.append(f"\nstrength: {f.strength.value}", style="dim")
        table.add_row(Text(f.date.date, style="green"), what, sources)
    return table


def derived_table(figures: Iterable[Figure], ds: Dataset) -> Table:
    """Figures computed from the claims, labelled derived, with their formula."""
    table = _table("Derived from the article's figures (computed, not stated)")
    table.add_column("Figure", ratio=2, overflow="fold")
    table.add_column("Value", ratio=2, overflow="fold")
    table.add_column("How", ratio=3, overflow="fold")
    for d in figures:
        first = Text(inert(d.definition.label), style="bold")
        first.append("\n" + d.definition.id, style="dim")
        value = Text(inert(quantity_text(d.value)), style="bold blue")
        if d.definition.period:
            value.append("\n" + inert(d.definition.period.label), style="dim")
        value.append("\nderived", style="magenta")
        inputs = ", ".join(f"{k} = {_number(v)} ({d.definition.inputs[k]})" for k, v in d.inputs.items())
        how = Text(f"{d.definition.formula}\n", style="bold")
        how.append(inert(inputs) + "\n", style="dim")
        how.append(inert(d.definition.text))
        table.add_row(first, value, how)
    return table


def sales_bars(result: Result, ds: Dataset, width: int) -> RenderableType | None:
    """NEV sales as bars: derived, reported, estimated and actual, each marked."""
    bars: list[tuple[str, float, str, str]] = []
    for d in result.derived:
        if d.value.unit == "vehicle":
            label = d.definition.period.label if d.definition.period else d.definition.label
            bars.append((label, float(d.value.amount), "derived", "blue"))
    for c in result.claims:
        if c.value.type == "quantity" and c.value.unit == "vehicle":
            layer = "estimate" if c.modality == "estimate" else "article"
            label = c.period.label if c.period else c.label
            bars.append((label, float(c.value.amount), layer, "magenta" if layer == "estimate" else "cyan"))
    for f in result.followups:
        if f.value is not None and f.value.type == "quantity" and f.value.unit == "vehicle":
            label = f.period.label if f.period else f.label
            bars.append((label, float(f.value.amount), "follow-up", "green"))
    if len(bars) < 2:
        return None
    top = max(b[1] for b in bars)
    label_width = max(len(b[0]) for b in bars)
    room = max(10, min(50, width - label_width - 28))
    text = Text("NEV sales, millions of vehicles\n", style="bold")
    for label, amount, layer, style in bars:
        length = max(1, round(room * amount / top))
        bar = ("▒" if layer == "estimate" else "█") * length
        text.append(f"{inert(label):<{label_width}}  ")
        text.append(bar, style=style)
        text.append(f" {amount / 1e6:.2f} M  ", style="bold")
        text.append(layer + "\n", style="dim")
    return text


def timeline(result: Result, ds: Dataset) -> RenderableType:
    """Dated events down a line: the article's (resolved dates marked) and later ones."""
    text = Text(inert(result.title) + "\n\n", style="bold")
    for i, event in enumerate(result.events):
        dot, style = {"article": ("●", "cyan"), "source": ("◆", "yellow"),
                      "follow-up": ("○", "green")}[event.layer]
        text.append(f"{event.date:<10} ", style="bold")
        text.append(f"{dot} ", style=style)
        text.append(inert(event.label), style="bold" if event.layer != "follow-up" else "")
        text.append(f"  {event.id}", style="dim")
        details = [f"precision: {event.precision.value}"]
        if event.layer == "follow-up":
            details.append("follow-up")
        if event.modality != "reported":
            details.append(event.modality)
        if event.as_written:
            details.append(f"the article says {event.as_written}")
        text.append("\n" + " " * 11 + ("│" if i < len(result.events) - 1 else " ") + " ",
                    style=style)
        text.append("; ".join(details) + "\n", style="dim")
    text.append("● the article  ○ later reporting (hide with --no-followups)  ◆ publication",
                style="dim")
    return text


def corrections_table(result: Result, ds: Dataset) -> Table:
    """Each resolution, correction and translation beside the words it is about."""
    table = _table(result.title, _caption(ds))
    table.add_column("Claim", overflow="fold")
    table.add_column("The article says", ratio=2, overflow="fold")
    table.add_column("Note", ratio=3, overflow="fold")
    for row in result.corrections:
        first = Text(row.claim.id, style="dim")
        first.append(f"\n{NOTE_MARKS[row.note.kind]} {row.note.kind.value}", style="yellow")
        first.append(f"\n({row.note.applies_to.value})", style="dim")
        table.add_row(first, Text(f"“{inert(row.claim.quote)}”", style="italic"),
                      Text(inert(note_text(row.note, ds))))
    return table


def entities_table(result: Result) -> Table:
    """Organisations, people and places with their names and aliases."""
    table = _table(result.title, "One in full, with its claims: xev entities NAME")
    table.add_column("Entity", overflow="fold")
    table.add_column("Type")
    table.add_column("Names and aliases", ratio=2, overflow="fold")
    table.add_column("Role", ratio=2, overflow="fold")
    for e in result.entities:
        first = Text(inert(e.name), style="bold")
        first.append("\n" + e.id, style="dim")
        names = Text(inert(e.name_zh or ""), style="cyan")
        names.append(("\n" if e.name_zh else "") + inert(", ".join(e.aliases)))
        table.add_row(first, e.type.value, names, Text(inert(e.description)))
    return table


def entity_card(result: Result) -> Panel:
    """One entity: names, aliases and role."""
    e = result.entities[0]
    body = Text()
    if e.name_zh:
        body.append(inert(e.name_zh) + "\n", style="cyan")
    body.append(inert(e.description) + "\n")
    if e.located_in:
        body.append("lies in: " + inert(", ".join(e.located_in)) + "\n", style="dim")
    body.append("aliases: " + inert(", ".join(e.aliases)), style="dim")
    return Panel(body, title=Text(inert(e.name), style="bold"), subtitle=Text(e.id, style="dim"),
                 title_align="left", subtitle_align="right", expand=False)


def brief(result: Result, ds: Dataset) -> RenderableType:
    """The story on one screen: headline figures with their sources, and where to go next."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", overflow="fold")
    grid.add_column(style="bold cyan", overflow="fold")
    grid.add_column(overflow="fold")
    for claim in result.claims:
        value = value_text(claim.value, ds) + (f" ({claim.period.label})" if claim.period else "")
        said = attribution_text(claim, ds)
        if claim.modality != "reported":
            said = f"{claim.modality.value}; {said}"
        grid.add_row(inert(claim.label), inert(value), Text(inert(said) + f"  [{claim.id}]", style="dim"))
    for f in result.followups:
        value = value_text(f.value, ds) if f.value else ""
        grid.add_row(Text(inert(f.label), style="green"), inert(value),
                     Text(f"follow-up, {f.date.date}; {inert(sources_text(ds, f.sources))}", style="dim"))
    more = Text(
        "\nDeeper: xev plant | sales --year 2021 | timeline | corrections | followups | entities |"
        " search TEXT | show ID.  Scripts: add --json.  All commands: xev --help", style="dim")
    return Panel(Group(grid, Text("\n" + _caption(ds), style="dim"), more),
                 title=Text(inert(result.title), style="bold"), title_align="left", expand=False)


def answer(result: Result, ds: Dataset) -> RenderableType:
    """The best answer to a question, with its quote and source; the other candidates below."""
    from .render import figure_fields, followup_fields, plain_fields

    records: dict[str, list[str]] = {}
    for claim in result.claims:
        records[claim.id] = plain_fields(claim, ds)
    for f in result.followups:
        records[f.id] = followup_fields(f, ds)
    for d in result.derived:
        records[d.definition.id] = figure_fields(d, ds)
    (best_id, best_layer, _), *others = result.ranking
    _, label, value, kind, said, stated, quote = records[best_id]
    body = Text()
    body.append(inert(value), style="bold cyan")
    body.append(f"  ({inert(kind)})\n", style="magenta")
    body.append(inert(label) + "\n", style="bold")
    body.append(f"{inert(quote)}\n", style="italic")
    body.append(("said by " if best_layer == "article" else "from ") + inert(said), style="dim")
    if stated != "-":
        body.append(f", {stated}", style="dim")
    body.append(f"\n{best_id}", style="dim")
    if best_layer == "follow-up":
        body.append("\nlater reporting, not the article", style="green")
    elif best_layer == "derived":
        body.append("\ncomputed from the article's figures, not stated by it", style="blue")
    parts: list[RenderableType] = [Panel(body, title=Text(inert(result.title), style="bold"),
                                         title_align="left", expand=False)]
    if others:
        table = _table("Other candidates")
        table.add_column("#", justify="right")
        table.add_column("Claim", overflow="fold")
        table.add_column("Value", overflow="fold")
        table.add_column("Score", justify="right")
        for n, (other_id, layer, score) in enumerate(others, 2):
            row = records[other_id]
            first = Text(inert(row[1]), style="bold")
            first.append(f"\n{other_id}" + ("" if layer == "article" else f" ({layer})"), style="dim")
            table.add_row(str(n), first, Text(inert(row[2])), f"{score:.1f}")
        parts.append(table)
    return Group(*parts)


def card(result: Result, ds: Dataset) -> RenderableType:
    """One claim in full: its fields, its quote lit up in its sentence, every note and follow-up."""
    claim = result.claims[0]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for key, text in show_fields(result, ds):
        if key == "sentence" or key.startswith(("note", "follow-up")):
            continue
        grid.add_row(key, Text(inert(text), style="bold cyan" if key == "value" else ""))
    parts: list[RenderableType] = [grid]
    context = result.context
    if context is not None:
        sentence = Text("“")
        at = claim.span.start - context.start
        end = claim.span.end - context.start
        sentence.append(inert(context.text[:at]), style="dim")
        sentence.append(inert(context.text[at:end]), style="bold underline")
        sentence.append(inert(context.text[end:]), style="dim")
        sentence.append("”")
        parts += [Text("\nIn the article", style="bold"), sentence]
    if claim.notes:
        parts.append(Text("\nNotes", style="bold"))
        for note in claim.notes:
            line = Text(f"{NOTE_MARKS[note.kind]} {note.kind.value} ({note.applies_to.value}): ",
                        style="yellow")
            line.append(inert(note_text(note, ds)))
            parts.append(line)
    if result.followups:
        parts.append(Text("\n" + LATER, style="bold green"))
        for f in result.followups:
            line = Text(f"○ {f.date.date} ", style="green")
            line.append(inert(f"{f.label}: {f.text} [{sources_text(ds, f.sources)}]"))
            parts.append(line)
    return Panel(Group(*parts), title=Text(inert(claim.label), style="bold"),
                 subtitle=Text(claim.id, style="dim"), title_align="left",
                 subtitle_align="right", expand=False)
