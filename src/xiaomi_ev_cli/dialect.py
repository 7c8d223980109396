"""A question in Singapore or Malaysian English (Singlish): its tag "issit" ("is it") asks whether
the statement before it holds, with "is" put first where the statement has no verb of its own ("the
plant in shanghai issit": is the plant in Shanghai); "anot" is "or not", "gahmen" the government,
"liao" already; "sia" and "hor" end a sentence as "lah" does, and say nothing of what is asked.
Read only where a sign of it is. And a place asked about as Australians and Britons may put it:
"out E-Town way" is in E-Town; and a question in the word order of German or Dutch, whose verb of
place comes first ("Stands the factory in Shanghai?": is it) and whose name is asked how a thing
is called ("How is E-Town called officially?": what it is called)."""

from __future__ import annotations

import functools
import re

from .patterns import Lazy

_SIGNS = frozenset(("issit", "izzit", "isit", "anot", "gahmen", "garmen", "gahment", "liao", "sia", "hor"))
# the particles that may close a sentence after the tag ("issit ah", "issit or not")
_PARTICLES = r"(?:\s+(?:ah|lah|leh|lor|meh|sia|hor))*"
# a verb of its own: the statement is asked as it is ("lei jun is xiaomi ceo issit")
_VERB = Lazy(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|got|isnt|isn't)\b"
             r"|\b[a-z]{2,}ed\b", re.IGNORECASE)
_WORDS = {"anot": "or not", "gahmen": "government", "garmen": "government", "gahment": "government",
          "liao": "already"}


@functools.cache
def _tag() -> re.Pattern[str]:
    return re.compile(rf"(?i)[\s,]+(?:issit|izzit|isit){_PARTICLES}\s*(?:\?+|[.!]*)\s*$")


def unsinglish(text: str) -> str:
    """The question as standard English asks it, where it is in Singlish."""
    words = re.findall(r"[a-z]+", text.casefold())
    if _SIGNS.isdisjoint(words):
        return text
    for word, meaning in _WORDS.items():
        if word in words:
            text = re.sub(rf"(?i)\b{word}\b", meaning, text)
    text = re.sub(r"(?i)(?<=\w)[\s,]+(?:sia|hor)\b(?=\W*$)", "", text)
    tagged = _tag().search(text)
    if tagged and tagged.start() > 0:
        statement = text[:tagged.start()].strip()
        text = f"{statement}?" if _VERB.search(statement) else f"is {statement}?"
    return text


# "out E-Town way", "out Daxing way": in that place (not "out the way", "find out which way")
_OUT_WAY = Lazy(r"(?i)\bout\s+(?!(?:the|a|an|of|which|what|this|that|either|any|one|every)\s)"
                r"([\w&.-]+(?:\s+[\w&.-]+)?)\s+way\b")


def unaustralian(text: str) -> str:
    """The question with a place put "out X way" put as in X."""
    return _OUT_WAY.sub(r"in \1", text) if " way" in text.casefold() else text


# a verb of place first, as German and Dutch ask ("Lies E-Town in the south of Beijing?"); not a
# verb with its own object or particle ("lies about", "sits down")
_PLACED_FIRST = Lazy(r"(?i)^(\W*)(?:stands?|lies|sits|stood|lay)\s+"
                     r"(?!(?:about|down|up|out|back|in|on|at|to|with|for|behind)\b)")
_HOW_CALLED = Lazy(r"(?i)^(\W*)how\s+(is|are|was|were)\s+(.+?)\s+(called|named)\b")


def ungermanic(text: str) -> str:
    """The question in English word order, where it is asked in German or Dutch word order."""
    if _PLACED_FIRST.match(text):
        text = _PLACED_FIRST.sub(r"\1is ", text, count=1)
    return _HOW_CALLED.sub(r"\1what \2 \3 \4", text, count=1) if "called" in text or "named" in text else text
