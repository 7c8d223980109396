"""A question as an impatient or annoyed user types it: without the words that only say so (an oath,
"for god's sake", "ffs", "ugh", "come on", "thanks for nothing", "is that so hard to find"), with
"wtf" as the "what" it stands for, and with what the user says they do not want ("not the city",
"don't give me the plant capacity again", "stop showing me the date") excluded as a search engine's
user excludes it, after a minus (`ask` reads it so). Read only where a sign of it is."""

from __future__ import annotations

import functools
import re

# its signs, as whole words ("growth" holds no "wth", "through" no "ugh", "stages" no "ages"), or as
# phrases; and the words of what is not wanted
_SIGNS = frozenset(("wtf", "wth", "hell", "heck", "fuck", "fucking", "damn", "damned", "dammit", "goddamn",
                    "bloody", "freaking", "fricking", "frigging", "effing", "stupid", "sake", "ffs", "ugh",
                    "argh", "omg", "jeez", "geez", "sigh", "seriously", "crying", "nothing", "hard",
                    "forever", "ages", "enough", "doubt", "already", "pronto", "anyone", "hello", "useless",
                    "whatever"))
_PHRASES = ("come on", "give up", "i said", "i've asked", "i have asked", " time:", " time,")
_UNWANTED = frozenset(("not", "don't", "dont", "stop", "quit"))
_OATH = r"(?:for (?:god|heaven|pete|christ|fuck|goodness)'?s sake|for crying out loud|ffs)"
_SAYS_SO = (
    # an oath within: "the damn plant" ("what the hell is": _WH_OATH)
    r"\b(?:damn|damned|goddamn|bloody|freaking|fricking|frigging|effing|fucking|stupid)\s+(?=\w)"
    # first: "ugh", "seriously,", "for the third time:", "I SAID", "useless."
    rf"|^\W*(?:(?:ugh+|argh+|omg|jeez|geez|sigh|come on|seriously|okay|ok|{_OATH})\b[\s,.:;!?-]*)+"
    r"|^\W*(?:(?:useless|whatever|i give up|for the (?:second|third|fourth|last|hundredth) time"
    r"|i(?:'ve| have) asked (?:twice|three times|already|before)(?: already)?)\s*[,.:;!?-]+\s*)+"
    r"|^\W*i said\s+"
    # last: ", come on", "for god's sake", ", thanks for nothing", "is that so hard to find"
    rf"|(?:[\s,;.!?-]*\b(?:ugh+|argh+|come on|seriously|already|pronto|dammit|damn it|{_OATH}"
    r"|thanks for nothing|(?:is )?(?:that|it) (?:so|that|really) hard(?: to find)?"
    r"|it'?s not (?:that|so) hard|i'?ve been looking (?:forever|for ages|all day)|took them long enough"
    r"|doubt it|anyone|hello|simple question|no essays|nothing fancy)\b)+\W*$"
)
_CHECKS = r"(?i)\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b"
_WH_OATH = r"(?i)\b(what|who|where|when|why|how|which) the (?:hell|heck|fuck)\b"
# what the user says they do not want: the thing, in a clause of its own
_GIVE = r"(?:give|giving|show|showing|tell|telling|send|sending)"
_NOT_WANTED = (
    rf"(?i)\b(?:don'?t|do not|stop|quit)\s+{_GIVE}\s+me\s+(?:the\s+|a\s+|an\s+)?([^,.;:!?\"]{{1,40}}?)"
    r"(?:\s+(?:again|anymore|any more))?(?=\s*(?:[,.;:!?]|$))"
    r"|\bi (?:don'?t|do not) want\s+(?:the\s+|a\s+|an\s+)?([^,.;:!?\"]{1,40}?)(?=\s*(?:[,.;:!?]|$))"
    # "not the city,", "... not the ceo": not after a verb it denies ("is tesla not the us leader")
    r"|(?<![\w'])(?<!is )(?<!are )(?<!was )(?<!were )(?<!'s )(?<!does )(?<!did )(?<!do )(?<!will )"
    r"(?:but\s+|and\s+)?not\s+(?:the|a|an|its|their)\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:[,.;:!?]|$))"
)


@functools.cache
def _says_so() -> re.Pattern[str]:
    return re.compile(_SAYS_SO, re.IGNORECASE)


def unannoyed(text: str) -> str:
    """The question without what says only that its asker is annoyed, and with what they do not
    want after a minus."""
    folded = text.casefold()
    words = set(re.findall(r"[a-z']+", folded))
    says_so = not words.isdisjoint(_SIGNS) or any(w.startswith(("ugh", "argh")) for w in words) \
        or any(phrase in folded for phrase in _PHRASES)
    # (not in a question that asks whether a thing is not another: "is tesla not the us leader")
    unwanted = not words.isdisjoint(_UNWANTED) and not re.match(_CHECKS, text)
    if not says_so and not unwanted:
        return text
    original = text
    if unwanted:
        text = re.sub(_NOT_WANTED, lambda m: f' -"{next(g for g in m.groups() if g)}" ', text).strip()
    if says_so:
        text = re.sub(_WH_OATH, r"\1", re.sub(r"(?i)\bwt[fh]\b", "what", text))
        for _ in range(2):  # "ugh, seriously, ..."
            kept = _says_so().sub(" ", text).strip()
            if kept == text:
                break
            text = kept
    return text if text.strip(" -\"?!.,") else original  # "hello" alone is asked, as it is
