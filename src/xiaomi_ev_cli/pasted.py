"""A question without what pasting it from elsewhere brought along: an email's "Re: Fwd:", quoted
lines, signature and sign-off; an exam's numbering and marks; a web page's footnote marks, links and
HTML entities ("&#39;"); a PDF's word broken at a line's end ("pro- duction"); and characters that
show as nothing (a soft hyphen, a zero-width space) or as a plain hyphen. And without what a speech
recogniser made of it, if it was said (spoken.py), or a keyboard set to another layout than its keys
(a German one's y and z swapped, a French one's a and q, z and w), if it was typed so, without what
its asker took back as they typed it (repaired.py: "how many phases, sorry, I mean how many cars a
year"), and with the story's names as they are where a translation engine rendered them word by
word (translated.py);
without what says only that its asker is annoyed (annoyed.py), that sets it at the article's time
from today (relative.py) or that frames it formally (formal.py); and a quiz show's or a crossword's
clue as the question it asks."""

from __future__ import annotations

import functools
import re

from .annoyed import unannoyed
from .dialect import (
    unaccented,
    unaustralian,
    uncaribbean,
    unfrench,
    ungermanic,
    unhinglish,
    unpidgin,
    unportuguese,
    unscots,
    unsinglish,
    unsouthern,
    unspanish,
    untagalog,
)
from .formal import unformal
from .relative import from_today
from .repaired import unrepaired
from .spoken import unspoken
from .translated import untranslated

# shown as nothing (soft hyphen, zero-width spaces and joiners, direction marks, byte-order mark), or
# as a hyphen (the Unicode hyphens, which NFKC does not make "-": "e\u2011town" is E-Town)
_CHARACTERS = {**dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
                                        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")),
               **dict.fromkeys(map(ord, "\u2010\u2011\u2012"), "-")}
# a footnote's mark in superscript ("described as?\u00b9"), which NFKC would make a figure; not a
# unit's power ("m\u00b2")
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# an email's subject line, and an exam's or a list's number ("Q1.", "Q5 (b).", "3)", "2.")
_HEAD = r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|subject|subj)\s*:\s*)+" \
        r"|^\s*(?:q\s*\d{1,2}[a-z]?(?:\s*\(\s*[a-z]\s*\))?\s*[.)]|\d{1,2}\s*[.)]|\(\s*\d{1,2}\s*\))\s+"
_QUOTED = r"^(?:>\s?)+(?!\d)"  # a line an email quotes ("> > where..."), not ">500 staff"


@functools.cache
def _notes() -> re.Pattern[str]:
    """A page's or a paper's notes: footnote marks, "[citation needed]", marks, sources, links."""
    return re.compile(
        r"\s*\[\s*(?:\d{1,3}|[a-z]|citation needed|clarification needed|verification needed|edit"
        r"|dubious[^\]]*|who\?|when\?|by whom\?|according to whom\?)\s*\]"
        r"|\s*[\[(]\s*\d{1,2}(?:\.\d)?\s*(?:marks?|pts?|points?)\s*[\])]"
        r"|\s*[\[(]\s*(?:source|sources|see|via|ref|cf|link)\b[^\])]*[\])]"
        r"|\b(?:https?://|www\.)\S+", re.IGNORECASE)


@functools.cache
def _end_of_message() -> re.Pattern[str]:
    """A line from which on an email or a chat message says no more of the question: its signature,
    "Sent from my iPhone", a sign-off."""
    return re.compile(r"(?:-{2,}|_{2,}|\u2014|\u2013)\s*$|sent from\b|get outlook\b|(?:many |kind |best )?"
                      r"(?:thanks|thank you|thx|regards|cheers|best|br|ta)\b[\s\w]{0,12}[,.!]?\s*$",
                      re.IGNORECASE)


def _lines(text: str) -> str:
    """The lines that ask, as one: a quoted line's ">" dropped, and no line from a signature or a
    sign-off on (after the first line that asks)."""
    kept: list[str] = []
    for line in text.splitlines():
        line = re.sub(_QUOTED, "", line.strip()).strip()
        if kept and _end_of_message().match(line):
            break
        if line:
            kept.append(line)
    return " ".join(kept)


# letters a keyboard set to an English layout swaps for the keys' own: a German keyboard's y and z, a
# French one's a and q and z and w; and a sign of each (a word ending in z, not a name the dataset
# gives or a word so written; a q before a letter, not u: "q3" is none)
_LAYOUTS = ((str.maketrans("yzYZ", "zyZY"), r"(?i)\b(?!benz\b|quiz\b|jazz\b)[a-z]*[a-y]z\b"),
            (str.maketrans("aqzwAQZW", "qawzQAWZ"), r"(?i)q(?=[a-tv-z])"))


def _relaid(text: str) -> str:
    """The text as typed on the keys, where a keyboard's layout made more of its words no English."""
    for swap, sign in _LAYOUTS:
        if re.search(sign, text):
            from . import english  # only then: its word list is large

            words = [w for w in re.findall(r"[a-z]+", text.casefold()) if len(w) > 1]
            known = sum(map(english.is_word, words))
            relaid = sum(english.is_word(w.translate(swap)) for w in words)
            if relaid > known and 2 * relaid >= len(words):  # more words English, and half at least
                return text.translate(swap)  # ("hwo mnay carz a yaer" is no "cary")
    return text


