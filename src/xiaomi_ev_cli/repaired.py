"""A question its asker corrected as they typed it: "how many phases will the plant have, sorry, I
mean how many cars a year will it make?" asks what follows the correction, not what it withdraws.

What follows may be a question of its own ("..., no, when was it completed?"), read with the words
of what it corrects where it points back to them ("it", "its", "that", "one") or asks nothing of
its own ("who and when?"); or a part of one, put where the part it replaces stood: a name or a
thing ("what is nio doing, no, xpeng?": what is XPeng doing), a figure or a time ("sold jan-oct
2021, no wait, jan-oct 2020?"), a phrase of the same preposition ("over five years, no, over how
many years?"), what was said ("did the report say the team grew, no, that the project was on
track?"); or one more part of it ("when was it registered, I mean under what name?"). Read only
where a correction is said: "I mean", "or rather", "no wait", "scratch that", or "no", "sorry" or
"actually" between commas (not "no explanation", "yes or no", "quid, sorry dollars")."""

from __future__ import annotations

import re

from .patterns import Lazy

# the words that say a correction, after a comma or a dash, and what may stand with them
_MARKER = Lazy(r"(?i)(?:,|\s[-\u2013\u2014]+|\.\.\.)\s*(?:(?:sorry|no|wait|actually|oops|um|uh|er)[\s,]+)*"
               r"(?:i\s+mean(?:t)?|or\s+rather|no\s+wait|wait\s+no|scratch\s+that|make\s+that|correction"
               r"|(?:sorry|no|actually|rather)(?=\s*,))[\s,:]*(?:(?:i\s+mean(?:t)?|sorry|no|wait|actually"
               r"|scratch\s+that)\b[\s,:]*)*(?=[\w$\"'])")
_SIGNS = ("mean", "rather", "wait", "scratch", "sorry", "no,", "no ,", "actually", "make that", "correction")
_ASKING = frozenset(("what", "when", "where", "who", "whom", "whose", "which", "why", "how", "is", "are",
                     "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
                     "would", "should", "what's", "where's", "who's", "when's", "how's", "whats", "wheres"))
_WH = "(?:what|when|where|who|whom|which|how)"
_POINTS_BACK = Lazy(r"(?i)\b(?:it|its|it's|that|he|his|she|her|they|their|them|one|ones|this|these|those)\b"
                   r"|\bhow many (?:have|has|had|were|was|are|is|did|do|does|will)\b")  # how many of them
# "it" as the subject of a verb after the question's first words ("is it near", "when did it sign"; not
# "how much is it")
_SUBJECT = Lazy(r"(?i)\s*(?:(?:when|where|who|what|which)\s+)?(?:is|was|are|were|does|did|do|has|had|will"
                r"|would|can|could)\s+(it|he|she|they)\s+(?=\w)")
_FRAME = frozenset((*_ASKING, "the", "a", "an", "there", "many", "much", "about", "so", "and", "then",
                    "also"))
_SOURCE = frozenset(("article", "story", "piece", "text", "passage"))  # where it is read, not what of
_PREPOSITIONS = frozenset(("per", "over", "in", "under", "with", "from", "for", "by", "at", "on", "during",
                           "after", "before", "since", "until", "to", "of"))
_WHOLE = Lazy(r"(?i)\b(?:in\s+total|overall|altogether|in\s+all|all\s+told)\b")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a time: a span of months, a year, "in all of 2021", "the first ten months of 2021"
_TIME = Lazy(rf"(?i)(?:\b(?:in|during|for|from|over)\s+)?"
             rf"(?:(?:all|the\s+whole|the\s+first\s+\w+\s+months)\s+of\s+)?(?:\b{_MONTH}\b(?:\s*(?:-|to|through|thru)\s*{_MONTH}\b)?\s*)?\b(?:19|20)\d\d\b"
             rf"|\b{_MONTH}\s*(?:-|to|through|thru)\s*{_MONTH}\b")
_FIGURE = Lazy(r"(?i)[$€¥]?\b\d[\d,.]*(?:\s*(?:thousand|million|billion|percent|bn|k|m)\b|%)?")
_SAYS = Lazy(r"(?i)\b(?:say|says|said|claim|claims|claimed|report|reports|reported|state|states|stated)\b")


def unrepaired(text: str) -> str:
    """The question as its asker meant it, where they corrected it as they typed it."""
    folded = text.casefold()
    if not any(sign in folded for sign in _SIGNS):
        return text
    found = list(_MARKER.finditer(text))
    if not found:
        return text
    from . import english
    from .search import stem

    marker = found[-1]
    before, after = text[:marker.start()].strip(), text[marker.end():].strip()
    if not before or not re.search(r"[a-z]", re.sub(r"\W+$", "", after), re.IGNORECASE):
        return text  # a tag ("..., no?") or nothing before
    end = re.search(r"[\s?!.]*$", after)
    mark = end.group().strip() if end else ""
    after = after[:end.start()] if end else after
    before = re.sub(r"[\s?!.,]+$", "", before)
    tag = re.search(r"(?i),\s*(?:right|correct|yes|no|true|isn't it|is it)$", after)  # "300,000, right?"
    if tag:
        after, mark = after[:tag.start()], tag.group() + mark
    words = after.casefold().split()
    if all(english.is_predicate(stem(w.strip(",.'"))) for w in words):  # "..., no, really?": no correction
        return text
    if re.search(r"(?i)(?:\band|\bor)$", before):  # "how many cars and, sorry, how many phases too?"
        return f"{before} {after}{mark}"
    if words[0] in _ASKING or (
            words[0] in _PREPOSITIONS and len(words) > 2 and words[1] in _ASKING and any(
                w in _ASKING for w in words[2:])):  # "by how much did sales grow"
        meant = _with_context(before, after)
    else:
        meant = _in_place(before, after)
    return re.sub(r"(?i)\b(the|a|an) (?:the|a|an)\b", r"\1", meant + mark)  # "the the sales hq"


