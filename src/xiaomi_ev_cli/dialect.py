"""A question in Singapore or Malaysian English (Singlish): its tag "issit" ("is it") asks whether
the statement before it holds, with "is" put first where the statement has no verb of its own ("the
plant in shanghai issit": is the plant in Shanghai); "anot" is "or not", "gahmen" the government,
"liao" already; "sia" and "hor" end a sentence as "lah" does, and say nothing of what is asked.
Read only where a sign of it is. And a place asked about as Australians and Britons may put it:
"out E-Town way" is in E-Town; and a question in the word order of German or Dutch, whose verb of
place comes first ("Stands the factory in Shanghai?": is it) and whose name is asked how a thing
is called ("How is E-Town called officially?": what it is called); and Scots and Irish English,
whose words stand for English ones ("hoo mony" how many, "whaur" where, "wi" with, "the now" now,
"is it no" isn't it); and Nigerian Pidgin ("wetin" what, "dey" is or is in, "go dey" will be, "abi"
right, "oga" boss); and Caribbean English ("di" the, "weh" where, "deh" is, "a go" will, "nuh true"
right); and Southern US English ("folks" people, "outfit" a company, "ain't it" isn't it); and Hinglish,
Spanish, Tagalog (Taglish), French and Portuguese mixed with English, in English words."""

from __future__ import annotations

import functools
import re
from pathlib import Path

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


# Southern US English, read where a sign of it is ("y'all", "fixin'", "ain't", "reckon", "folks",
# "outfit", a word without its last g: "sellin'"): its words as plain English ones
_SOUTHERN_SIGNS = ("y'all", "fixin", "ain't", "aint", "reckon", "folks", "outfit", "anyhow", "ahold", "in'")
_SOUTHERN = {
    "y'all": "", "anyhow": "", "folks": "people", "outfit": "company", "outfits": "companies",
    "fixin' to": "going to", "fixing to": "going to", "ain't it": "isn't it", "ain't": "isn't",
    "reckonin' on": "expecting", "reckoning on": "expecting", "reckon on": "expect",
    "reckoned on": "expected", "get ahold of": "get",
    "got ahold of": "got", "these days": "now",
}
_SOUTHERN_WORD = Lazy(r"(?i)(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, _SOUTHERN), key=len,
                                                                reverse=True)) + r")(?![\w'-])")
_DROPPED_G = Lazy(r"(?i)\b([a-z]{2,})in'(?!\w)")  # "sellin'": selling
_THERE_FOR = Lazy(r"(?i)^(\W*what(?:'s| is| was)\s+.+?)\s+there\s+for(\W*)$")  # "what's e-town there for"


def unsouthern(text: str) -> str:
    """The question in plain English words, where it is in Southern US English."""
    from . import english

    lowered = text.casefold()
    if not any(sign in lowered for sign in _SOUTHERN_SIGNS):
        return _THERE_FOR.sub(r"\1 for\2", text) if "there for" in lowered else text
    if "in'" in lowered:
        text = _DROPPED_G.sub(lambda m: f"{m.group(1)}ing" if english.is_word(f"{m.group(1)}ing".casefold())
                              else m.group(), text)
    text = _SOUTHERN_WORD.sub(lambda m: _SOUTHERN[m.group().casefold()], text)
    return re.sub(r"\s*,(?=\W*$)", "", _tidy(_THERE_FOR.sub(r"\1 for\2", text)))  # "..., y'all?"


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


# Scots words that stand for one English word or two ("whaur" where, "intae" into, "didnae" didn't,
# "hoo mony" how many: "hoo" alone is left to be read by ear, as "who"), and Irish and Scots "youse"
_SCOTS = {"whaur": "where", "wha": "who", "whit": "what", "mony": "many", "oot": "out", "aboot": "about",
          "intae": "into", "dae": "do", "gie": "give", "gied": "gave", "ower": "over", "awready": "already",
          "gonnae": "going to", "wantae": "want to", "doon": "down", "aff": "off", "youse": "you",
          "dinnae": "don't", "didnae": "didn't", "isnae": "isn't", "wasnae": "wasn't", "cannae": "can't",
          "doesnae": "doesn't", "disnae": "doesn't", "wouldnae": "wouldn't", "couldnae": "couldn't",
          "hasnae": "hasn't", "havenae": "haven't", "willnae": "won't"}
_HOO = Lazy(r"(?i)\bhoo\s+(?=(?:mony|many|much|lang|long|auld|old|far|big)\b)")
# and what is an English word or a syllable of pinyin too, read as Scots or Irish only in a question
# with a word of English grammar: "ye" you, "tae" to, "fae" from, "wi" with, "fur" for, "o" of, "aw"
# all ("an aw" too), "the official yin" the official one; "wee" (a wee bit) says nothing asked
_BESIDE = {"ye": "you", "tae": "to", "fae": "from", "wi": "with", "fur": "for", "o": "of", "aw": "all",
           "wee": ""}
_GRAMMAR = frozenset(("the", "what", "is", "are", "was", "were", "do", "does", "did", "how", "when",
                      "where", "who", "has", "have", "will", "in", "of", "to", "for", "with"))
