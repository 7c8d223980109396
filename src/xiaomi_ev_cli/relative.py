"""A question asked from today, years after the article: the words that set it then are no part of
what is asked ("back then", "at the time of the article", "originally", "in hindsight", "looking
back"; "back in 2021" is "in 2021"), nor is "by now" or "yet" of what has been done ("has phase 2
started yet"), and "how many years ago", "how long ago" and "how many years back" ask when, as
"since how many years" asks since when. What sets it now ("today", "so far"; "these days" as "now")
is read as typed: the dataset says nothing of today.
Read only where a sign of it is."""

from __future__ import annotations

import functools
import re

_SIGNS = frozenset(("back", "time", "originally", "hindsight", "looking", "ago", "now", "yet", "days",
                    "since"))
_WHEN = r"(?i)\bhow (?:many (?:years|months|weeks|days)|long) (?:ago|back)\b"


@functools.cache
def _then() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=\W))\W*\b(?:back then"
        r"|(?:as (?:originally )?planned )?at the time(?: of (?:the|that) article)?"
        r"|as (?:originally )?planned back then|originally|in hindsight|looking back(?: now)?"
        r"|a (?:few|couple of) years (?:ago|back)|years ago now)"
        r"\b\W*?(?=[\s,]|$)"
        # last: "... by now", "... yet"
        r"|[\s,]+(?:by now|yet)(?=\W*$)",
        re.IGNORECASE)


def from_today(text: str) -> str:
    """The question without the words that set it then, and with "how many years ago" as "when"."""
    folded = text.casefold()
    if _SIGNS.isdisjoint(re.findall(r"[a-z]+", folded)):
        return text
    if "ago" in folded or "back" in folded:
        text = re.sub(_WHEN, "when", text)
        text = re.sub(r"(?i)\bback in (?=(?:19|20)\d\d\b)", "in ", text)
    if "since how" in folded:  # "since how many years is xiaomi ev registered": since when
        text = re.sub(r"(?i)\bsince how (?:many (?:years|months|weeks|days)|long)\b", "since when", text)
    text = re.sub(r"(?i)\bthese days\b", "now", text)  # no days asked of: "who runs xiaomi these days"
    kept = _then().sub(" ", text).strip(" ,")
    return kept if kept.strip(" ?!.") else text
