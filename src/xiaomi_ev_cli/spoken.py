"""A question as a speech recogniser writes down what was said: punctuation said as words ("who
signed the deal question mark"), a short form said letter by letter ("n d r c", "s u 7"), and the
story's Chinese names heard as the English words they sound like ("show me" for Xiaomi, "lay june"
for Lei Jun, "eaton" for E-Town, "face two" for phase 2). Each is read only where a sign of it is."""

from __future__ import annotations

import functools
import itertools
import re

# punctuation said as words, and what it writes: at the end a question's mark or a full stop ("period"
# only where no word before it makes it the thing asked: "the investment period", "over what period");
# within, a comma or a colon (not "a question mark over the plant", nor "come to a full stop")
_SAID_LAST = r"(?i)\s*\b(question mark|full stop|exclamation mark|exclamation point|period)\s*[.?!]?\s*$"
_SAID_WITHIN = r"(?i)\s*\b(comma|colon|semicolon)\b(?=\s+\w)"
_MARKS = {"question mark": "?", "full stop": ".", "exclamation mark": "!", "exclamation point": "!",
          "period": ".", "comma": ",", "colon": ":", "semicolon": ";"}
_PERIOD_ASKED = frozenset(("what", "which", "the", "a", "an", "this", "that", "same", "each", "every",
                           "per", "over", "investment", "pledge", "time", "whole", "entire", "given",
                           "reporting", "sales", "ten-year", "decade"))
# short forms said letter by letter ("n e v s", "u s e v market": US EV), put together where the
# letters make one; the dataset's own (tests check that every one it writes is here) and the common
SHORT_FORMS = frozenset(("ai", "ansa", "baic", "bda", "bjev", "caam", "cnbc", "ceo", "cfo", "cpca", "ev",
                         "h1", "h2", "hk", "hq", "it", "ndrc", "nev", "nio", "prc", "q1", "q2", "q3", "q4",
                         "rmb", "scmp", "su7", "tsla", "us", "usa", "usd", "xpev"))
_LETTERS = r"(?i)(?<![\w'-])[a-z0-9](?: [a-z0-9]){1,5}(?:'?s)?(?![\w'-])"
# the names as an English ear hears them, what a recogniser writes for each (a name it knows is
# written as it is; "s u 7" and "q 3" are letters said one by one)
_HEARD = (
    ("xiaomi", "shall me|shell me|show mi|shomi|shaomi|show mee|xiao me|shao me|shao mi|shau mi"),
    ("lei jun", "lay june|lay jun|lay joon|lei june|lei joon|lee jun|lay chun"),
    ("beijing", "bay jing|bay ging|bay jeeng|bei jing|bay zhing"),
    ("daxing", "da shing|dah shing|da xing"),
    ("daxing district", "dashing district"),
    ("e-town", "e town|eaton|eton|eat own|ee town"),
    ("nio", "neo|knee oh|nee oh"),
    ("xpeng", "ex peng|x peng|ex ping|x ping"),
    ("beijing benz", "beijing bends|beijing bens"),
    ("su7", "sue seven|sue 7|su seven|su 7|s u seven"),
    ("q3", "cue three|cue 3|q three"),  # not "queue": a Russian speaker's phase ("the third queue")
)
# the first word of each that is not the name's own ("bends" of "beijing bends"): a sign to read them
_HEARD_FIRST = frozenset(next(w for w in said.split() if w not in name.split())
                         for name, heard in _HEARD for said in heard.split("|"))
# "show me" is Xiaomi where it is no request: not first (or after "can you", "please"), or before
# what only a name stands before ("show me's", "show me e v")
_REQUEST_BEFORE = frozenset(("can", "could", "would", "will", "you", "please", "pls", "plz", "just", "and",
                             "then", "now", "also", "hey", "ok", "okay", "so", "xev", "to", "let"))
# "face" heard for phase: before its number, or after a word that asks of phases ("each face")
_PHASE = r"(?i)\bface(?=\s+(?:one|two|three|[123]|i{1,3})\b)|(?<=\bhow many )faces\b" \
         r"|(?:(?<=\beach )|(?<=\bevery )|(?<=\bwhich )|(?<=\bper ))face\b"


@functools.cache
def _heard() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w'-])(?:" + "|".join(f"({heard})" for _, heard in _HEARD) + r")(?![\w-])")


def _joined(match: re.Match[str]) -> str:
    """Letters said one by one, as the short forms they make ("u s e v": US EV; "n e v s": NEVs; "e v
    a unit": EV a unit), or as they were if they make none."""
    text = match.group()
    said = text.split()
    said[-1], plural = said[-1][0], said[-1][1:]  # "n e vs", "n e v's"
    words: list[str] = []
    i = 0
    while i < len(said):
        letters = "".join(said[i:]).casefold()
        known = next((n for n in range(len(letters), 1, -1) if letters[:n] in SHORT_FORMS), 0)
        if known:
            words.append(letters[:known].upper())
        elif letters == "s" and words:  # a plural
            words[-1] += "s"
        else:  # a letter of its own
            words.append(said[i])
        i += known or 1
    return " ".join(words) + plural if any(len(w) > 1 for w in words) else text


def _show_me(question: str) -> str:
    """"show me" as Xiaomi where it is no request ("who is the ceo of show me")."""

    def name(match: re.Match[str]) -> str:
        before = question[:match.start()].rstrip(" ,").rsplit(maxsplit=1)
        after = question[match.end():]
        if re.match(r"(?i)'s\b| e ?v\b", after) or (before and before[-1].casefold() not in _REQUEST_BEFORE
                                                    and not before[-1].endswith((",", ":", ";", "?", "."))):
            return "xiaomi"
        return match.group()

    return re.sub(r"(?i)\bshow me\b", name, question)


def unspoken(text: str) -> str:
    """The question as said, without what a speech recogniser made of it (each read only where a sign
    of it is)."""
    folded = text.casefold()
    if folded.rstrip(" .?!").endswith(("mark", "stop", "point", "period")):
        text = re.sub(_SAID_LAST, _mark, text)
    if "comma" in folded or "colon" in folded:
        text = re.sub(_SAID_WITHIN, lambda m: _MARKS[m.group(1).casefold()], text)
    words = text.split()
    if any(len(a) == 1 and len(b) <= 3 and a.isalnum() for a, b in itertools.pairwise(words)):  # "n e v"
        text = re.sub(_LETTERS, _joined, text)
    if "show me" in folded:
        text = _show_me(text)
    if not _HEARD_FIRST.isdisjoint(re.findall(r"\w+", folded)):  # "eaton?" too
        text = _heard().sub(lambda m: _HEARD[(m.lastindex or 1) - 1][0], text)
    if "face" in folded:
        text = re.sub(_PHASE, lambda m: "phases" if m.group().casefold() == "faces" else "phase", text)
    return text


def _mark(match: re.Match[str]) -> str:
    """The mark said at the end, or "period" as said where it is the thing asked."""
    said = match.group(1).casefold()
    if said == "period":
        before = match.string[:match.start()].split()
        if not before or before[-1].casefold() in _PERIOD_ASKED or before[-1][-1].isdigit():
            return match.group()
    return _MARKS[said]