_SCOTS_WORD = Lazy(r"(?i)(?<![\w'-])(?:an aw|the\s+(?:[a-z]{3,12}\s+)?yin|[a-z]+)(?![\w-]|'(?!s\b))")
# a tag that asks whether a statement holds ("the plant's in shanghai, is it no?": isn't it), and
# "the now" at the end (now)
_IS_IT_NO = Lazy(r"(?i),?\s*\b(is|was|does|did|has|will)\s+(it|he|she|they|there)\s+no\s*(\?*)\s*$")
_THE_NOW = Lazy(r"(?i)\bthe now\b(?=\W*$)")
# "like" at the end, after a comma, says nothing asked ("what's the deal with e-town for, like?")
_LIKE = Lazy(r"(?i),\s*like\s*(?=\W*$)")


def unscots(text: str) -> str:
    """The question in standard English, where it is asked in Scots or Irish English words."""
    lowered = text.casefold()
    if " no" in lowered or "like" in lowered:  # "is it no", "the now", ", like"
        text = _LIKE.sub("", _THE_NOW.sub("now", _IS_IT_NO.sub(r", \1n't \2\3", text)))
    if "hoo" in lowered:
        text = _HOO.sub("how ", text)
    words = set(re.findall(r"[a-z]+", lowered))
    beside = not words.isdisjoint(_BESIDE) and not words.isdisjoint(_GRAMMAR)
    if words.isdisjoint(_SCOTS) and not beside and not ("yin" in words and "the" in words):
        return text

    def english(match: re.Match[str]) -> str:
        word = match.group().casefold()
        if word == "an aw":
            return "too"
        if word.endswith("yin") and word.startswith("the"):  # "the yin", "the official yin"
            return match.group()[:-3] + "one"
        if word == "aw" and match.start() == len(text) - len(text.lstrip()):  # "aw, ...": a sigh
            return match.group()
        return _SCOTS.get(word) or (_BESIDE.get(word, match.group()) if beside else match.group())

    return re.sub(r"(?<=\S) {2,}", " ", _SCOTS_WORD.sub(english, text))


# Nigerian Pidgin: words of its own, read only where one of them is ("wetin", "dey", "abi"), or
# where the question starts with "na" (it is) or says "talk say" (say that)
_PIDGIN = frozenset(("wetin", "dey", "dem", "abi", "shey", "sef", "oga", "comot", "wey", "una", "abeg",
                     "sabi"))
_PIDGIN_WORDS = {"wetin": "what", "dem": "they", "shey": "", "sef": "", "abeg": "", "oga": "boss",
                 "comot": "come out", "wey": "that", "una": "you", "sabi": "know", "wan": "want to",
                 "ego": "money", "don": "has", "fit": "can", "e": "it", "talk": "say"}
_PIDGIN_WORD = Lazy(r"(?i)(?<![\w'-])[a-z]+(?![\w'-])")
_NA = Lazy(r"(?i)(^\W*|,\s*)na\s+")  # "na who be the oga": who is; ", na xiaomi ev?": is it
_ABI = Lazy(r"(?i)[\s,]*\babi\s*(\?*)\s*$")  # a tag: "..., abi?" is "..., right?"
_DEY = Lazy(r"(?i)\b(?:(go|don)\s+)?dey\b(\s+go\b)?(?:\s+(for|inside|in|at)\b(?!\s*[?,.!]|\s*$)"
            r"|(?=\s+([a-z][\w-]*)))?")
_DONE = Lazy(r"(?i)(?<=[a-z0-9] )don\s+(?=([a-z]+)\b)")  # "xiaomi don get land": has got
_GO = Lazy(r"(?i)\bgo\s+(?=([a-z]+)\b)")
_BE = Lazy(r"(?i)(?<!\bwill )(?<!\bto )(?<!\bcan )(?<!\bnot )\bbe\b")


def _is_verb(word: str) -> bool:
    from . import english
    from .search import stem

    return english.is_predicate(stem(word.casefold()))


def _is_at(word: str) -> bool:
    """Whether "dey" before the word says where a thing is ("dey e-town", "dey the car team"), not
    what it does ("dey support")."""
    from . import english

    word = word.casefold()
    return word in ("the", "a", "an", "inside") or english.is_place(word) or not english.is_word(word)


def unaccented(text: str) -> str:
    """The text without the accents of its Latin letters ("cuántos": cuantos, "été": ete), and
    nothing else changed (a Japanese kana's mark, a character of Chinese and an emoji are left)."""
    if text.isascii():
        return text
    import unicodedata

    apart = unicodedata.normalize("NFD", text)
    bare = re.sub(r"(?<=[A-Za-z])[\u0300-\u036f]+", "", apart)
    return text if bare == apart else unicodedata.normalize("NFC", bare)


def _tidy(text: str) -> str:
    """A question read from a dialect, without the spaces its words left (doubled, or before a mark)."""
    return re.sub(r"\s+(?=[,?!.])", "", re.sub(r"(?<=\S) {2,}", " ", text.strip()))


# the words and phrases of the languages mixed with English that are read in English words, and
# their English, read from lexicon/dialects.tsv only when a question in one of them is met
_TABLES = Path(__file__).resolve().parent / "lexicon" / "dialects.tsv"


@functools.cache
def _table(name: str) -> dict[str, str]:
    """One language's phrases or words ("french words") in English."""
    table = {}
    with _TABLES.open(encoding="utf-8") as lines:
        for line in lines:
            kind, said, meant = line.rstrip("\n").split("\t")
            if kind == name:
                table[said] = meant
    return table