# a quiz show's or a crossword's clue: what it is labelled, the letters of its answer ("(3,3)", "(1-4)",
# "4 letters:", ", three letters"); and its "this" or "these", in a sentence no word of which asks
# (not "is this...", "nev sales this year"), as what asks
_COUNTS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]letters?"
_CLUE = (r"(?i)^\W*(?:(?:cryptic\s+)?crossword(?:\s+clue)?|jeopardy(?:\s+clue)?|clue)\s*[:\-\u2013\u2014]\s*"
         rf"|^\W*{_COUNTS}\s*[:\-\u2013\u2014]\s*|[\s,;]*\b{_COUNTS}\W*$"
         r"|\s*\(\s*\d{1,2}(?:\s*[,\-]\s*\d{1,2})*\s*\)\W*$")
_ASKS = (r"(?i)\?|\b(?:who|whom|whose|what|when|where|which|why|how)\b"
         r"|^\W*(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b")
_BLANK = r"(?i)\bth(?:is|ese)\b(?:\s+(many|much)\b|(?=\s+[a-z])(?!\s+\w+'s\b)|(?=\W*$))"  # not "this year's"


def _unclued(text: str) -> str:
    """A clue as the question it asks: "This body signed..." as "which body signed...", "paid this
    much" as "paid how much", "the project was this" as "was what"."""
    folded = text.casefold()
    if "(" in text or any(word in folded for word in ("crossword", "clue", "jeopardy", "letter")):
        text = re.sub(_CLUE, "", text).strip()
    if ("this" in folded or "these" in folded) and len(text.split()) > 4 and not re.search(_ASKS, text):
        text = re.sub(_BLANK, lambda m: f"how {m.group(1)}" if m.group(1) else (
            "what" if not text[m.end():].strip(" .!") else "which"), text)
    return text


# emoji that stand for a word ("how many 🚗 a year will the 🏭 make", "👑 who runs xiaomi", "🤝 who
# and 📅 when"); the others (🤔, 👀, 🙏) say nothing asked, and words are read without them
_EMOJI = {"\U0001F697": "car", "\U0001F698": "car", "\U0001F699": "car", "\u26A1": "electric",
          "\U0001F3ED": "factory", "\U0001F3D9": "city", "\U0001F3D7": "construction",
          "\U0001F3E2": "headquarters", "\U0001F4CD": "location", "\U0001F451": "head",
          "\U0001F91D": "deal", "\U0001F4C5": "date", "\U0001F5D3": "date", "\U0001F4B0": "money",
          "\U0001F4B5": "price", "\U0001F3AF": "target", "\U0001F465": "staff",
          "\U0001F52E": "estimate", "\U0001F52C": "research", "\U0001F4BB": "information technology",
          "\U0001F48A": "health", "\U0001F916": "robotics", "\U0001F331": "green",
          "\U0001F30D": "world", "\U0001F30E": "world", "\U0001F30F": "world",
          "\U0001F1E8\U0001F1F3": "china", "\U0001F1FA\U0001F1F8": "US", "\U0001F3F7": "name",
          "\U0001F69A": "delivery", "\U0001F3A8": "colour"}


def _unemoji(text: str) -> str:
    """The words the question's emoji stand for, each among the others."""
    for emoji, word in _EMOJI.items():
        if emoji in text:
            text = text.replace(emoji, f" {word} ")
    text = text.replace("\ufe0f", "")  # the selector that asks for an emoji's picture ("🏙️")
    return re.sub(r" +(?=[?!.,])", "", re.sub(r"(?<=\S) {2,}", " ", text.strip()))


def unpasted(text: str) -> str:
    """The question as asked, without what pasting, a speech recogniser, a keyboard's layout, a
    translation engine, a dialect or its asker's annoyance brought, nor what sets it at the article's
    time or frames it formally; a clue as its question, an emoji as the word it stands for (each read
    only where a sign of it is)."""
    if "&" in text and ";" in text:
        import html  # only then: its table of entities is large

        text = html.unescape(text)
    if not text.isascii():
        text = text.translate(_CHARACTERS)
        if max(text) >= "\u26A1":  # an emoji, or a character of Chinese: the table is read
            text = _unemoji(text)
        if any(c in _SUPERSCRIPTS for c in text):
            text = re.sub(f"(?<![mM])[{_SUPERSCRIPTS}]+", "", text)
    if "\n" in text or "\r" in text:
        text = _lines(text)
    if "[" in text or "(" in text or "http" in text or "www." in text:
        text = _notes().sub("", text)
    start = text.lstrip()[:16]
    if ":" in start or "." in start or ")" in start:  # a subject's "Re:", a number's "Q1." or "3)"
        text = re.sub(_HEAD, "", text, count=1, flags=re.IGNORECASE)
    if "- " in text:  # a word broken at a line's end ("mass pro- duction"): read apart, then joined
        text = re.sub(r"(?<=[A-Za-z])-\s+(?=[a-z])", " ", text)
    text = unrepaired(unspoken(_relaid(unportuguese(text))))  # Portuguese first: "faz" is no typing slip
    if "IT" in text and not text.isupper():  # "does e-town do IT", "i t" said: information technology
        text = re.sub(r"\bIT\b", "information technology", text)
    text = unhinglish(untagalog(unfrench(unspanish(untranslated(text)))))
    text = unsouthern(unaustralian(ungermanic(unscots(unpidgin(uncaribbean(text))))))
    # a word with an accent, in a language not read: whole ("café" as cafe, not "caf"; "São Paulo")
    return _unclued(unformal(from_today(unannoyed(unsinglish(unaccented(text))))))
