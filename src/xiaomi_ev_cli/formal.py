"""A question in formal, legal or official English, as a letter or a filing asks it: what only
frames it is no part of what is asked ("For the avoidance of doubt,", "Notwithstanding the
foregoing,", "With reference to the article of 28 November 2021,", "Further to our previous
correspondence,"), and the words of that register are the plain ones
("on whose behalf" is for whom, "promulgated" announced, "a constituent entity" a part, "the
publication under review" the article, "the said plant" the plant, a "designation" a name and an
"annualised value" an amount a year).
Read only where a sign of it is."""

from __future__ import annotations

import functools
import re

_SIGNS = frozenset(("avoidance", "notwithstanding", "foregoing", "reference", "further", "pursuant",
                    "behalf", "promulgated", "promulgate", "constituent", "review", "said",
                    "aforementioned", "aforesaid", "regard", "respect", "record", "completeness",
                    "designation", "annualised", "annualized"))
# what a framing phrase refers to, when it is the article or a letter rather than a thing asked about
_LETTER = r"(?:the|this|our|your|my)\s+(?:[a-z]+\s+){0,2}?(?:article|story|piece|letter|correspondence" \
          r"|e-?mail|enquiry|inquiry|request|call|meeting|conversation|note)\b[^,;:?]{0,40}"


@functools.cache
def _framing() -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:for the avoidance of doubt|notwithstanding the foregoing|for the record|for completeness"
        rf"|in this regard|(?:with (?:reference|regard|respect) to|further to|pursuant to) {_LETTER})"
        r"\s*[,:;]\s*",
        re.IGNORECASE)


@functools.cache
def _register() -> re.Pattern[str]:
    return re.compile(r"\b(?:on whose behalf|promulgated|promulgate"
                      r"|(?:a )?constituent (?:entity|part|company)"
                      r"|the publication (?:under review|in question)|the (?:said|aforementioned|aforesaid)"
                      r"|designation|annuali[sz]ed value)\b",
                      re.IGNORECASE)


_PLAIN = {"on whose behalf": "for whom", "promulgated": "announced", "promulgate": "announce",
          "publication": "the article", "said": "the", "aforementioned": "the", "aforesaid": "the",
          "constituent": "a part", "designation": "name", "value": "amount a year"}


def _plain(match: re.Match[str]) -> str:
    said = match.group(0).casefold()
    return next(plain for words, plain in _PLAIN.items() if words in said)


def unformal(text: str) -> str:
    """The question without what frames it formally, and in plain words."""
    if _SIGNS.isdisjoint(re.findall(r"[a-z]+", text.casefold())):
        return text
    kept = _framing().sub("", text, count=1)
    kept = _register().sub(_plain, kept)
    return kept if kept.strip(" ?!.") else text