@functools.cache
def _phrases_then_words(language: str) -> re.Pattern[str]:
    """A pattern of the language's phrases, longest first, then of any word."""
    phrases = _table(f"{language} phrases")
    return re.compile(r"(?i)(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
                      + r"|[a-z]+)(?![\w'-])")


def _in_english(language: str, text: str) -> str:
    """The text with each of a language's phrases, then each of its words, in English."""
    phrases, words = _table(f"{language} phrases"), _table(f"{language} words")

    def english(match: re.Match[str]) -> str:
        said = match.group().casefold()
        return phrases.get(said, words.get(said, match.group()))

    return _phrases_then_words(language).sub(english, text)


def unpidgin(text: str) -> str:
    """The question as standard English asks it, where it is in Nigerian Pidgin."""
    lowered = text.casefold()
    words = set(re.findall(r"[a-z]+", lowered))
    done = "don" in words and any(_is_verb(m.group(1)) for m in _DONE.finditer(lowered))
    if words.isdisjoint(_PIDGIN) and "talk say" not in lowered and not _NA.match(lowered) and not done:
        return text
    text = re.sub(r"(?i)\btalk say\b", "say", text)
    text = _ABI.sub(r", right\1", text)
    text = _NA.sub(r"\1", text)

    def dey(match: re.Match[str]) -> str:  # "go dey" will be; "dey go" is going; "dey for" is in
        if match.group(2):
            return "is going"
        at = bool(match.group(3)) or (match.group(4) is not None and _is_at(match.group(4)))
        if match.group(1):
            return ("will be" if match.group(1).casefold() == "go" else "has been") + (" in" if at else "")
        return "is in" if at else "is"

    text = _DEY.sub(dey, text)
    text = _GO.sub(lambda m: "will " if _is_verb(m.group(1)) and m.group(1) not in ("well", "to")
                   else m.group(), text)
    text = _BE.sub("is", text)
    text = _PIDGIN_WORD.sub(lambda m: _PIDGIN_WORDS.get(m.group().casefold(), m.group()), text)
    text = re.sub(r"(?i)\s+o\s*(?=\?*\s*$)", "", text)  # "o" at the end says nothing asked
    return _tidy(text)


# Caribbean English, Jamaican and Trinidadian: words of its own, read only where one of them is
# ("weh", "wah", "deh", "inna"), or two of those that are also pinyin or English ("di", "wen", "fi")
_CARIBBEAN = frozenset(("weh", "wah", "deh", "inna", "fah", "nuh", "seh", "gwaan", "mek", "pon", "tuh",
                        "afta", "ova", "wid", "nuff", "cyaan", "likkle", "unu", "allyuh", "fram", "yuh",
                        "ent", "dat"))
_CARIBBEAN_TOO = frozenset(("di", "wen", "fi", "ting", "dem", "tree"))
# or "di" (the) or "wen" (when) before a figure or an English word, or a question that starts "a who"
# (it is who), or ends "a true?" ("is it true?"): not pinyin ("di yi", "wen ti") nor a name ("Di Maio",
# "Wen Jiabao")
_CARIBBEAN_START = Lazy(r"(?i)^\W*a\s+(?:who|wah|weh|wen|which)\b|\ba\s+true\W*$")
_DI_WEN = Lazy(r"(?i)\b(?:di|wen)\s+(\d|[a-z]{3,}\b)")
_CARIBBEAN_WORDS = {"di": "the", "weh": "where", "wah": "what", "wen": "when", "wid": "with", "dat": "that",
                    "fah": "for", "pon": "on", "seh": "say", "bout": "about", "mek": "make", "ova": "over",
                    "afta": "after", "nuh": "not", "nuff": "a lot of", "ting": "thing", "gwaan": "going on",
                    "yuh": "you", "unu": "you", "allyuh": "you", "cyaan": "can't", "likkle": "little",
                    "fram": "from", "dem": "they", "inna": "in", "deh": "is"}
# a tag that asks whether a statement holds: "..., nuh true?", "..., ent?" is "..., right?"
_CARIBBEAN_TAG = Lazy(r"(?i)[\s,]*\b(?:nuh\s+true|a\s+true|ent)\s*(\?*)\s*$")
_FOCUS = Lazy(r"(?i)^(\W*)a\s+(?=(?:who|wah|what|weh|where|wen|when|which|how)\b)")  # "a who run it"
_A_GO = Lazy(r"(?i)\ba\s+go\s+(?=[a-z])")  # "a go mek": will make
# "di result dem": the results (not "di tree million dem did expect": they)
_PLURAL = Lazy(r"(?i)\b((?:di|the|which)\s+(?:[\w-]+\s+){0,2}?(?!million|thousand|billion)[a-z][\w-]*)"
               r"\s+dem\b")
_FI = Lazy(r"(?i)\b(suppose\s+)?fi\s+(?=([a-z]+)\b)")  # "fi start": to start; "fi di land": for
_A = Lazy(r"(?i)(?<=[a-z0-9] )a\s+(?=([a-z][\w-]*)\b)")  # "dem a build", "china a di biggest"
_INTO = Lazy(r"(?i)\b(step|rush|rushing|go|going|come|coming|get|getting|move|moving|jump|put)\s+inna\b"
             r"(?=\s+\w)")