def _context(before: str, after: str) -> str:
    """What the question corrected asks of, which what corrects it points back to, without what it
    asked ("when did xiaomi announce the pledge": xiaomi pledge; "which district is e-town in":
    e-town): not its words that ask, nor a verb or an adjective, nor the article, nor what a question
    word asks for
    ("district"), nor a place it named ("is the car hq in shanghai"), nor what it said was done where
    the correction does it again ("does e-town do IT, actually, does it do biotech": e-town)."""
    from . import english
    from .search import stem

    words = re.findall(r"[\w'&-]+", before)
    again = {w for w in re.findall(r"[\w'&-]+", after.casefold())[1:]
             if w not in _FRAME or w in ("do", "does")}
    for at in range(len(words) - 1, 0, -1):
        if words[at].casefold() in again:
            words = words[:at]
            break
    kept = []
    for at, word in enumerate(words):
        folded = word.casefold()
        bare = folded[:-2] if folded.endswith("'s") else folded
        if folded in _FRAME or folded in _PREPOSITIONS or folded in _SOURCE or english.is_place(bare) or (
                at and words[at - 1].casefold() in ("which", "what", "many", "much")) or (
                english.is_word(bare) and english.is_predicate(stem(bare))):
            continue
        kept.append(word)
    return " ".join(kept)


def _with_context(before: str, after: str) -> str:
    """A question of its own, with the words of what it corrects where it points back to them or asks
    of nothing itself."""
    asks_of = [w for w in re.findall(r"[\w'&-]+", after.casefold()) if w not in _FRAME and w not in (
        "it", "its", "that", "one", "ones", "they", "them", "he", "she")]
    context = _context(before, after) if _POINTS_BACK.search(after) or not asks_of else ""
    if not context:
        return after
    subject = _SUBJECT.match(after)
    if subject:  # the subject of a verb: named where it stood ("is it near the plant": is the car hq)
        return f"{after[:subject.start(1)]}{context}{after[subject.end(1):]}"
    return f"{after} ({context})"


def _in_place(before: str, after: str) -> str:
    """A part of a question put where the part it replaces stood, or after it."""
    first = after.split()[0].casefold()
    question = re.match(rf"(?i)\s*{_WH}\b\s*", before)
    if question and re.search(rf"(?i)\b{_WH}\b", after):  # "under what name": asked first
        return f"{after} {before[question.end():]}"
    if first == "that" and _SAYS.search(before):  # what was said: all after the saying
        said = list(_SAYS.finditer(before))[-1]
        return f"{before[:said.end()]} {after}"
    figures = [m for m in _FIGURE.finditer(before) if m.group().strip()]
    only_time = _TIME.fullmatch(after)
    if not only_time and re.match(r"[$€¥]?\d", after) and figures:  # a figure for a figure
        return f"{before[:figures[-1].start()]}{after}{before[figures[-1].end():]}"
    if _TIME.search(after):
        times = list(_TIME.finditer(before))
        if times:
            return f"{before[:times[-1].start()]}{after}{before[times[-1].end():]}"
        return f"{before} {after}"
    if first in _PREPOSITIONS:
        same = re.search(rf"(?i)\b{first}\s+(?:[\w$'&-]+\s*){{1,4}}$", before)
        whole = _WHOLE.search(before)
        if same:
            return f"{before[:same.start()]}{after}"
        if whole and first in ("per", "a", "each"):
            return f"{before[:whole.start()]}{after}{before[whole.end():]}"
        return f"{before} {after}"
    return _replaced(before, after)


def _replaced(before: str, after: str) -> str:
    """A name or a thing put where the first named in the question stood ("is bjev based in e-town,
    no wait, beijing benz": is Beijing Benz based in E-Town); "one" for its last word ("the r&d hq,
    I mean the sales one": the sales hq)."""
    from . import english
    from .search import stem

    words = before.split()
    start = 0
    while start < len(words) and words[start].casefold() in _FRAME:
        start += 1
        if words[start - 1].casefold() in ("many", "much") and start < len(words):  # what is counted
            start += 1 + (start + 1 < len(words) and words[start + 1].casefold() in _ASKING)
    end = start
    while end < len(words):  # the thing runs to a preposition, a verb or an adjective ("based", "big")
        word = re.sub(r"(?:'s)?\W*$", "", words[end].casefold())
        if end > start and (word in _PREPOSITIONS or word in _ASKING or word in ("one", "ones")
                            or english.is_predicate(stem(word)) or word.endswith("ed")):
            break
        end += 1
    if start == end:
        return f"{before} {after}"
    head = re.sub(r"\W+$", "", words[end - 1])
    after = re.sub(r"(?i)\b(?:one|ones)\b", head, after)
    return " ".join([*words[:start], after, *words[end:]])