_TUH = Lazy(r"(?i)\btuh\b(?=[\s,]*(?:nuh\s+true|ent)?\W*$)")  # "tuh" last: too
# verbs the word lists count as nouns too, after the Caribbean "a" ("nuff company a rush inna ev")
_A_VERBS = frozenset(("rush", "back", "run", "build", "put", "hope", "plan", "sell", "push", "start", "move",
                      "expand", "do", "come", "go", "get", "talk", "look", "try", "help", "spend", "work"))
_A_IS = frozenset(("di", "the", "fi", "for", "inna", "in", "pon", "on", "near", "still", "going"))


def _caribbean_a(match: re.Match[str]) -> str:
    """The Caribbean "a": "is" before a verb or "di" ("dem a build", "china a di biggest"); "in"
    before a place or a name ("deh a shanghai", "di big boss a xiaomi"); else the English article."""
    from . import english

    word = _CARIBBEAN_WORDS.get(match.group(1).casefold(), match.group(1).casefold()).split()[0]
    if word in _A_IS or word in _A_VERBS or (_is_verb(word) and word not in ("lot", "few", "little", "bit")):
        return "is "
    if word in ("south", "north", "east", "west") or english.is_place(word) or not english.is_word(word):
        return "in "
    return match.group()


def _english_or_figure(word: str) -> bool:
    from . import english

    return word.isdigit() or english.is_word(word.casefold())


def uncaribbean(text: str) -> str:
    """The question as standard English asks it, where it is in Jamaican or Trinidadian English."""
    words = set(re.findall(r"[a-z]+", text.casefold()))
    signs = not words.isdisjoint(_CARIBBEAN) or len(words & _CARIBBEAN_TOO) > 1 or bool(
        _CARIBBEAN_START.search(text)) or (("di" in words or "wen" in words) and any(
        _english_or_figure(m.group(1)) for m in _DI_WEN.finditer(text)))
    if not signs:
        return text
    text = _TUH.sub("too", text)
    text = _CARIBBEAN_TAG.sub(r", right\1", text)
    text = _FOCUS.sub(r"\1", text)
    text = _A_GO.sub("will ", text)
    text = _PLURAL.sub(r"\1", text)
    text = _FI.sub(lambda m: ("supposed to " if m.group(1) else "to ") if _is_verb(m.group(2))
                   and m.group(2) not in ("di", "the") else "for ", text)
    text = re.sub(r"(?i)\bafta\s+all\b", "in the end", text)
    text = re.sub(r"(?i)\btree(?=\s+(?:million|thousand|hundred|billion)\b)", "three", text)
    text = re.sub(r"(?i)\ban(?=\s+(?:[b-df-hj-np-tv-z]|wen\b))", "and", text)  # "an wen": and when
    text = _INTO.sub(r"\1 into", text)
    text = _A.sub(_caribbean_a, text)
    text = re.sub(r"(?i)\bwill\s+deh\b", "will be", text)
    text = _PIDGIN_WORD.sub(lambda m: _CARIBBEAN_WORDS.get(m.group().casefold(), m.group()), text)
    text = re.sub(r"(?i)\btuh\b", "to", text)
    return _tidy(text)


# Hinglish: Hindi and English typed in Latin letters, read only where a word of Hindi is that is not
# also English or pinyin ("kitne", "kaun", "kahan", "kab", "kya", "hai" with another); its phrases
# first, then its words (lexicon/dialects.tsv, as for Spanish, Tagalog and French); the particles of
# case ("ka", "ki", "ke", "ne", "ko") say nothing asked
_HINDI_SIGNS = frozenset((
    "kitne", "kitni", "kitna", "kaun", "kahan", "kab", "kya", "kaunse", "kaunsa", "kaunsi", "kis", "kiske",
    "kisne", "kisko", "kaisi", "kaisa", "kaise", "kyun", "kyon", "hain", "hoga", "hogi", "hua", "hui",
    "kiya", "nahi", "nahin", "bhi", "abhi", "saal", "saalon", "paisa", "sheher", "shehar", "zameen", "naam",
    "sarkar", "sabse", "bahut", "aakhir", "shuru", "khatam", "pehli", "pehla", "pehle", "wali", "wala",
    "thi", "tha", "liye", "saath", "baare", "banega", "banayega", "biki", "mili", "diya", "raha", "rahi"))
_HINDI_ORDINAL = Lazy(r"(?i)\b(\d[\d,]*)(?:vi|va|ve|vin|vaan)\b")  # "10,000vi": the 10,000th
_KYA_FIRST = Lazy(r"(?i)^(\W*)kya\s+")  # "kya x hai?": a question of whether, as "is x?"
# a place after what is in it ("shanghai mein": in Shanghai; not "saal mein", a year); a side of a
# place ("beijing ke south mein": in the south of Beijing); a span ("jan se oct tak": from jan to oct)
_MEIN = Lazy(r"(?i)\b([\w-]+)\s+mein\b")
_SIDE = Lazy(r"(?i)\b([\w-]+)\s+ke\s+(south|north|east|west|southern|northern)\s+(?:mein|me)\b")
_SPAN = Lazy(r"(?i)\b([a-z]+)\s+se\s+([a-z]+(?:\s+\d{4})?)\s+(?:tak|mein)\b")
_ENTERED = Lazy(r"(?i)\bmein\s+(kab\s+|kaise\s+|kyun\s+)?(?:aa\s+gay[ai]|aay[aie])\b")  # came in: entered
_SAID_THAT = Lazy(r"(?i)\b(?:bola|kaha|bataya|likha|boli|kahi)\s+ki\b")  # said that: a clause of its own
# what a question of whether ends with, put first ("plant in shanghai is": is the plant in Shanghai)
_LAST_VERB = Lazy(r"(?i)\s+(is|are|was|were|will be)(\W*)$")


def _in_place(match: re.Match[str]) -> str:
    """"shanghai mein", "2021 mein": in Shanghai, in 2021; what is in a thing that is no place or
    name ("car team mein", "saal mein") is left as it is, for its phrases to be read."""
    from . import english

    word = match.group(1).casefold()
    if word in _table("hindi words") or word in _HINDI_SIGNS or word == "baare" or not (
            word[0].isdigit() or english.is_place(word) or not english.is_word(word)):
        return match.group()
    return f"mein {match.group(1)}"


def unhinglish(text: str) -> str:
    """The question in English words, where it is in Hinglish (its word order is left as it is)."""
    words = set(re.findall(r"[a-z]+", text.casefold()))
    if words.isdisjoint(_HINDI_SIGNS) and not ("hai" in words and "mein" in words):
        return text
    text = _HINDI_ORDINAL.sub(r"\1th", text)
    whether = bool(_KYA_FIRST.match(text) or re.search(r"(?i)\bkya\W*$", text)) and not _SAID_THAT.search(
        text)
    text = _KYA_FIRST.sub(r"\1", text)
    text = re.sub(r"(?i)\s+kya\s*(?=\?*\s*$)", "", text)  # "... hai kya?": whether
    text = _ENTERED.sub(r"\1entered", text)
    text = _SIDE.sub(r"in the \2 of \1", text)
    text = _SPAN.sub(r"from \1 to \2", text)
    text = _MEIN.sub(_in_place, text)

    text = _in_english("hindi", text)
    text = re.sub(r"(?i)\bkya\b", "what", text) if "kya" in text.casefold() else text
    text = _tidy(text)
    last = _LAST_VERB.search(text) if whether else None
    return f"{last.group(1)} {text[:last.start()]}{last.group(2)}" if last else text


# Spanish mixed with English, read only where "¿" or "¡" opens it or two of its words are that are
# not English ("cuántos", "dónde", "está"); its accents first taken off ("cuántos": cuantos), then its
# phrases, then its words
_SPANISH_SIGNS = frozenset((
    "cuantos", "cuantas", "cuanto", "cuanta", "donde", "cuando", "quien", "quienes", "cual", "cuales",
    "esta", "estan", "fueron", "tiene", "tienen", "hay", "ano", "anos", "para", "por", "los", "las", "del",
    "con", "ahora", "tambien", "verdad", "empresa", "dinero", "ciudad", "es", "el", "la", "que", "en",
    "de", "y", "va", "van", "fue", "era", "son", "se"))
_SPANISH_STRONG = frozenset(("cuantos", "cuantas", "cuanto", "cuanta", "donde", "cuando", "quien", "quienes",
                             "cual", "cuales", "tambien", "verdad", "ahora", "dinero", "ciudad", "empresa"))
# "de enero a octubre": from January to October; "para qué sirve e-town": what is e-town for;
# "dijo que": said that
_SPAN_ES = Lazy(r"(?i)\bde\s+([a-z]+)\s+a\s+([a-z]+)\b")
_SERVES = Lazy(r"(?i)\bpara\s+que\s+sirve\s+([\w&-]+(?:\s+[\w&-]+)?)(?=\W*$)")
_BIGGEST = Lazy(r"(?i)\b(?:el|la|los|las)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+mas\s+grandes?\b")  # the biggest
_MONTHS_3 = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_SAID_THAT_ES = Lazy(r"(?i)\b(dijo|dice|dicen|espera|esperaban|cree|creen)(\s+(?:[\w-]+\s+){0,3}?)que\b")


def unspanish(text: str) -> str:
    """The question in English words, where it mixes Spanish with English."""
    opened = "¿" in text or "¡" in text
    folded = unaccented(text)
    words = set(re.findall(r"[a-z]+", folded.casefold()))
    if not (opened and words & _SPANISH_SIGNS) and not (
            len(words & _SPANISH_STRONG) >= 1 and len(words & _SPANISH_SIGNS) >= 3):
        return text
    text = folded.replace("¿", "").replace("¡", "")
    text = _SERVES.sub(r"what is \1 for", text)
    text = re.sub(r"(?i)^(\W*)que\b", r"\1what", text)  # first, what; else that ("dijo que")
    text = _BIGGEST.sub(r"the biggest \1", text)
    text = _SAID_THAT_ES.sub(r"\1\2that", text)
    text = _SPAN_ES.sub(lambda m: f"from {m.group(1)} to {m.group(2)}"
                        if m.group(1).casefold() in _table("spanish words")
                        or m.group(1).casefold()[:3] in _MONTHS_3
                        else m.group(), text)

    text = _in_english("spanish", text)
    return _tidy(re.sub(r"(?i),\s*not\s*(\?*)\s*$", r", right\1", text))  # "..., ¿no?": right


# Taglish: Tagalog mixed with English, read only where a word of Tagalog is that is neither English
# nor pinyin ("ilang", "saan", "kailan", "sino", "magkano", "yung", "nasa", "taon"); its phrases
# first, then its words; the markers of its grammar ("ang", "si", "mga", "ba") say nothing asked
_TAGALOG_SIGNS = frozenset((
    "alin", "aling", "anong", "bakit", "balak", "bawat", "benta", "binayad", "buong", "buwan", "darating",
    "daw", "diba", "disyembre", "dumating", "empleyado", "gaano", "gagawin", "gawa", "gawin", "ginagawa",
    "ginamit", "gobyerno", "gumagawa", "hanggang", "hilaga", "hulyo", "hunyo", "ikalawang", "ikatlong",
    "ilalagay", "ilan", "ilang", "inaasahan", "inaasahang", "inaprubahan", "inilagay", "isang", "itatayo",
    "itinayo", "iyon", "iyong", "kada", "kailan", "kasunduan", "klaseng", "kotse", "kulay", "kumpanya",
    "lumabas", "lumampas", "lungsod", "lupa", "mabenta", "magkano", "magsisimula", "makukuha", "malapit",
    "manggagawa", "marami", "maraming", "matatapos", "meron", "mga", "mula", "naabot", "nabenta",
    "nagbayad", "nagsimula", "nakakatulong", "nakatira", "nakuha", "naman", "natapos", "ngayon", "nila",
    "nilabas", "niya", "nobyembre", "noong", "nung", "oktubre", "opisyal", "paano", "pabrika", "pangalan",
    "pebrero", "pera", "pinakamalaki", "pinakamalaking", "pinirmahan", "porsyento", "pumapasok",
    "pumasok", "pumirma", "rin", "saan", "sasakyan", "setyembre", "sila", "simulan", "sinabi", "sinet",
    "sinimulan", "sinusuportahan", "siya", "siyudad", "suweldo", "sweldo", "talaga", "taon", "timog",
    "totoo", "trabaho", "tumaas", "tumutulong", "tungkol", "unang", "yung", "pilipinas"))
# words of Tagalog that are also English, pinyin or Spanish: three of them are a sign ("may robotics ba
# sa e-town"), or two where "ang" or "ng" is one ("sino ang ceo ng nio")
_TAGALOG_WEAK = frozenset(("ang", "ng", "ba", "sa", "si", "ni", "na", "pa", "po", "din", "may", "ano", "sino",
                           "nasa", "tao", "lang"))
_THEN = Lazy(r"(?i)\b(nung|noong)\s+(?=(\S+))")  # "noong 2020": in 2020; "nung nilabas": when released
_AND = Lazy(r"(?i)\bat\s+(?=(?:ilang|ilan|kailan|sino|saan|ano|anong|magkano|aling?)\b)")  # and
# an English verb with a Tagalog prefix: "na-register" registered, "nag-eexpand" expanding
_PREFIXED = Lazy(r"(?i)\b(na|ni|in|nag|mag|pag|i)-([a-z]+)\b")
# a question of whether a thing is in or near a place, put in English order ("nasa shanghai ang plant,
# diba": is the plant in Shanghai, right; "malapit ba sa factory ang car hq": is the car hq near it)
_IS_IN = Lazy(r"(?i)^(\W*)(nasa|malapit\s+(?:ba\s+)?sa)\s+(.+?)\s+(?:(din|rin)\s+)?(?:ba\s+)?"
              r"(?:ang|yung|si)\s+([^,?!.]+?)(\s*(?:,\s*(?:diba|'?di\s+ba)\b)?\W*)$")
# whether a figure got past another: "lumampas ba ang nev sales sa 3 million": did nev sales pass it
_DID_PASS = Lazy(r"(?i)^(\W*)(lumampas|umabot|naabot)\s+ba\s+(?:ang|ng)\s+(.+?)\s+(?:sa|ang)\s+(?=\S)")
_PASSED = {"lumampas": "pass", "umabot": "reach", "naabot": "meet"}
_TAGALOG_ORDINAL = Lazy(r"(?i)\bika-?(\d[\d,]*)(?:\s+na)?\b")  # "ika-10,000 na": the 10,000th


def _prefixed(match: re.Match[str]) -> str:
    prefix, verb = match.group(1).casefold(), match.group(2)
    if prefix in ("nag", "mag") and len(verb) > 3 and verb[0] == verb[1] and verb[0] in "aeiou":
        return f"{verb[1:]}ing"  # "nag-eexpand": its first sound said twice, a doing now
    if prefix in ("na", "ni", "in"):
        return verb + ("d" if verb.endswith("e") else "ed")
    return verb


def _is_in(match: re.Match[str]) -> str:
    where = "near" if match.group(2).casefold().startswith("malapit") else "in"
    too = " too" if match.group(4) else ""
    return f"{match.group(1)}is {match.group(5)} {where} {match.group(3)}{too}{match.group(6)}"


def _dated(word: str) -> bool:
    """Whether a word is a year, a day or a month ("2020", "jan-oct", "nobyembre")."""
    word = word.casefold()
    return word[0].isdigit() or word[:3] in _MONTHS_3 or _table("tagalog words").get(word, "-")[:3] in (
        _MONTHS_3)


def untagalog(text: str) -> str:
    """The question in English words, where it mixes Tagalog with English (its word order is left as
    it is)."""
    words = set(re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", text.casefold()))  # not "sino" of "sino-foreign"
    weak = len(words & _TAGALOG_WEAK) + bool({"ang", "ng"} & words)
    if words.isdisjoint(_TAGALOG_SIGNS) and weak < 3:
        return text
    text = _IS_IN.sub(_is_in, text)
    text = _DID_PASS.sub(lambda m: f"{m.group(1)}did {m.group(3)} {_PASSED[m.group(2).casefold()]} ", text)
    text = _TAGALOG_ORDINAL.sub(r"\1th", text)
    text = _PREFIXED.sub(_prefixed, text)
    text = _THEN.sub(lambda m: "in " if _dated(m.group(2)) else "when ", text)
    text = _AND.sub("and ", text)
    text = _in_english("tagalog", text)
    return _tidy(re.sub(r"(?i),?\s*\bright\s*(\?*)\s*$", r", right\1", text))


# French mixed with English, read only where a word of French is that is not English ("combien",
# "quand", "où", "quelle", "avec", "maintenant") and another of its words beside it; "à" first (a
# span, "de janvier à octobre"; "à vendre", to sell; "à e-town", in it), its accents taken off, a
# word it joins with an apostrophe ("l'accord", "qu'est-ce que") apart, then its phrases and words
_FRENCH_STRONG = frozenset((
    "combien", "quand", "quel", "quelle", "quels", "quelles", "quoi", "pourquoi", "maintenant", "aussi",
    "toujours", "deja", "beaucoup", "voiture", "voitures", "usine", "avec", "dans", "sont", "sera", "ete",
    "etait", "ventes", "vendus", "vendues", "entreprise", "entreprises", "ville", "gouvernement", "ils",
    "nous", "vous", "siege", "annee", "annees", "milliards", "janvier", "fevrier", "avril", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "chinois", "chine", "habitants",
    "couleurs", "travaux", "terrain", "objectif", "enregistree", "enregistrement", "projet", "economie",
    "fabrique", "vehicules", "energie", "nouvelle", "biomedecine", "robotique", "intelligente",
    "agrandit", "etend", "atteint", "gagne", "etre", "personnes", "employes", "resultats"))
# words of French that are also English or Spanish: four of them are a sign ("qui est le ceo de nio")
_FRENCH_WEAK = frozenset(("le", "la", "les", "de", "des", "du", "au", "aux", "en", "et", "est", "un", "une",
                          "par", "pour", "que", "qui", "se", "ne", "pas", "fait", "sur", "sous", "nom",
                          "ont", "va", "elle", "ce"))
_FRENCH_MONTHS = frozenset(("janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet",
                            "aout", "août", "septembre", "octobre", "novembre", "decembre", "décembre"))
_FRENCH_SPAN = Lazy(r"(?i)\bde\s+(\w+)\s+à\s+(\w+)\b")  # "de janvier à octobre"
_SO_FAR = Lazy(r"(?i)\bjusqu['\u2019](?:à\s+(?:maintenant|présent|ce jour)|ici|aujourd['\u2019]hui)")
_A_GRAVE = Lazy(r"(?i)(?<!\w)à\s+(?=(\w+))")  # "à vendre": to sell; "à e-town": in it
# a word joined with an apostrophe, in full ("l'accord": le accord; "qu'est-ce": que est-ce)
_ELIDED = Lazy(r"(?i)(?<![\w'-])(l|d|s|n|j|qu|c)['\u2019](?=\w)")
_IN_FULL = {"l": "le ", "d": "de ", "s": "se ", "n": "ne ", "j": "je ", "qu": "que ", "c": "ce "}
_JOINED = Lazy(r"(?i)\b(?:est-ce|(?:y )?a-t-(?:il|elle)|etats-unis|peut-etre)\b")  # "est-ce": est ce
# "10 000e": the 10 000th (its thousands set apart by a space are read as ask reads them)
_FRENCH_ORDINAL = Lazy(r"\b(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)e\b")


def _in_full(match: re.Match[str]) -> str:
    return _IN_FULL[match.group(1).casefold()]


def unfrench(text: str) -> str:
    """The question in English words, where it mixes French with English (its word order is left as it
    is)."""
    lowered = text.casefold()
    words = set(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", _ELIDED.sub(_in_full, unaccented(lowered))))
    strong = len(words & _FRENCH_STRONG) + bool(re.search(r"(?<!\w)(?:à|ça|où)(?!\w)", lowered))
    weak = len(words & _FRENCH_WEAK)
    if not ((strong and strong + weak >= 2) or weak >= 4):
        return text
    text = _FRENCH_SPAN.sub(lambda m: f"from {m.group(1)} to {m.group(2)}" if m.group(1).casefold()
                            in _FRENCH_MONTHS else m.group(), _SO_FAR.sub("so far", text))
    text = _A_GRAVE.sub(lambda m: "to " if re.fullmatch(r"[a-z]+(?:er|ir|re)", m.group(1).casefold())
                        else "in ", text)
    text = _JOINED.sub(lambda m: m.group().replace("-", " "), _ELIDED.sub(_in_full, unaccented(text)))
    text = _in_english("french", _FRENCH_ORDINAL.sub(r"\1th", text))
    return _tidy(text)


# Portuguese (as Brazilians type it) mixed with English, read only where a word of Portuguese is that
# is neither English, Spanish nor French ("quantos", "onde", "quem", "também", "fica", "né") and
# another of its words beside it (or the first word one of them: "tem biomedicina no e-town?"), or
# four of its words shared with them ("o", "da", "em", "com"), and not where "¿" says it is Spanish;
# "é" (is) and "dá" (gives) first, before their accents go and they read as "e" (and) and "da" (of
# the); a span ("de janeiro a outubro"), "300 mil", "10.000" and "o carro número 10.000" in English;
# then its phrases and words
_PORTUGUESE_STRONG = frozenset((
    "quantos", "quantas", "quanto", "quanta", "quando", "onde", "quem", "qual", "quais", "tambem", "ainda",
    "agora", "hoje", "dinheiro", "cidade", "fica", "ficam", "ficar", "ficou", "vai", "vao", "foi", "foram",
    "tem", "tinha", "ne", "voce", "pra", "isso", "nao", "sao", "estao", "tava", "uma", "pelo", "pela",
    "entao", "governo", "vendas", "bilhoes", "milhoes", "dolares", "janeiro", "fevereiro", "marco", "maio",
    "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "lancamento", "obras", "montadoras",
    "funcionarios", "pessoas", "muita", "muitas", "muitos", "muito", "assinou", "anunciou", "comecou",
    "comecaram", "conseguiu", "entrou", "aprovou", "cresceram", "esperavam", "vendidos", "vendidas",
    "construida", "construido", "registrada", "registrado", "fazendo", "crescendo", "expandindo",
    "entrando", "custava", "custou", "entregues", "saiu", "sairam", "bateu", "passaram", "previstos",
    "falou", "disse", "ganha", "chega", "precisa", "acordo", "eles", "elas",
    "ajuda", "fabricam", "faz", "fazem", "veiculos", "nova", "manufatura", "inteligente", "robotica",
    "apoia", "crescimento", "montadora", "velocidade", "cores"))
# (not "do", "no", "as", "um" or "e", which English questions have more often: "um, do you know as
# much as i do about the e-town deal, or no?")
_PORTUGUESE_WEAK = frozenset(("o", "os", "de", "da", "dos", "das", "na", "em", "com", "por", "para", "que",
                              "se", "mil", "ano", "anos", "sede", "fase", "meta", "tipo", "sul", "mundo",
                              "ta"))
_PORTUGUESE_MONTHS = frozenset(("janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho",
                                "agosto", "setembro", "outubro", "novembro", "dezembro"))
_IS_AND_GIVES = Lazy(r"(?i)(?<![\w'-])(é|dá|tá|está|já)(?![\w'-])")
_PORTUGUESE_SPAN = Lazy(r"(?i)\bde\s+([a-z]+)\s+a\s+([a-z]+)\b")
_THOUSANDS = Lazy(r"(?i)\b(\d+(?:[.,]\d+)?)\s+(mil|milhoes|milhao|bilhoes|bilhao)\b")
_SCALE = {"mil": "thousand", "milhoes": "million", "milhao": "million", "bilhoes": "billion",
          "bilhao": "billion"}
_DOTTED = Lazy(r"\b(\d{1,3})\.(\d{3})\b(?!\.\d)")  # "10.000": ten thousand, as Brazil writes it
_NUMBERED = Lazy(r"(?i)\b(carro|su7)\s+(?:numero|n\.?o|nº)\s+(\d[\d,]*)")  # "o carro número 10.000"
_IN_THE_END = Lazy(r"(?i)\bno\s+final\s+de\s+(\d{4})\b")  # "no final de 2021": in 2021, in the end
# "o que o lei jun falou sobre...": what did Lei Jun say about it, not what he said (a statement)
_WHAT_SAID = Lazy(r"(?i)^(\W*)o\s+que\s+(?:(?:o|a)\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:falou|disse)\b")
_ACCENTED = {"é": "is", "dá": "gives", "tá": "is", "está": "is", "já": "already"}


def unportuguese(text: str) -> str:
    """The question in English words, where it mixes Portuguese with English (its word order is left as
    it is)."""
    lowered = text.casefold()
    if "¿" in text or "¡" in text:  # Spanish
        return text
    bare = unaccented(lowered)
    words = set(re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", bare))
    first = re.match(r"\W*([a-z]+)\b", bare)
    strong = len(words & _PORTUGUESE_STRONG) + bool(re.search(r"(?<!\w)(?:é|né|dá|tá)(?!\w)|çã|çõ", lowered))
    strong += first is not None and first.group(1) in _PORTUGUESE_STRONG  # the first word counts twice
    weak = len(words & _PORTUGUESE_WEAK)
    if not ((strong and strong + weak >= 2) or weak >= 4):
        return text
    text = _IS_AND_GIVES.sub(lambda m: _ACCENTED[m.group().casefold()], text)
    text = unaccented(text)
    text = _PORTUGUESE_SPAN.sub(lambda m: f"from {m.group(1)} to {m.group(2)}" if m.group(1).casefold()
                                in _PORTUGUESE_MONTHS else m.group(), text)
    text = _DOTTED.sub(r"\1,\2", _IN_THE_END.sub(r"in \1 in the end", text))
    text = _WHAT_SAID.sub(r"\1what did \2 say", text)
    text = _NUMBERED.sub(r"\2th \1", text)
    text = _THOUSANDS.sub(lambda m: f"{m.group(1)} {_SCALE[m.group(2).casefold()]}", text)
    text = _in_english("portuguese", text)
    return _tidy(re.sub(r"(?i),?\s*\bright\s*(\?*)\s*$", r", right\1", text))
