"""Answer a question in plain words, offline: BM25 over the claims, widened by synonyms and aliases,
weighted by what kind of answer the question wants, weighed by a model of the questions asked
before (learned.py), and refused when nothing really answers it."""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import chinese, english, learned
from .dataset import Dataset
from .errors import NotFoundError, quoted
from .lookup import Figure, Result, derive, entity_names
from .models import Claim, FollowUp, Quantity, date_bounds
from .pasted import unpasted
from .patterns import Lazy
from .search import MAX_GUESSES, MAX_TERMS, ORDINALS, STOPWORDS, Index, record_fields, stem, tokens
from .synonyms import PHRASE_WORDS, SYNONYMS, rephrased

# Words a question is made of but an answer is not.
QUESTION_SPELLINGS = (
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much", "does",
    "did", "do", "is", "are", "was", "were", "will", "would", "can", "could", "should", "the", "a",
    "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "into", "its", "it",
    "this", "that", "there", "their", "they", "xiaomi's", "ever", "yet", "so", "any", "some", "all",
    "tell", "me", "please", "know", "number", "date", "per", "use", "used", "using",
    # and what fills a question out: "is it going to be", "what kind of"
    "be", "been", "being", "go", "going", "get", "got", "has", "have", "had", "kind", "type", "sort",
    "say", "says", "said", "dataset", "article", "piece", "one",
    "story", "text",
    # and what a spoken question opens with: "hey xev, where..."
    "hey", "hi", "hello", "ok", "okay", "xev", "alexa", "siri",
    # or a quiz: "quiz: who is Xiaomi's CEO"
    "quiz", "trivia",
    # and what doubts it: "isn't he the CEO any more?" (words are read without their apostrophes)
    "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "wont", "cant", "couldnt", "wouldnt",
    "hasnt", "havent", "hadnt", "shouldnt", "surely", "anymore", "gonna", "wanna", "gotta",
    # and the particles that end a sentence in Singapore and Malaysian English ("where one ah")
    "ah", "lah", "leh", "lor", "meh",
)
# Words that say how something is asked, not what about: when the dataset lacks them, that does
# not make a question one it cannot answer ("what is Nio doing in China").
GENERIC_SPELLINGS = (
    "really", "actually", "exactly", "currently", "now", "today", "still", "already", "also", "just",
    "even", "only", "else", "doing", "happen", "happens", "happened", "show", "showed", "shown",
    "mention", "mentioned", "describe", "described", "talk", "talked", "tell", "told", "give", "gave",
    "given", "take", "took", "taken", "put", "putting", "come", "came", "become", "became", "think",
    "want", "need", "look", "like", "seem", "long", "far", "out", "up", "off", "over", "around",
    "more", "most", "less", "new", "latest", "recent", "recently", "each", "every", "other",
    "another", "large", "big", "small", "top", "lot", "lots", "thing", "things", "info", "information",
    "detail", "details", "fact", "facts", "figure", "figures", "value", "exact", "precise",
    "approximately", "roughly", "approx", "circa", "ballpark", "anything", "something", "everything",
    "specific", "particular", "example", "examples", "instance", "instances", "man", "woman", "guy",
    "lady", "yes", "yeah", "yep", "yup",  # a question tag ("the plant's for Xiaomi EV, yes?")
    "regarding", "concerning", "related", "according", "whether", "if", "than", "then", "since",
    "until", "before", "after", "happening", "known", "overall", "general", "main", "focus", "focused",
    "focuses", "focusing", "pillar", "key", "plus", "scene", "landscape", "headline",
    # and what asks whether to believe it: "can I trust the 3 million", "where's the evidence"
    "trust", "trusted", "trustworthy", "reliable", "reliability", "credible", "evidence", "proof", "prove",
    "backs", "backed", "support", "supports", "disputed", "contested",
    # and the words that join others, which no word list of topics holds
    "between", "among", "across", "through", "during", "without", "within", "against", "toward",
    "towards", "upon", "onto", "via", "despite", "versus", "vs", "beside", "besides", "beyond",
    "under", "above", "below", "near", "along", "amid", "because", "although", "though", "while",
    "whereas", "unless", "but", "nor", "either", "neither", "both", "such", "these", "those",
    "he", "she", "him", "her", "his", "hers", "we", "us", "our", "you", "your", "i", "my", "mine",
    "them", "themselves", "itself", "himself", "herself", "may", "might", "must", "shall",
)
GENERIC_WORDS = frozenset(stem(w) for w in GENERIC_SPELLINGS)
QUESTION_WORDS = frozenset(stem(w) for w in QUESTION_SPELLINGS)  # (a question in Chinese is read in English)




# what joins the words of a field's name or path, as a script names one ("plant_site", "plant.city",
# ".plant.site"; not "U.S." nor "2.54", nor a stock code: "1810.HK"), and a phase's number typed onto
# it ("phase2")
@functools.cache
def _field_join() -> re.Pattern[str]:
    return re.compile(r"_|(?<![^\W\d_])\.(?=[a-z]{2})(?!hk\b)|(?<=[a-z]{2})\.(?=[a-z]{2})", re.IGNORECASE)


@functools.cache
def _glued_phase() -> re.Pattern[str]:
    return re.compile(r"\b(phase|stage)(\d)\b", re.IGNORECASE)


# a thing said to be located in a place is in it (not the words a quote opens with: "located in Daxing")
@functools.cache
def _located_in() -> re.Pattern[str]:
    return re.compile(r"(?<=\w) (?:located|situated) in\b", re.IGNORECASE)


# The patterns below that most questions do not need are kept as text and compiled by `re` when a
# question first uses them (its own cache): every `ask` is a new process.
# the kinds of firms in a place are its industries ("what kind of companies are in E-Town"; not
# those entering a market)
_FIRMS_IN = (r"(?i)\b(?:kinds?|types?|sorts?) of (?:companies|firms|businesses)"
             r"(?= (?:are |is )?(?:based |located )?in\b)")
# a car a buyer can buy is one on sale ("when can I buy a Xiaomi car": not the land Xiaomi bought)
_CAN_BUY = (r"(?i)\b(?:can|could|will|do|did|may) (?:i|we|you|people|customers|buyers|consumers"
            r"|the public) (?:buy|purchase|order)\b")
# one named, and another asked for, is another besides it ("Nio is one; which other maker")
# "which carmaker in E-Town is not Beijing Benz": besides it
_IS_NOT = r"(?i)^(\W*(?:which|what|who)\b.*?)\s+(?:(?:is|are|was|were) not|isn't|aren't|wasn't|weren't)\s+"
_ONE_NAMED = (r"(?i)^\W*([\w.-]+(?: [\w.-]+)?) (?:is|was) one\s*[;,:.!\u2014\u2013-]+\s*"
              r"(?=(?:which|what|who|name|any|and)\b.*\b(?:other|another|else)\b)")
# firms that share a place with another are those based there besides it ("which carmakers share
# E-Town with Xiaomi")
_SHARE_WITH = r"(?i)^(\W*(?:which|who|what)\b.*?)\bshares? ((?:the )?[\w-]+(?: [\w-]+)?) with\b"
# whether one thing is near another (not a place) asks where the first is ("is the car hq near the
# factory": where the hq is, not the factory; "is the plant near beijing" asks of Beijing)
# (as a statement too: "the car hq will be near the factory?"; not "which carmakers are near it"),
# or co-located with it
_NEAR = Lazy(r"(?i)^(?P<start>\W*)(?!(?:which|what|who|whose|where|when|how|why|there)\b)"
             r"(?:(?P<verb>is|are|was|were|will)\s+(?!there\b)(?P<thing>(?:the\s+)?[\w&-]+(?:\s+[\w&-]+){0,3}?)"
             r"\s+(?P<be>be\s+)?|(?P<said>(?:the\s+)?[\w&-]+(?:\s+[\w&-]+){0,3}?)\s+"
             r"(?P<is>is|are|was|were|will be)\s+)"
             r"(?:near|close to|next to|beside|(?:right|just) by|co-?located with)\s+(?:the\s+)?"
             r"(?P<other>[\w&-]+)"
             r"(?:\s+[\w&-]+){0,2}?(?=\W*$)")
# What a question is for, not what about ("for my report, who..."); a financial year ("FY2021")
_PURPOSE_OF_ASKING = Lazy(r"\bfor (?:my|our|an?|the) (?:school |class |uni |university )?"
                          r"(?:report|essay|paper|class|homework|assignment|thesis|project|presentation"
                          r"|article|story|blog|deck|slides?|memo|briefing|timeline)\b"
                          # and what the asker needs it for ("need it for the deck")
                          r"|,?\s*(?:i |we )?need (?:it|this|that) for (?:my|our|an?|the) \w+\W*$"
                          # what the asker says of themselves first ("I am learning English. What...")
                          r"|^\W*(?:i am|i'm|im|i was|i have|i've) [^.;!?]*[.;!]\s+(?=\w)",
                          re.IGNORECASE)
# a question tag after a statement ("..., is it?", "..., isn't he")
_TAG = Lazy(r",\s*(?:is|isn't|isnt|was|wasn't|wasnt|are|aren't|arent|were|weren't|does|doesn't"
            r"|doesnt|did|didn't|didnt|will|won't|wont|has|hasn't|hasnt|have|haven't|havent|can|can't|cant)"
            r"\s+(?:it|he|she|they|there|that|this|we|you)\s*\??\s*$", re.IGNORECASE)
# and a word asked for to confirm it ("..., yes?")
_CONFIRM = Lazy(r",\s*(?:yes|yeah|yep|aye|right|no|correct|true|ok|okay)\s*\?\s*$", re.IGNORECASE)


# a statement's "is" in short ("the plant's in shanghai, isn't it": the plant is in Shanghai)
_IS_SHORT = Lazy(r"(?<=\w)['\u2019]s(?=\s+(?:in|at|near|based|located|situated|not|still|also)\b)",
                 re.IGNORECASE)


def _stated(question: str) -> str:
    """A statement asked with a tag as the statement, asked ("the plant isn't in Shanghai, is it",
    "the plant is in beijing, yes?"), or with its mark alone ("so the factory's in wuhan?")."""
    if "," not in question:
        if not question.rstrip().endswith("?") or ("'" not in question and "\u2019" not in question) \
                or not _WH.isdisjoint(re.findall(r"[a-z]+", question.casefold())):
            return question
        return _IS_SHORT.sub(" is", question)
    stated = _CONFIRM.sub("?", _TAG.sub("?", question))
    return _IS_SHORT.sub(" is", stated) if stated != question else stated
# what a firm is up to is what it is doing ("what's Tesla up to in China"), not a bound ("up to October")
_UP_TO = Lazy(r"\bup to(?=\s+(?:in|at|with|there|these|now|lately|recently|nowadays|today|this|right"
              r"|over)\b|\W*$)", re.IGNORECASE)
# "sales up to October": through it, not a rise ("up 180%")
_UP_TO_TIME = Lazy(r"\bup to(?=\s+(?:the\s+)?(?:end|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                   r"\w*\b)", re.IGNORECASE)
# a car got by a buyer is a car delivered ("when did SU7 owners get their cars", "hands on an SU7")
_GETS_CARS = Lazy(r"\b(?:get|gets|got|receive[sd]?|get (?:my|your|their|our) hands on)\b"
                  r"(?=(?:\s+(?:my|your|their|our|the|a|an|first|xiaomi|new))*\s+"
                  r"(?:cars?|su7s?|vehicles?|evs?)\b)", re.IGNORECASE)
# what a question is labelled as ("quiz: who is Xiaomi's CEO", "fact check: ...", "q4: ...",
# "fact box: the plant")
_LABEL = Lazy(r"^\W*(?:(?:quiz|trivia|question|q)(?:\s*\d+)?|background|context|fact[- ]?check|verify"
              r"|check|true or false|fyi|fact ?(?:box|file|sheet)|key (?:facts|figures|numbers|dates)"
              r"|explainer)\s*[:\-\u2013\u2014]\s*", re.IGNORECASE)
# a lead-in before a colon ("on air now: what is...", "for the record: who..."), where what follows
# is a question of its own; dropped when it names nothing the dataset knows
# a question after a colon ("on air now: what is...", "$5 billion: how much did it raise")
_ASKS_NEXT = (r"(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|can|could|will"
              r"|would|has|have)\b)")
_LEAD_IN = rf"(?i)^\W*((?:[^\W\d_]+[\s,]+){{0,3}}[^\W\d_]+)\s*:\s+{_ASKS_NEXT}"
# and the words before a question asked inside a sentence ("students should find who leads Xiaomi")
_LEAD_UP = (r"(?i)^\W*((?:[^\W\d_]+[\s,]+){1,5}?)"
            r"(?=(?:who|whom|whose|what|when|where|which|why|how)\b)")
_WH = frozenset({"who", "whom", "whose", "what", "when", "where", "which", "why", "how"})
# and a story the asker tells of themselves or someone they know before a question (round 150: "so
# my uncle drives a byd and keeps saying xiaomi can't build cars, but how many cars a year will the
# plant make?"), up to the last comma, colon or dash before it (not "we", who may be a party asking:
# "We at BYD want to know: how many cars did we sell")
# (and a case the asker supposes: "if I were a tesla fan, what would the article tell me...")
_STORY_OPENERS = ("so", "well", "ok", "okay", "honestly", "basically", "if", "suppose", "supposing",
                  "imagine", "say", "assuming")
_STORY_TELLERS = ("i", "i'm", "im", "i've", "i'd", "i'll", "my", "a", "an", "one", "someone", "somebody",
                  "everyone", "everybody")
_BACKSTORY = Lazy(rf"(?i)^\W*((?:(?:{'|'.join(_STORY_OPENERS)})\W+)?(?:{'|'.join(_STORY_TELLERS)})\s.{{8,}})"
                  rf"(?:[,:;]|\s[\u2013\u2014-])(?:\s+(?:but|so|and|then))?\s+{_ASKS_NEXT}")
# who a spoken question is addressed to ("hey xev,", "ok xev", "alexa")
_ADDRESS = Lazy(r"^\W*(?:(?:hey|hi|hello|ok|okay)\s+)?(?:xev|alexa|siri|google|cortana)\b\W*"
                r"|^\W*(?:hey|hi|hello|ok|okay)\b[\s,!.]+", re.IGNORECASE)
# a request to list ("name the E-Town industries", "list all the carmakers") asks which they are
_LISTING = Lazy(r"^\W*(?:name|list|enumerate)\s+(?:the|all(?: the)?|every|each|any)\b\s*",
                re.IGNORECASE)
# what only makes a question polite ("sorry if this is obvious but", "quick one:", ", thanks"),
# compiled when a question holds one of its words
_POLITE = ("sorry", "apolog", "pardon", "quick", "just", "wonder", "curious", "thank", "thx", "cheers",
           "appreciated")


@functools.cache
def _courtesy() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:sorry|apologies|pardon)\b(?:[^:;?]{0,40}?\bbut\b|\W*(?:,|:))\s*"
                      r"|^\W*(?:quick (?:one|question)|just (?:wondering|curious|checking|asking)"
                      r"|(?:i was|i'm|i am) (?:wondering|curious)|i wonder)\b[\s,:;.!-]*"
                      r"|[\s,;.!-]*\b(?:thanks|thank you|thx|cheers|much appreciated)"
                      r"(?: (?:so much|a lot|in advance))?\W*$", re.IGNORECASE)


# what says only what form the answer should take, as one asks a chatbot ("in one word,", "two words
# max:", "reply with the date only (yyyy-mm-dd):", "bullet points:", "? digits only", ", nothing else"),
# compiled when a question holds one of its words; not what kind of answer is asked ("just the year:",
# "the estimate"), nor "true or false", which asks to check a statement
_FORM = ("word", "sentence", "line", "only", "just", "digits", "bullet", "json", "table", "brief",
         "short", "nothing", "explain", "preamble", "reply", "respond", "answer", "yes", "y/n", "rounded",
         "fine", "yyyy")


@functools.cache
def _answer_form() -> re.Pattern[str]:
    size = r"(?:in\s+)?(?:one|a|two|three|a few|[1-3])\s+(?:words?|sentences?|lines?)"
    return re.compile(
        r"^\W*(?:(?:please\s+)?(?:answer|reply|respond)\b[^:?]{0,40}?:"
        rf"|{size}(?:\s+(?:max(?:imum)?|answer|only|or less|please))?\s*[:,.-]"
        r"|(?:just|only)\s+(?:the\s+)?(?:number|figure|digits)(?:\s+please)?\s*[:,.-]"
        r"|(?:number|figure|digits)\s+only\s*[:,.-]|bullet(?:\s+points)?\s*[:,.-]"
        r"|(?:as|in)\s+(?:json|a table|a list|bullet points)\s*[:,.-]"
        r"|(?:briefly|in brief|in short|short answer(?: please)?|keep it short|no preamble"
        r"|no need to explain)\s*[:,.-]?|(?:quick\s+)?(?:yes\s*(?:or|/)\s*no|y/n)(?:\s+only)?\s*[:,.-])\s*"
        rf"|[\s,.;:-]*\b(?:{size}(?:\s+(?:max(?:imum)?|answer|only|please))?"
        r"|(?:just\s+)?(?:digits|number|figure)\s+only|nothing (?:else|more)|no explanation"
        r"|short answer(?: please)?|(?:just\s+)?yes or no(?: only)?|y/n|a number is fine|rounded)\W*$"
        r"|\s*\(\s*(?:yyyy[-/.]mm(?:[-/.]dd)?|dd[-/.]mm[-/.]yyyy|mm[-/.]dd[-/.]yyyy)\s*\)"
        # and within it, after what is described ("describe xiaomi in one line as the article does")
        r"|(?<=\w)\s+in\s+(?:one|a|two|three|[1-3])\s+(?:sentences?|lines?)\b(?=\s+(?:as|like|please|for)\b)",
        re.IGNORECASE)


# a worksheet's or an exam's words (round 149): the marks a question carries ("(2 marks)"), what it
# asks the student to show after it ("Show your working.", "Justify your answer.", "Use evidence from
# the text."), a "research question:" before it, and an instruction before a question word ("Quote
# what Lei Jun said": what he said); to outline, state or give a thing asks what it is ("State the top
# speed of the SU7": not the state's support; not "give me", which asks what follows); what someone
# says, asked whether it is correct, is checked ("A classmate says the plant is in Shanghai. Is this
# correct?": is it true that the plant is in Shanghai); each compiled when a question holds what it
# needs
_SHOWN = (r"show (?:your |all )?working(?: out)?|show how you know|justify your answer|explain(?: why)?"
          r"|give (?:a )?reasons?(?: for your answer)?|refer to the (?:text|passage|article)"
          r"|(?:use|give|cite|quote) (?:evidence|an? (?:source|quote)|the text|the article|a source)"
          r"(?: from the (?:text|passage|article))?")
_ADDED_SIGNS = ("mark", "working", "know", "justify", "explain", "reason", "refer", "use ", "give ", "cite",
                "quote", "question")
_WORKSHEET_ADDED = Lazy(rf"\(\s*\d+\s+marks?\s*\)|(?<=[.?!])\s*(?:{_SHOWN})\W*$"
                        r"|^\W*(?:research|homework|exam|essay) question\s*\d*\s*[:.)-]\s*", re.IGNORECASE)
_QUESTION_WORD = r"(?:what|who|whom|when|where|which|how|whether|why|if)\b"
_ASKS_WHAT = ("outline", "state", "give", "identify", "provide", "determine")
_INSTRUCTING = frozenset({"quote", "explain", "describe", "find", "work", "say", "show", "tell", *_ASKS_WHAT})
_INSTRUCTION = Lazy(r"^\W*(?:(?:quote|explain|describe|state|identify|find out|work out|determine|say|show"
                    rf"|tell me)\s+(?={_QUESTION_WORD})"
                    rf"|(?P<what>{'|'.join(_ASKS_WHAT)})\s+(?!{_QUESTION_WORD}|of\b|that\b|me\b|us\b))",
                    re.IGNORECASE)
_CHECKED = ("correct", "true", "right", "accurate")
_REPORTED = Lazy(r"^\W*(?:(?:a|my|one|the|your) [\w-]+|someone|somebody|people|they|he|she)\s+"
                 r"(?:says|said|claims|claimed|thinks|believes|told me|tells me|insists|swears"
                 r"|reckons|keeps saying|is sure)(?:\s+that)?\s+"
                 r"(.+?)\s*[.;,!]\s*(?:is|was|are)\s+(?:this|that|it|he|she|they)\s+"
                 r"(?:correct|true|right|accurate)\W*$", re.IGNORECASE)


def _unworksheeted(question: str) -> str:
    """A question without what a worksheet adds to it, its instruction read as a question."""
    folded = question.casefold()
    if any(sign in folded for sign in _ADDED_SIGNS):
        question = _WORKSHEET_ADDED.sub(" ", question)
        folded = question.casefold()
    first = re.match(r"\W*(\w*)", folded)
    if first and first.group(1) in _INSTRUCTING:
        question = _INSTRUCTION.sub(lambda m: "what is " if m["what"] else "", question)
        folded = question.casefold()
    if folded.rstrip(string.punctuation + string.whitespace + "\u201d\u2019").endswith(_CHECKED):
        question = _REPORTED.sub(r"is it true that \1?", question)
    return question


# what asks how the article's English renders the Chinese report ("in Chinese", "translated as"),
# compiled when a question holds one of its words
@functools.cache
def _translation() -> re.Pattern[str]:
    return re.compile(r"\b(?:in chinese|in english|the chinese (?:original|text|report)|original chinese"
                      r"|chinese (?:names?|words?|terms?|characters?|original|for)"
                      r"|(?:mis)?translat\w*|literal(?:ly)?)\b", re.IGNORECASE)


# and the words that, beside it, only say a name or a meaning is asked ("what does Red mean")
_NAMING = frozenset(tokens("alias name names named called call known mean means meaning"))
# a fiscal year is its full year (a quarter or half of it, of that year: "Q3 FY2021")
_FISCAL = Lazy(r"\b(?:(q[1-4]|h[12])\s+)?fy\s?'?((?:19|20)\d\d|\d\d)\b", re.IGNORECASE)
# and after a word of time, the year ("targeted for FY24": by 2024, not a full year's total)
_FISCAL_TIME = (r"(?i)\b(in|for|by|until|till|before|after|from|during|since)\s+fy\s?'?"
                r"((?:19|20)?\d\d)\b")
_SHORT_YEAR = Lazy(r"(?:(?<=[\s(])|^)['\u2019](\d\d)\b")  # "in '21" is 2021
_QUARTER_OF = Lazy(r"\b(q[1-4])\s?'(\d\d)\b", re.IGNORECASE)  # "Q3'21" is the third quarter of 2021
# a car's acceleration, as a car buyer writes it ("0-100 time"): no count of 0 or 100 things
_SPRINT = Lazy(r"\b0\s?(?:-|\u2013|to)\s?(?:60|62|100)(?:\s?(?:km/h|kmh|kph|mph))?(?!\d)",
               re.IGNORECASE)
# each word's synonyms: the words of every group it is in, one set shared by the words of the same
# groups (not a set each: a group's words would hold as many copies of it as it has words)
_GROUP_STEMS = [frozenset(s for w in group for s in tokens(w)) for group in SYNONYMS]
_IN_GROUPS: dict[str, tuple[int, ...]] = {}
for _i, _stems in enumerate(_GROUP_STEMS):
    for _s in _stems:
        _IN_GROUPS[_s] = (*_IN_GROUPS.get(_s, ()), _i)
_SHARED: dict[tuple[int, ...], frozenset[str]] = {}
for _groups in set(_IN_GROUPS.values()):
    _SHARED[_groups] = frozenset().union(*(_GROUP_STEMS[i] for i in _groups))
_SYNONYMS: dict[str, frozenset[str]] = {s: _SHARED[g] for s, g in _IN_GROUPS.items()}
_CAR_WORDS = frozenset(_SYNONYMS["car"])  # what the whole story is about

# The time between two events ("how long after the pledge", "how many months passed")
_INTERVAL_WORDS = (r"(?:how (?:long|soon|quickly|(?:many|much) (?:days|weeks|months|years|time))"
                   r" (?:after|before|between|since|later|passed|elapsed|went by|from)"
                   # "months from the registration to the agreement", "the time between the two"
                   r"|(?:days|weeks|months|years|time) (?:from|between) (?:the )?(?!now\b|today\b)"
                   r"|(?:gap|interval|lag|span) (?:from|between))")  # "time from ndrc approval to ..."
_INTERVAL = Lazy(rf"\b{_INTERVAL_WORDS}\b")
_INTERVAL_TERMS = frozenset(tokens("after before since later between from passed elapsed"))
# numbers in words below twenty
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
# "month" asks a date, but not as a count of them ("the first ten month", "3 month")
_NOT_COUNTED = "(?<!\\d )(?<!\\d-)" + "".join(f"(?<!{n} )(?<!{n}-)" for n in _UNITS[1:13])  # "ten-month"
# What kind of answer a question asks for, by the words it starts with or contains.
_KINDS = (
    ("date", re.compile(r"\b(when|what (year|date|month|day|weekday)|which (year|date|month|day|weekday)|date"
                        r"|timing|weekday|day of the week"
                        # not "month on month"
                        rf"|{_NOT_COUNTED}(?<!on )(?<!on-)month(?![\s-]+on[\s-]+month)"
                        rf"|how long ago|how old|{_INTERVAL_WORDS})\b"
                        # whether one thing was done before another: when each was ("was the 2024
                        # target set before the q3 report came out"; not a year's bound, "before 2022")
                        r"|^\W*(?:was|were|did|had|has|have)\b.*\b(?:before|after)\s+(?!(?:19|20)\d\d\b)"
                        r"(?:[\w'&-]+\s+){0,4}?(?:was|were|came|come|got|had|did|went)\b")),
    ("count", re.compile(r"\b(how many|number of)\b(?!.*\b(percent|percentage|rate)\b)")),
    # "what's the EV budget": a sum of money
    ("quantity", re.compile(r"\b(how (many|much|big|fast|large|far|high|heavy|tall|wide)|number of|size"
                            r"|what did (?:\S+ ){1,5}cost|what did (?:\S+ ){1,3}pay\b"
                            r"|what did (?:\S+ ){1,3}(?:promise|pledge|commit|plan|agree|want)"
                            r" to (?:invest|spend)"
                            r"|amount|percent|what sum|(?:what|which) currency"
                            # a keyword question of a total ("total capital commitment to the ev business")
                            r"|^\W*(?:what(?:'s| is| was| are| were) the\s+)?total(?!\s+(?:of|for)\b)"
                            r"|what(?:'s| is| was)(?:\s+\S+){0,3}\s+(?:budget|price|cost)s?)\b"
                            # keywords that end with what is asked: "phase 1 land acquisition cost?" (not
                            # a question word's question: "who set the su7 price" asks who)
                            r"|^(?!\W*(?:what|which|who|whom|whose|when|where|why|how)\b)"
                            r".*\b(?:cost|costs|price|prices|pricing)\W*$")),
    # "which development zone": a place
    ("place", re.compile(r"\b(where|whereabouts|(which|what) (part of|city|district|town|place|country|nation"
                         r"|province|area|(\w+ )?(zone|region|suburb|neighbou?rhood))|location|located)\b")),
    ("who", re.compile(r"\b(who|whom|whose|(which|what|name (a|an|one|some|two)) (\w+ ){0,2}"
                       r"(company|companies|carmakers?|automakers?|makers?"
                       r"|body|bodies|organi[sz]ations?|firms?|authority|government|committee|association"
                       r"|person|people)"
                       # "which Xiaomi business runs it" (not "what business is Xiaomi in": its line)
                       r"|which (\w+ ){0,2}(business(es)?|subsidiary))\b")),
    # a name ("what's X called"): of a person, a firm, a place; not another name (an alias)
    ("name", re.compile(r"(?<!other )(?<!full )(?<!official )(?<!another )(?<!alternative )\bname of\b"
                        r"|^\W*what(?:'s|s| is| was)\b.*'s name\W*$"  # "what is the registered unit's name"
                        r"|^\W*what(?:'s|s| is| are| was| were)\b.*\bcalled"
                        r"(?: (?:in|by) (?:the |this )?(?:article|story|text|piece|report))?\W*$"
                        r"|\b(?:is|are|was|were) (?:called|named)\W*$"  # "the unit is called"
                        r"|\bcalled what\W*$"  # "tesla is called what", "特斯拉被称为什么"
                        # "what name was it registered under", "what was the unit registered as"
                        r"|\b(?:what|which) (?:(?:entity|legal|company|corporate|business|official) )?name\b"
                        r".*\bregister"
                        r"|^\W*what\b.*\bregister(?:ed)? (?:as|under)\b")),
)
# "Which local EV maker": a firm asked for, which no claim about a place names
_FIRMS = Lazy(r"\b(which|what|name (a|an|one|some|two)) (\w+ ){0,2}"
              r"(compan(y|ies)|(car|auto)?makers?|firms?|manufacturers?)\b"
              r"|\bwhich (\w+ ){0,2}(business(es)?|subsidiary)\b")
# Questions about what happened next, or whether the article was right.
_DOUBT = Lazy(r"\b(real|really|actually|correct|true|right|wrong|accurate|disputed|contested)\b")
_YES_NO = Lazy(r"^\W*(?:is|are|was|were|did|does|do|has|have|had)\b")
# a statement asked ("the su7 was unveiled in 2022?", "bjev is based in shanghai?"): no question word
# first, a verb in it
_ASKS_FIRST = (r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does"
               r"|do|has|have|had|will|would|can|could|should)\b")
_FINITE = (r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|isn't|aren't"
           r"|wasn't|weren't|hasn't|haven't|won't|didn't|doesn't|[a-z]{2,}ed)\b")
_EXACTLY = Lazy(r"\b(exact|exactly|precisely|precise)\b")  # a date or figure to the letter, not a name
_PER_YEAR = Lazy(r"\b(per|a|each|every) (year|yr|annum)\b|/\s?(?:year|yr|annum)\b"  # and "cars/yr"
                 r"|\bannual(ly|i[sz]ed)?\b|\byearly\b")
_DERIVED = Lazy(r"\b(average|implied|roughly|derived)\b"
                r"|\b(per|each|every) (of the )?(\w+ )?"
                r"(phases?|stages?|steps?|months?|days?|quarters?)\b")
_COMBINED = Lazy(r"\b(combined|both|altogether|all (?:the )?(?:phases|stages)|in all|all told)\b")
# Questions about what is planned, promised or expected, not what was done.
_FUTURE = Lazy(r"\b(will|would|could|might|going to|expected?|expects|estimat\w*|forecast\w*"
               r"|guidance|outlook|predict\w*|project(ed|ion)|plan(s|ned)?|target\w*|goal"
               r"|tipp(?:ed|ing))\b")  # "what were they tipping": predicting
# Words that only say what kind of answer is wanted ("the name of"), or mean no more than they say
_KIND_WORDS = {"name": frozenset(tokens("name called")), "date": frozenset(tokens("timing month weekday")),
               # "how far": a distance; "how big": a size
               "quantity": frozenset(tokens("far high heavy tall wide big large amount currency")),
               "who": frozenset(tokens("body bodies organisation organisations organization organizations"
                                       " authority person people")),
               # "which country is the biggest EV market"; "which part of Beijing does E-Town lie in"
               "place": frozenset(tokens("country nation lie lies lying sit sits sitting situated zone"))}
# Words a question for a place means as written, not with their synonyms: "which part of Beijing" (not
# a unit), "which district" (Daxing, not the city or the site: no district is a city)
_AS_WRITTEN = {"place": frozenset({"part", "district", "city"})}
# Whether a figure was reached: the figure aimed at is not the answer ("did sales reach 3 million")
_REACHED = Lazy(r"\b(reach\w*|hit|meet|met|beat\w*|exceed\w*|surpass\w*|top(ped)?|achiev\w*"
                r"|c(a|o)me true"
                # "were the nev sales in 2021 over 3 million" (not "over five years")
                r"|(?:over|above|beyond|past|pass|passe[sd]|more than|at least|under|below|less than"
                r"|fewer than)"
                r"(?=\s+(?:the\s+)?\$?(?:\d|one|two|three|four|five|ten)\b)"
                r"(?!\s+\S+\s+(?:years?|months?|weeks?|days?|decades?|phases?|stages?)\b))\b")
# a question of what was done or came to be ("did sales top three million", "was the estimate right")
_DONE_ASKED = Lazy(r"\W*(?:did|was|were|has|have|had|didn't|wasn't|weren't|hasn't|haven't)\b")
# and a statement asked, of a figure reached ("nev sales passed the 3 million they expected?", as a
# learner or a translation asks "did they pass")
_DONE_SAID = Lazy(r"^(?!\W*(?:what|which|who|whom|when|where|why|how|will|would|is|are|do|does|can|could)\b)"
                  r"[^?]*\b(?:reached|passed|topped|exceeded|surpassed|beat)\b")
_EXPECTED_TO = Lazy(r"\b(?:expected|forecast|predicted|projected|estimated|tipped|planned|supposed"
                    r"|meant|set|targeted|due) to\b")
# a target made or missed is one met or not ("did xiaomi make the 2024 target"), not cars made
_MADE_TARGET = Lazy(r"(?i)\b(?:ma(?:ke|kes|de|king)|miss(?:es|ed|ing)?)"
                    r"(?= (?:the |its |their |that |this )?(?:\d{4} )?(?:mass production |production )?"
                    r"(?:target|goal|deadline)s?\b)")
# a year set aside ("not 2023 but which year")
_NOT_YEAR = Lazy(r"\b(?:not|rather than|instead of)\s+(?:in\s+)?(?:19|20)\d\d\b")
# whether a forecast or figure was right ("was the 3 million estimate accurate"): what came of it
_WAS_RIGHT = (r"(?:(?:was|were)\b.*|(?:estimate|forecast|prediction|projection)s?\b.*?)"
              r"\b(?:right|correct|accurate|wrong|true)")  # and "3 million forecast accurate?"
_PROVED = Lazy(rf"\b{_WAS_RIGHT}\b")
_CARS = Lazy(r"\b(cars|vehicles|evs|nevs|units)\b")
_BUILD = Lazy(r"\bbuil(d|ds|t|ding)\b")
# cars built are cars made ("where is Xiaomi building cars"); a plant built is a plant built
_BUILDS_CARS = Lazy(r"\bbuil(?:d|ds|t|ding)"
                    r"(?= (?:(?:its|their|the|his|her) )?(?:cars|vehicles|evs|nevs)\b)", re.IGNORECASE)
_WHERE_WRITTEN = Lazy(r"\bwhere (do|does|did) (the |this )?(article|story|text|piece|report|source)\b"
                      r"|\bwhere(?:'s| is| are)(?: the)? (?:evidence|proof|source)"
                      r"|\bwhere (do|does|did) .*\bsource\b"  # "where did it come from": who said it
                      # "where did Xiaomi say it was on track": in what it said
                      r"|\bwhere (?:do|does|did|has|have) \S+(?: \S+)?"
                      r" (?:say|said|state|report|reveal|write)\b"
                      # "where did the $10 billion first appear": in what source, not a place
                      r"|\bwhere (?:do|does|did|has|have) .*\b(?:appear|appeared|originate|originated"
                      r"|surface|surfaced)\b")
_WHY = Lazy(r"\bwhy\b|\b(significan\w*|importan\w*)\b")
# a year's total asked for: a figure (not "all of" E-Town's industries, nor a "final" approval)
_TOTAL = Lazy(r"\b(full[- ]year|whole[- ]year|total)\b")
_FULL_YEAR = Lazy(r"\b(final|full[- ]year|whole year|total|all of|in all)\b")
_SAYING = Lazy(r"\b(set|gave|give|given|announc\w*|propos\w*|sa(y|ys|id)|told|stated?|estimated?"
               r"|reported|revealed?|quoted|published|predicted|forecast|promised|pledged|commit(s|ted)?"
               r"|issued"  # guidance issued
               r"|fix(?:ed|es)?"  # a goal fixed: set
               r"|according|confirm(s|ed)?"
               # who vouches for a claim, on whose word it stands, is who said it
               r"|vouch\w*|claim(s|ed)?|on whose \w+)\b")
_FORWARD = frozenset({"plan", "target", "pledge", "estimate"})
# A question in Chinese that asks yes or no ("小米汽车工厂在武汉吗"); the words of a factory ("is
# xiaomi's car plant in Shanghai": where it is)
_CHINESE_YES_NO = Lazy(r"[吗么][\W\s]*$")
_FACTORY_WORDS = frozenset(tokens("factory factories plant plants facility works gigafactory"))
# The place a question offers last ("is the plant located in Shanghai", "in Beijing or Shanghai",
# "in Chaoyang district")
_PLACE_KINDS = r"(?:\s+(?:district|city|province|county|area|zone|region))?"
_OFFERED = Lazy(rf"\b(?:in|or) ([^\W\d_]+){_PLACE_KINDS}\W*$")
_EITHER = Lazy(r"\bin (\S+) or ([\w-]+)\W*$")  # either place may be one it does not know


# "is the plant in Shanghai": a name (taken out), then the place offered; compiled when a question
# names only factories or places (and "is it true that the plant is in Shanghai")
@functools.cache
def _is_in() -> re.Pattern[str]:  # or said of it: "Xiaomi's car plant is in Shanghai"
    return re.compile(r"^\W*(?:(?:is it|it is|it's)\s+(?:true|accurate|correct|right|so)\s+that\s+)?"
                      r"(?:[^\W\d_]+\W+){0,3}?(?:is|are|was|were|isnt|isn't|arent|aren't|wasnt|wasn't"
                      r"|stays?|remains?|lies|sits)"
                      r"(?:\s+the)?\W+(?:[^\W\d_]+\W+){0,3}?"
                      r"(?:not\s+)?(?:(?:located|based|built|being built|going|going to be|to be|set to be"
                      r"|due to be)\s+)?"
                      rf"in ([^\W\d_]+){_PLACE_KINDS}\W*$")


# Words that ask about a name in general, not for one thing of it ("Tesla's plans", "the role of"),
# or say only how a thing was done ("is xiaomi officially a carmaker now": that the agreement was
# "officially signed" is not asked)
_VAGUE = frozenset(tokens("plan plans role part play plays strategy strategies ambition ambitions news update"
                          " updates move moves stance approach activity activities officially"))
# Weights, each measured on the evaluation set (bench/ask_eval.py):
NAME_WEIGHT = 0.5  # a claim about a name the question gives, matching none of its other words
NUM = 1.3  # a record that holds every number the question gives ("the first 11 months")
HEAD = 1.5  # the word a string of keywords is about ("xiaomi smartphone sales": sales)
NO_PHASE = 0.9  # a record that names no phase, when the question names one (not a figure per phase)
LATER_PHASE = 0.8  # a later phase's record, when the question names no phase
KEYWORDS_DATE = 0.85  # a date, for a string of keywords that asks no time ("xiaomi ev spending pledge")
KEYWORDS_FIGURE = 1.1  # a figure, for keywords that ask no kind of answer ("capacity", "growth")
MARKET_MISSED = 0.7  # a market the question names, which a record does not bear on: context only
DATED = 1.5  # a record of something done in the month or on the day a question names
OTHER_DATE = 0.6  # a record of something done in another month
DATE_ONLY = 3.0  # such a record, when it shares no word with the question ("what happened in July 2024")
CLAUSE = 0.4  # a word of a clause that says when, beside the question ("... when it signed the deal")
VAGUE = 0.3  # a word of _VAGUE beside others that say more ("xiaomi's plans for its car hq": the HQ)
ESTIMATE = 0.8  # an estimate, when a question asks no future ("nev sales 2021": what was sold first)
AIMED_AT = 0.5  # the figure a plan or estimate aims at, when whether it was reached is asked
OTHER_MONTH = 0.8  # a period that ends in a month the question does not name (Jan-Oct, for Jan-Nov)
BESIDES = 0.5  # what a question sets aside ("besides the plant": the plant's own claims)
RARE = 2  # records at most that speak of a word, for it to be what a question is about
WIDER = 0.7  # a claim about the country a named place lies in ("Beijing": what is said of China)
NARROWER = 0.9  # a kind of a thing the question does not ask for (a sales HQ, for "the HQ")
WHOLE = 1.2  # a whole year's figure when a year is named alone ("sold in 2021")
CLOSE_FIGURE = 1.3  # a figure within a tenth to ten times one the question gives (misremembered)
SIZE = 1.3  # what a record calls a size, for how big a thing is ("how big is the plant")
NOT_PERCENT = 0.35  # a figure of another unit, where a percentage is asked for
SAID_BY = 2.0  # what a name the question gives said, when it asks what was said ("what did Lei Jun say")
_HOW_BIG = Lazy(r"\bhow (big|large)\b")
_HOW_BIG_IS = Lazy(r"\bhow (?:big|large) (?:is|was|are|were) (.+?)"
                   r"(?:\s+(?:in|of|on|for|at|by|compared)\b|\W*$)")
_TIME_WORDS = Lazy(r"\b(years?|months?|days?|dates?|time|timing|timeline)\b")  # it asks when
# A question in the past tense: what was, not what is planned.
_PAST = Lazy(r"\b(did|was|were|had)\b")
# Words after which a phrase qualifies the one before ("workforce on the car project").
_LINK = Lazy(r"\b(?:of|on|for|in|at|about|over|per|from|by|with|behind)\b")
# Words that measure what follows rather than name it ("size of the investment").
_MEASURES = frozenset(tokens("size amount number total level value figure date time count year month day"))
_SIZES = frozenset(tokens("size amount number count total level"))  # how much of a thing, not what
_MEASURE_OF = Lazy(r"\b(size|amount|level|value|figure|count)\s+of\b", re.IGNORECASE)  # it asks no more
# Nor is a string of keywords about a word that names any firm or field ("robot makers"): the word
# before it says which.
_KINDS_OF_THING = frozenset(tokens("maker makers manufacturer manufacturers company companies firm firms"
                                   " industry industries sector sectors business businesses"))
# What is claimed or confirmed of a name is what is said of it ("what claim is made about Xpeng", "does
# the article confirm Beijing Benz is in E-Town"); of none, the words may be what is asked ("which
# claims in the article are wrong")
_CLAIMING = frozenset(tokens("claim claims claimed confirm confirms confirmed"))
# Words that only colour a question ("is it really", "only"): they match nothing.
_DISCOURSE = frozenset(tokens("exactly currently still already also just even only else"
                              " if but nor though although whereas unless not than"
                              # and what asks where a claim comes from, not what it is about
                              " source sources sourced vouch vouched vouches anyone"
                              " anybody someone somebody"
                              # and the shorthand of a chat ("qq", "iirc", "btw", "rn": right now)
                              " qq iirc afaik afaict fyi btw tho rn lmk imo imho tbh ngl fwiw ty thx"
                              # and a young person's ("fr": for real, "no cap", "lowkey")
                              " fr frfr lol lmao lmfao bruh bestie lowkey highkey fam deadass istg smh"
                              # and an Australian's "mate", and "too", which only adds
                              " mate too"))
# What the article calls a thing is how it describes it ("what term does the piece use for Tesla"):
# compiled when a question names the article or its writer.
_WRITERS = ("article", "piece", "story", "text", "report", "author", "writer", "journalist")


@functools.cache
def _calls() -> re.Pattern[str]:
    writer = rf"(?:(?:the |this )?(?:{'|'.join(_WRITERS)})|it)"  # "what does it call Tesla"
    return re.compile(rf"\bwhat (?:does|do|did) {writer} (?:call|label|term|dub)\b"
                      rf"|\bwhat (?:term|label|word|words|epithet|phrase|title)s? (?:does|do|did) {writer}"
                      r" (?:use|give|apply|pick|choose)(?: (?:for|to|on))?\b"
                      rf"|\bcalled (?:what )?(?:in|by) {writer}"  # "tesla is called what in the story"
                      rf"|\b{writer} (?:calls|labels|terms|dubs)\b"  # "the article calls tesla what"
                      rf"|\bhow (?:does|do|did) {writer} (?:introduce|present|refer to)\b",  # "how does the
                      # article introduce xiaomi": how it describes it
                      re.IGNORECASE)


# where in the article a thing is said ("what does it call Xiaomi at the start"): not a start of work
_IN_THE_TEXT = Lazy(r"\b(?:at|in) (?:the|its) (?:very )?(?:(?:first|opening|lead|lede) (?:line|sentence"
                    r"|paragraph|words)|start|beginning|outset|top|opening)"
                    r"(?: of (?:the |this |its )?(?:article|piece|story|text|report))?\b",
                    re.IGNORECASE)


# "How did Xiaomi describe it": words, not a figure or a date.
_DESCRIBE = Lazy(r"\b(describ\w*|characteri[sz]\w*|portray\w*|depict\w*|summar(?:y|i[sz]\w*))\b")
# what someone said of a thing is what was said, in words ("what did xiaomi say about registering")
_SAID_OF = Lazy(r"\bwhat (?:did|does|do|has|have|would) (?:[\w'-]+ ){1,3}(?:say|said) (?:about|of|on|when)\b")
# What defines a name, when a question gives only the name ("tell me about E-Town"), or the name
# and words that ask what it is ("Xiaomi's core business", "why is E-Town important")
_DEFINING = frozenset({"description", "role", "chief-executive"})
_DEFINES = frozenset(tokens("known famous core business role position importance important significance"
                            " significant summary overview profile line best main matter matters make"
                            " makes making mainly chiefly primarily mostly function functions status"))
# What makes a question a question rather than a string of keywords.
_ASKING = Lazy(r"\b(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|will"
               r"|can|could|has|have)\b|\?")
# Endings that make a noun of a verb or an adjective: what is left is the word's root.
_DERIVATION = Lazy(r"(ation|ition|sion|tion|ment|ness|ity|ance|ence)$")
_YEAR = Lazy(r"\b(19|20)\d\d\b")
_EARLIEST, _LATEST = 1990, 2040  # the years a bound reaches back or forward to
# a year that bounds what is asked, not the year asked ("registered before 2022", a search engine's
# "after:2021"): before it, after it or since it
_YEAR_BOUND = Lazy(r"\b(before|prior to|earlier than|after|later than|since)(:|\s+)((?:19|20)\d\d)\b"
                   r"(?![-/.]\d)")
_BASE_YEAR = Lazy(r"\b(?:compared (?:with|to)|than(?: in)?|versus|vs\.?|relative to|against)\s+"
                  r"(?:(?:the )?same (?:period|time|months) (?:of|in) )?(?:19|20)\d\d\b", re.IGNORECASE)
_MONTHS = english.MONTHS
_MONTH_NAMES = "|".join(m for name in _MONTHS for m in (name, name[:3])) + "|sept"  # and short forms
_MONTH = Lazy(rf"\b({_MONTH_NAMES})\b")
_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(_MONTHS, 1)}  # by the first letters
# A month of a year, or a day of it, as a question gives it: "July 2024", "27 November 2021",
# "Nov 27, 2021", "11/2021", "2021-11-27"
_MONTH_OF_YEAR = Lazy(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({_MONTH_NAMES})\.?\s+"
                      r"(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b")
_NUMERIC_DATE = Lazy(r"(?<![\d./-])\b(\d{1,2})[/.]((?:19|20)\d\d)\b"  # not a day's month ("03/04/2024")
                     r"|\b((?:19|20)\d\d)([-/.])(\d\d?)(?:\4(\d\d?))?\b")  # "2021-11-27", "2021/11/27"
# A day or a month given to say which thing is meant, not what is asked of it: "who signed the
# 27.11.2021 agreement", "research hq per the 2021-11-27 statement", "the September 2021 registration",
# "(as of 11/2021)"; and a thing's figure so given: "the 300,000-car plant", "the 300k/yr plant"
_A_DAY_OR_MONTH = (r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?"
                   r"|\d{1,2}[./](?:19|20)\d\d|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                   rf"(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d)")
_NAMING_DATE = (rf"(?i)\b(the|per(?: the)?|of the|in the|from the|on the|at the)\s+{_A_DAY_OR_MONTH}"
                r"(?:'s)?\s+(?=[a-z])|\s*\(?\bas of\s+" + _A_DAY_OR_MONTH + r"\)?")
_ASKS_OF_IT = r"(?i)\b(?:who|whom|whose|which|where|what|when)\b"
_NAMING_FIGURE = (r"(?i)\bthe\s+\d[\d.,]*\s*(?:k|thousand)?\s*(?:-\s*(?:cars?|units?|vehicles?|evs?)"
                  r"(?:[-\s]+(?:a|per)[-\s]+year)?|/\s*(?:yr|year|annum))[-\s]+(?=[a-z])")
# A day in figures, either way round: "28.12.2023", "27/11/2021", "11/27/2021", "8/23/23"
_NUMERIC_DAY = Lazy(r"\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)\b(?![./-]\d)")
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "lakh": 1e5,
           "crore": 1e7,  # as Indian English counts
           "mn": 1e6, "mln": 1e6, "mio": 1e6, "bln": 1e9, "mrd": 1e9, "mld": 1e9, "tsd": 1e3, "thsd": 1e3}
# as other places shorten them ("2,54 Mio.", "USD 10 bln", "10 Mrd.", "300 Tsd.")
_SCALE_NAMES = {"k": "thousand", "tsd": "thousand", "thsd": "thousand", "m": "million", "mn": "million",
                "mln": "million", "mio": "million", "bn": "billion", "bln": "billion", "mrd": "billion",
                "mld": "billion"}
_SCALE_WORD = "|".join(_SCALES)
_SCALED = Lazy(rf"\b(\d+(?:\.\d+)?)\s*({_SCALE_WORD})\b\.?", re.IGNORECASE)
# figures as other places write them: a decimal comma before a scale or a percentage ("2,54 Mio.",
# "24,5%"), thousands set apart by points ("300.000", "3.000.000"; not "3.521 million"), a power of ten
_DECIMAL_COMMA = rf"(?i)(?<![\d,.])(\d+),(\d{{1,2}})(?=\s*(?:%|(?:percent|pct|{_SCALE_WORD})\b))"
_POINTED_THOUSANDS = rf"(?i)(?<![\d.,])[1-9]\d{{0,2}}(?:\.\d{{3}})+(?![\d]|\.\d)(?!\s*(?:{_SCALE_WORD})\b)"
# months of a year in figures ("NEV sales 1-10/2021", "1-11M 2021"): January to October 2021
_MONTHS_IN_FIGURES = (r"(?i)\b(1[0-2]|0?[1-9])\s*[-\u2013~]\s*(1[0-2]|0?[1-9])\s*(?:/\s*|m\s+)"
                      r"((?:19|20)\d\d)\b")
_POWER_OF_TEN = r"(?i)\b(\d+(?:\.\d+)?)e(\d{1,2})\b"
_DOLLAR_BILLIONS = Lazy(r"\$\s?(\d+(?:\.\d+)?)b\b", re.IGNORECASE)  # "$10b": ten billion dollars
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "hundred", "lakh", "crore"})


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_BIG = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_BIG, *(w + "th" for w in _BIG)])
_NUMBER_WORDS = frozenset(_NUMBER_WORD.split("|"))


@functools.cache
def _spelt_number() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)


# "a year before 2021" (or "the year before") is 2020; "two years after 2021", 2023 (numbers spelt
# out are digits by then)
_YEARS_FROM = Lazy(r"\b(a|one|the|\d)\s+years?\s+(before|after|prior to|earlier than|later than)"
                   r"\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _years_from(match: re.Match[str]) -> str:
    count = 1 if match.group(1).casefold() in ("a", "one", "the") else int(match.group(1))
    later = match.group(2).casefold() in ("after", "later than")
    return str(int(match.group(3)) + (count if later else -count))


def _spelt_in_digits(text: str) -> str:
    """Numbers spelt out in words, in digits ("eleven months": "11 months")."""
    if _NUMBER_WORDS.isdisjoint(_ASCII_WORD.findall(text.casefold())):
        return text
    return _spelt_number().sub(_in_digits, text)


# "What is the factory for?" asks its purpose.
_WHAT_FOR = Lazy(r"\bwhat(?:'s|s)?\b.*\bfor\W*$", re.IGNORECASE)
# "What is E-Town for?": of a place, its role (by its name: _place_names)
_WHAT_IS_FOR = Lazy(r"^\W*what(?:'s|s|\s+is|\s+was)?\s+(?:the\s+)?(.+?)(?:\s+is)?\s+for\W*$")
# "What will the factory make?" asks what it makes: of a factory, its output.
_WHAT_MADE = Lazy(r"^\W*what\b.*\b(?:make|makes|produce|produces|manufacture|manufactures|turn out"
                  r"|turns out)\W*$", re.IGNORECASE)
_WHAT_SOLD = Lazy(r"^\W*what (?:does|do|did)\b.*\bsells?\W*$", re.IGNORECASE)
_SELLS = Lazy(r"\bsells?\b", re.IGNORECASE)
# Words a question quotes ("is 'Reijun' a real person"): the claim whose quote has them.
_OPENING, _CLOSING = "\"'\u201c\u2018\u300c\u300e", "\"'\u201d\u2019\u300d\u300f"  # "", '', curly, 「」『』
# (an apostrophe within a word is no quotation mark: "my country's Nio")
_QUOTED = Lazy(rf"(?<![A-Za-z0-9])[{_OPENING}]"
               rf"((?:[^{_OPENING}{_CLOSING}]|(?<=[A-Za-z])['\u2019](?=[A-Za-z])){{2,80}}?)"
               rf"[{_CLOSING}](?![A-Za-z0-9])")
QUOTED = 2.0
MAX_QUESTION = 4000  # characters read of a question (200 words at most in any case)
_SPACES = Lazy(r"[^\S\r\n]{2,}")  # spaces and tabs, not the ends of lines
# Thousands set apart by spaces, as many write them: "10 000th", "300 000"
# a firm's listing given beside its name ("xiaomi (HKEX: 1810)", "nio (NYSE: NIO)"): no part of a question
_LISTED_AS = r"(?i)\s*\((?:nyse|nasdaq|hkex|sehk|sse|szse)\s*:\s*[\w.]{1,9}\)"
_DOTTED = Lazy(r"\b(?:[A-Za-z]\.){2,}")  # a short form spelt with dots ("U.S.": US)
# not "what percentage of"; how much a thing grew is by what percentage (not from one month to
# another: by how many)
_PERCENT_ASKED = Lazy(r"\b(?:percent|percentage)\b(?!\s+of\b)"
                      r"|\bhow much (?:did|has|have|had|does|do|will|would)\b(?!.*\bfrom\b).*"
                      r"\b(?:grow|grew|grown|rise|rose|risen|increase|increased|jump|jumped|climb|climbed)\b")
_BARE_PERCENT = Lazy(r"(?<![\d\s])%|(?<=[\s(])%")  # a sign that follows no figure
_SPACED_THOUSANDS = Lazy(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=th\b|\b)")
_ROMAN_PHASE = Lazy(r"\b(phases?|stages?)\s+(i{1,3})\b", re.IGNORECASE)


def _asks_percent(question: str) -> bool:
    """Whether a question asks for a percentage ("percent rise", "growth (%)"; not "percentage of")."""
    question = _BARE_PERCENT.sub(" percent ", question).casefold()
    return bool(_PERCENT_ASKED.search(question.replace("per cent", "percent")))


def _in_percent(record: Claim | FollowUp | Figure) -> bool:
    """Whether a record's value is a percentage."""
    return record.value is not None and record.value.type == "quantity" and record.value.unit == "percent"


def _arabic_phases(text: str) -> str:
    """'phase II' as 'phase 2'."""
    return _ROMAN_PHASE.sub(lambda m: f"{m.group(1)} {len(m.group(2))}", text)


# what is set aside whole, of several words ("besides IT": information technology, not "information")
_SET_ASIDE_WHOLE = ("information technology", "new energy vehicles", "new energy vehicle",
                    "intelligent manufacturing", "smart manufacturing")
# What a question sets aside ("besides the plant"): compiled when a question holds one of these words.
_SETS_ASIDE = ("besides", "apart from", "aside from", "other than", "except", "in addition to", "rather than",
               "instead of")


@functools.cache
def _besides() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_SETS_ASIDE)})(?: for)?\s+(?:the\s+|its\s+|their\s+)?[\w-]+",
                      re.IGNORECASE)


def _set_aside(ds: Dataset, question: str) -> tuple[str, str]:
    """What a question sets aside (a word, or a name of several: "apart from Beijing Benz"), and the
    question without it."""
    names = [n.casefold() for e in ds.entities.values() for n in entity_names(e) if " " in n] + list(
        _SET_ASIDE_WHOLE)
    spans = []
    for match in _besides().finditer(question):
        word = match.end() - len(match.group().split()[-1])
        following = question[word:].casefold()
        spans.append((match.start(), max(match.end(), word + max(
            (len(n) for n in names if following.startswith(n)), default=0))))
    kept = question
    for start, end in reversed(spans):
        kept = f"{kept[:start]} {kept[end:]}"
    return " ".join(question[start:end] for start, end in spans), kept


# What was done in a year ("what happened in 2022", "xiaomi news during 2024"): the year, as a date
_EVENTS = Lazy(r"\b(?:happen\w*|events?|news|went on|took place|occurr?\w*|did \S+ do"
               # "what did Xiaomi buy in June 2025": what was done then
               r"|what did \S+ (?:buy|sign|announce|launch|build|win|unveil|start|begin|complete|finish"
               r"|reveal|open|acquire|purchase))\b")
_IN_YEAR = Lazy(r"\b(?:in|during|throughout)\s+(?:(early|late|mid|h[12]|the (?:first|second) half of"
                r"|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?)"
                r"[\s-]+)?((?:19|20)\d\d)\b")  # "in 2022", "in late 2023", "in spring 2022"
# the months of a part of a year (a season as the northern half of the world has it, Beijing's)
_YEAR_PARTS = {"early": range(1, 5), "mid": range(4, 10), "late": range(9, 13), "h1": range(1, 7),
               "h2": range(7, 13), "the first half of": range(1, 7), "the second half of": range(7, 13),
               "spring": range(3, 6), "summer": range(6, 9), "autumn": range(9, 12), "fall": range(9, 12),
               "winter": (1, 2, 12)}


def _outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """The text changed where it is not quoted."""
    parts, at = [], 0
    for quote in _QUOTED.finditer(text):
        parts += [change(text[at:quote.start()]), quote.group()]
        at = quote.end()
    return "".join([*parts, change(text[at:])])


def _quotes(record: Claim | FollowUp | Figure, quoted: list[str]) -> bool:
    """Whether a claim's quote holds words a question quotes from the article."""
    return bool(quoted) and isinstance(record, Claim) and any(w in _plain(record.quote) for w in quoted)


def _plain(text: str) -> str:
    """Text in lower case with straight apostrophes, as typed (a curly one is a straight one)."""
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'")


def _dates_and_words(lowered: str) -> tuple[set[str], set[str]]:
    """The months or days a question names, as ISO prefixes ("2021-11", "2021-11-27"), and the search
    terms it names them with."""
    named: set[str] = set()
    words: set[str] = set()
    for m in _MONTH_OF_YEAR.finditer(lowered):
        day, month, day_after, year = m.groups()
        prefix = f"{year}-{_MONTH_NUMBER[month[:3]]:02d}"
        day = day or day_after
        named.add(f"{prefix}-{int(day):02d}" if day and 1 <= int(day) <= 31 else prefix)
        words.update(tokens(m.group()))
    for m in _NUMERIC_DATE.finditer(lowered):
        month, year, iso_year, _, iso_month, iso_day = m.groups()
        if month and 1 <= int(month) <= 12:
            named.add(f"{year}-{int(month):02d}")
        elif iso_year and 1 <= int(iso_month) <= 12:
            named.add(f"{iso_year}-{int(iso_month):02d}" + (f"-{int(iso_day):02d}" if iso_day else ""))
        words.update(tokens(m.group()))
    for m in _NUMERIC_DAY.finditer(lowered):
        first, _, second, year = m.groups()
        year = _in_full(year)  # "8/23/23"
        # day first or month first, as the figures allow ("03/04/2024" may be either)
        for day, month in {(int(first), int(second)), (int(second), int(first))}:
            if 1 <= day <= 31 and 1 <= month <= 12:
                named.add(f"{year}-{month:02d}-{day:02d}")
        words.update(tokens(m.group()))
    if not named and _EVENTS.search(lowered):  # "what happened in 2022": that year, for what was done
        for m in _IN_YEAR.finditer(lowered):  # not a thing of that year ("in the 2021 pledge")
            part, year = m.groups()
            part = part if part in _YEAR_PARTS else re.sub(r"^the |\s+of$", "", part or "")  # "the spring of"
            named.update([f"{year}-{month:02d}" for month in _YEAR_PARTS[part]] if part else [year])
            words.update([year, *tokens(part or "")])
        bounds = _year_bounds(lowered)
        if bounds:  # "what happened after 2023": the years after it, as far as any record goes
            named.update(str(y) for y in range(_EARLIEST, _LATEST + 1) if _in_bounds({y}, bounds))
    return named, words


# "the latest news", "the earliest follow-up": what happened last or first; "which happened later: the
# approval or the unveiling": the later of the two
_LAST = (r"\b(?:(latest|most recent|newest|earliest|oldest)\s+(?:\w+\s+){0,3}?|(first|last)\s+)"
         r"(events?|news|updates?|developments?|follow-?ups?|happenings?|milestones?)\b")
_WHICH_FIRST = Lazy(r"\b(?:which|what)(?:'s| one| event| thing)?"
                    r"(?: happened| came| occurred| took place| was| is| comes)?"
                    r"\s*(first|earlier|sooner|later|last|second|newer|older)\b")
_LATER = ("later", "last", "second", "newer")
_ORDER_WORDS = ("latest", "recent", "newest", "earliest", "oldest", "first", "last")
_EVENT_WORDS = frozenset(tokens("event events news update updates development developments follow up followup"
                                " followups happening happenings milestone milestones dataset article story"))


def _in_order(answers: list[Answer], records: list[Claim | FollowUp | Figure], lowered: str,
              content: list[str]) -> list[Answer]:
    """The answers to a question that asks what happened first or last, in the order of their dates:
    of all the dated records, or the follow-ups ("the earliest follow-up"), when it names nothing
    else; of those it matches when it does ("the latest nev sales figure")."""
    last, which = re.search(_LAST, lowered) if any(w in lowered for w in _ORDER_WORDS) else None, (
        _WHICH_FIRST.search(lowered) if " or " in lowered else None)
    # the two sides named after the question ("which came first: A or B") or before it ("A or B:
    # which was earlier")
    sides = "" if which is None else lowered[which.end():] if " or " in lowered[which.end():] \
        else lowered[:which.start()]
    which = which if " or " in sides else None
    pair = None
    if which and len(answers) >= 2:  # "which happened later: A or B": the one each side names best,
        pair = _either(answers, sides)  # else the two it matches best
        if pair is None and all(_on_dates(a.record) for a in answers[:2]):
            pair = answers[0], answers[1]
    if pair is not None and which is not None:
        one, other = sorted(pair, key=lambda a: max(_on_dates(a.record)),
                            reverse=which.group(1) in _LATER)
        return [Answer(one.record, answers[0].score, one.matched, dated=True),
                Answer(other.record, answers[1].score, other.matched),
                *(a for a in answers if a.record is not one.record and a.record is not other.record)]
    if not last:
        return answers
    order = last.group(1) or last.group(2)  # "first" and "last" only just before what happened
    latest = order not in ("earliest", "first", "oldest")
    topic = [t for t in content if t not in _EVENT_WORDS and t not in GENERIC_WORDS
             and t not in tokens(order)]
    if topic:  # of those that match all it names
        dated = [a for a in answers if _on_dates(a.record)
                 and all(_SYNONYMS.get(t, {t}) & set(a.matched) for t in topic)]
    else:  # what happened last of all, or of the follow-ups
        scored = {id(a.record): a for a in answers}
        dated = [scored.get(id(r)) or Answer(r, 0.0, ()) for r in records if _on_dates(r) and (
            isinstance(r, FollowUp) or "follow" not in last.group(3))]
    if not dated:
        return answers
    dated.sort(key=lambda a: max(_on_dates(a.record)) if latest else min(_on_dates(a.record)), reverse=latest)
    top = max(a.score for a in answers) if answers else 1.0
    first = Answer(dated[0].record, top * 1.01, dated[0].matched or tuple(tokens(last.group(3))[:1]),
                   dated=True)
    return [first, *(a for a in answers if a.record is not first.record)]


# "where exactly in Beijing is the plant" ("在北京哪里" is read so): a place within the one named
_WHERE_IN = Lazy(r"\bwhere\b.*?\bin (?:the )?(?:city of )?([a-z][\w-]*(?: [a-z][\w-]*)?)"
                 r"|\bin (?:the )?(?:city of )?([a-z][\w-]*(?: [a-z][\w-]*)?) where\b")


def _places_within(ds: Dataset, lowered: str) -> set[str]:
    """The places a question asks where in ("where exactly in Beijing is the plant": Beijing)."""
    found = _WHERE_IN.search(lowered)
    if not found:
        return set()
    return {e for e in _entity_mentions(ds, next(g for g in found.groups() if g))[0]
            if ds.entities[e].type == "place"}


def _gives_place(ds: Dataset, record: Claim | FollowUp | Figure, places: set[str] | None = None) -> bool:
    """Whether a record's value is a place (not a firm or a person), or one of `places`."""
    value = record.value if isinstance(record, Claim) else None
    return value is not None and value.type == "entity" and value.entity in ds.entities \
        and ds.entities[value.entity].type == "place" and (places is None or value.entity in places)


def _within(ds: Dataset, answers: list[Answer], lowered: str) -> list[Answer]:
    """Of a question for where in a place something is, not the claim that it is in that place:
    the best answer that names another place comes first, with the best score."""
    named = _places_within(ds, lowered)
    if not named or not _gives_place(ds, answers[0].record, named):
        return answers
    other = next((a for a in answers[1:3]
                  if not _gives_place(ds, a.record, named) and _gives_place(ds, a.record)), None)
    if other is None:
        return answers
    return [Answer(other.record, answers[0].score, other.matched), *(a for a in answers if a is not other)]


def _either(answers: list[Answer], sides: str) -> tuple[Answer, Answer] | None:
    """Of "the pledge or the registration", the dated answer that matches most of each side's
    words (the best ranked of those that match as many), when the two are not the same."""
    chosen = []
    for side in sides.split(" or ", 1):
        words = {w for t in tokens(side) if t not in GENERIC_WORDS and t not in QUESTION_WORDS
                 for w in _SYNONYMS.get(t, {t})}
        shared = [(len(words & set(a.matched)), -i) for i, a in enumerate(answers) if _on_dates(a.record)]
        best = max(shared, default=(0, 0))
        if best[0] == 0:
            return None
        chosen.append(answers[-best[1]])
    return (chosen[0], chosen[1]) if len(chosen) == 2 and chosen[0] is not chosen[1] else None


def _on_dates(record: Claim | FollowUp | Figure) -> set[str]:
    """The days or months a record says something happened on: its date's value, a follow-up's date."""
    if isinstance(record, FollowUp):
        return {record.date.date}
    if isinstance(record, Claim) and record.value.type == "date":
        return {record.value.date}
    return set()


def _in_full(year: str) -> str:
    """A year of two figures in four ("24": "2024")."""
    return year if len(year) == 4 else f"20{year}"


def _in_digits(match: re.Match[str]) -> str:
    """'ten thousandth' as '10000th', 'three hundred thousand' as '300 thousand', 'twenty-five' as
    '25'; single words ('eleven', 'third') are left to the search terms."""
    words = [w for w in re.split(r"[\s-]+", match.group().casefold()) if w != "and"]
    ordinal = words[-1].removesuffix("th") in _BIG and words[-1].endswith("th")
    words = [w.removesuffix("th") if w.removesuffix("th") in _BIG else w for w in words]
    if words[0] in ("nineteen", "twenty") and len(words) in (2, 3) and words[1] in _TENS and (
            len(words) == 2 or words[2] in _UNITS[1:10]):  # a year said in two ("twenty twenty one")
        century = 1900 if words[0] == "nineteen" else 2000
        return str(century + _TENS[words[1]] + (_UNITS.index(words[2]) if words[2:] else 0))
    if not any(w in _TENS or w in _BIG for w in words) or (len(words) == 1 and words[0] in _BIG):
        return match.group()
    total = current = 0
    last = 10**12  # scales only fall ("two million three thousand"); "thousand thousand" is no number
    for word in words:
        if word == "hundred" and current < 100:
            current = max(current, 1) * 100
        elif word in _BIG and word != "hundred" and _BIG[word] < last:
            total, current, last = total + max(current, 1) * _BIG[word], 0, _BIG[word]
        elif word in _TENS and current % 100 == 0:
            current += _TENS[word]
        elif word in _UNITS and current % 10 == 0 and (_UNITS.index(word) < 10 or current % 100 == 0):
            current += _UNITS.index(word)
        else:  # "ten and twenty", "phase one two": not one number
            return match.group()
    number = total + current
    final = words[-1]
    if not ordinal and final in _BIG and final != "hundred":  # left for _SCALED: "3 million"
        return f"{number // _BIG[final]} {final}"
    return f"{number}th" if ordinal else str(number)


def _in_base_units(match: re.Match[str]) -> str:
    """'2.54 million' also as '2540000', the way values are stored."""
    scale = match.group(2).casefold()
    amount = float(match.group(1)) * _SCALES[scale]
    word = _SCALE_NAMES.get(scale, scale)
    return f"{match.group(1)} {word} {amount:.0f}"


_AFTER = Lazy(r"\b(met|actual|actually|really|final|did .* (hit|reach|meet|beat|happen)|happened"
              r"|finally|eventually|ultimately|in the end"
              r"|first car|deliver\w*|beat|finished|completed|launch\w*|price|achieved|fulfill?ed"
              r"|accomplished|(was|were|has|have|been)\b.*\b(reached|hit|kept)|beaten|exceed\w*"
              r"|surpass\w*|outperform\w*|topped|turn(s|ed)? out"
              rf"|{_WAS_RIGHT}"  # was a forecast right
              r"|c(a|o)me true|as (promised|planned|pledged|targeted)"
              r"|later (events?|on|reports?|reporting)|since then|afterwards|what happened next)\b")


@dataclass(frozen=True)
class Answer:
    """A ranked candidate: a claim, a follow-up or a derived figure, with its score."""

    record: Claim | FollowUp | Figure
    score: float
    matched: tuple[str, ...]
    # put first by the dates of what the question asks to set in order ("which came first, the
    # pledge or the registration", "how long after the pledge", "the latest news"): words alone
    # cannot say which of two events is the earlier, so the learned model leaves it first
    dated: bool = False

    @property
    def id(self) -> str:
        """The candidate's id."""
        return self.record.definition.id if isinstance(self.record, Figure) else self.record.id

    @property
    def layer(self) -> str:
        """Where it comes from: the article, later reporting, or a computation."""
        return {Claim: "article", FollowUp: "follow-up", Figure: "derived"}[type(self.record)]


# a firm's possessive before the word of a name of its that follows ("xiaomi's plant", "xiaomi's ev
# factory": the Xiaomi plant, as its aliases have it)
_OWNED_NAME = Lazy(r"(?<=\bxiaomi)['\u2019]s (?=(?:ev |car |auto )?(?:plant|factory)\b)")


def _entity_mentions(ds: Dataset, question: str) -> tuple[set[str], str]:
    """The entities a question names (longest names first), and the question without them."""
    names = sorted(((n, e.id) for e in ds.entities.values() for n in entity_names(e) if len(n) > 1),
                   key=lambda pair: -len(pair[0]))
    rest = question.casefold()
    found: set[str] = set()
    if "'s " in rest or "\u2019s " in rest:  # "xiaomi's plant" is the Xiaomi plant
        rest = _OWNED_NAME.sub(" ", rest)
    joined, dehyphened = rest.replace("-", " "), rest.replace("-", "")  # "e town" is E-Town
    for name, entity_id in names:
        folded = name.casefold()
        # most names are not there: no pattern to compile ("etown" is E-Town too)
        unhyphened = folded.replace("-", "")
        # and a name typed with a hyphen it does not have ("X-Peng")
        split = folded in dehyphened and unhyphened == folded and folded not in rest and folded.isalpha()
        if folded.replace("-", " ") not in joined and (unhyphened == folded or unhyphened not in rest) \
                and not split:
            continue
        # a person's name with its possessive typed without the apostrophe ("lei juns target")
        owner = "s?" if ds.entities[entity_id].type == "person" else ""
        spelt = "-?".join(map(re.escape, folded)) if split else re.escape(folded)
        pattern = spelt if not folded.isascii() else rf"\b{spelt}{owner}\b"
        pattern = pattern.replace(r"\-", r"[-\s]?")
        if re.search(pattern, rest):
            found.add(entity_id)
            rest = re.sub(pattern, " ", rest)
            joined, dehyphened = rest.replace("-", " "), rest.replace("-", "")
    return found, rest


NAME_CLOSE = 0.8  # how alike two words typed must be to a name of two words for it to be that name


def _names_put_right(ds: Dataset, question: str, index: Index) -> str:
    """The question with a name of two words misspelt put right ("lei jung" is Lei Jun, "beijing bnz"
    Beijing Benz): two words typed, one of them no word of the dataset's, as alike as NAME_CLOSE
    to the name."""
    words = list(re.finditer(r"[A-Za-z]+", question))
    if len(words) < 2 or all(stem(w.group().casefold()) in index.idf for w in words):
        return question
    names = {n.casefold() for e in ds.entities.values() for n in entity_names(e)
             if n.isascii() and len(n.split()) == 2 and n.replace(" ", "").isalpha()}
    name_words = {w for n in names for w in n.split()}
    put_right = len(question)  # where the last name put right begins: pairs before it only
    for first, second in reversed(list(itertools.pairwise(words))):
        typed = f"{first.group()} {second.group()}".casefold()
        if second.end() > put_right or typed in names or question[first.end():second.start()] != " " \
                or not name_words & set(typed.split()) or all(
                    stem(w.group().casefold()) in index.idf for w in (first, second)):
            continue  # one of the two words must be a name's as typed
        # one word as the name's, the other a letter off it ("xiaomi earn" is no "Xiaomi EV")
        close = [n for n in difflib.get_close_matches(typed, names, n=3, cutoff=NAME_CLOSE)
                 if sorted(_edits(t, w) for t, w in zip(typed.split(), n.split(), strict=True)) == [0, 1]]
        if close:
            question = question[:first.start()] + close[0] + question[second.end():]
            put_right = first.start()
    return question


def _subjects(ds: Dataset, record: Claim | FollowUp | Figure) -> set[str]:
    """What a claim is about; for a figure, what the claims it is worked out from are about."""
    if isinstance(record, Claim):
        return {record.subject}
    if isinstance(record, Figure):
        return {c.subject for ref in record.definition.inputs.values() if (c := ds.claim(ref)) is not None}
    return set()


def _persons(relations: Relations, record: Claim | FollowUp | Figure, mentioned: set[str]) -> bool:
    """Whether a claim is what a person named is, or aims at ("Lei Jun's target": the year, not
    when he set it)."""
    return isinstance(record, Claim) and any(relations.type_of(m) == "person" and (
        (record.value.type == "entity" and record.value.entity == m)
        or (record.modality in _FORWARD and record.attribution.by == m)) for m in mentioned)


def _record_text(ds: Dataset, record: Claim | FollowUp | Figure) -> str:
    return " ".join(text for text, _ in record_fields(ds, record))


# Words that ask for a kind of place ("which city"), and the words a question that checks opens with
_PLACE_WORDS = frozenset(stem(w) for w in ("city", "district", "town", "place", "area", "part", "location",
                                             "located", "region", "zone", "province", "country"))
_CHECKS = Lazy(r"\W*(?:is|are|was|were|did|does|do|has|have|had)(?:n'?t)?\b")  # "is 300,000 phase 1's"


class Relations:
    """Whether a record bears on an entity a question names.

    Claims link entities (the plant -> its operator Xiaomi EV -> its parent Xiaomi). A place
    named in a question ("the Beijing plant") is related to a record that reaches it through any
    link; an organisation or person ("Tesla's CEO") only through links between organisations and
    facilities, so that a shared place (China) does not tie Tesla to Xiaomi's claims.
    """

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.all: dict[str, set[str]] = {}
        self.close: dict[str, set[str]] = {}
        self.derived: dict[int, set[str]] = {}  # a follow-up's or figure's entities, by the record
        self.within = {each.id: set(each.located_in) for each in ds.entities.values()}
        for each in ds.entities.values():  # the places it lies in: E-Town -> Beijing -> China
            self.all.setdefault(each.id, set()).update(each.located_in)
        for claim in ds.claims:
            if claim.value.type == "entity":
                target = claim.value.entity
                self.all.setdefault(claim.subject, set()).add(target)
                entity = ds.entities.get(target)
                if entity is not None and entity.type != "place":
                    self.close.setdefault(claim.subject, set()).add(target)

    @staticmethod
    def _reach(edges: dict[str, set[str]], start: set[str], depth: int = 3) -> set[str]:
        seen = set(start)
        frontier = set(start)
        for _ in range(depth):
            frontier = {n for e in frontier for n in edges.get(e, ())} - seen
            seen |= frontier
        return seen

    def direct(self, record: Claim | FollowUp | Figure) -> set[str]:
        """The entities a record is about or was said by (for a follow-up or figure: its claims')."""
        if isinstance(record, Claim):
            ids = {record.subject, record.attribution.by or ""}
            if record.value.type == "entity":
                ids.add(record.value.entity)
            return ids - {""}
        known = self.derived.get(id(record))  # worked out once a question, not for every name it gives
        if known is not None:
            return known
        refs = record.relates_to if isinstance(record, FollowUp) else tuple(
            record.definition.inputs.values())
        claims = [c for c in (self.ds.claim(r) for r in refs) if c is not None]
        ids = {c.subject for c in claims}
        if isinstance(record, FollowUp):
            ids |= _entity_mentions(self.ds, f"{record.label} {record.text}")[0]
        else:  # a figure worked out of a body's figures is the body's too: CAAM's 2020 sales
            ids |= {c.attribution.by for c in claims if c.attribution.by}
        self.derived[id(record)] = ids
        return ids

    def related(self, entity_id: str, record: Claim | FollowUp | Figure) -> bool:
        """Whether the record bears on the entity."""
        direct = self.direct(record)
        entity = self.ds.entities.get(entity_id)
        if entity is not None and entity.type == "place":
            # or about the place it lies in: "is E-Town in south Beijing" is answered of Daxing
            return entity_id in self._reach(self.all, direct) or bool(direct & self.within[entity_id])
        if entity is not None and entity.type == "facility" and direct & self._reach(self.all, {entity_id}):
            return True  # "what part of Beijing is the factory in": the places it lies in
        return bool(self._reach(self.close, {entity_id}) & self._reach(self.close, direct))

    def only_country(self, entity_id: str, record: Claim | FollowUp | Figure) -> bool:
        """Whether the record bears on the place only through the country it lies in (a claim about
        China, for a question about Beijing; a district's claim still bears on a zone within it)."""
        direct = self.direct(record)
        # the country, or what lies in it only ("the government" of China)
        wider = self._reach(self.all, direct, depth=1) & self.within.get(entity_id, set())
        return bool(wider) and not any(self.within.get(w) for w in wider) \
            and entity_id not in self._reach(self.all, direct)

    def quoted(self, entity_id: str, record: Claim | FollowUp | Figure) -> bool:
        """Whether a claim's own quote names the place ("a major smartphone company in China")."""
        return isinstance(record, Claim) and entity_id in _entity_mentions(self.ds, record.quote)[0]

    def reach_places(self, entity_id: str) -> set[str]:
        """The places an entity lies in, and what they lie in."""
        return self._reach(self.within, {entity_id}) - {entity_id}

    def type_of(self, entity_id: str) -> str | None:
        """The entity's type ("place", "market", "organisation"...), None for an unknown id."""
        entity = self.ds.entities.get(entity_id)
        return entity.type if entity is not None else None

    def is_place(self, entity_id: str) -> bool:
        """Whether the entity is a place."""
        return self.type_of(entity_id) == "place"

    def is_context(self, entity_id: str) -> bool:
        """Whether the entity is a place or a market: context in a question, not its focus."""
        return self.type_of(entity_id) in ("place", "market")


def _years(record: Claim | FollowUp | Figure) -> set[int]:
    """The years a record's value, period and date touch."""
    dates: list[str] = []
    period = record.definition.period if isinstance(record, Figure) else record.period
    if period is not None:
        dates += [d for d in (period.start, period.end) if d]
    if isinstance(record, FollowUp):
        dates.append(record.date.date)
    elif isinstance(record, Claim) and record.value.type == "date":
        dates.append(record.value.date)
    years = {date_bounds(d)[0].year for d in dates}
    if period is not None and period.start and period.end:
        years |= set(range(min(years), max(years) + 1))
    return years


def _year_bounds(lowered: str) -> list[tuple[str, bool, int]]:
    """The years a question bounds what it asks by: the word, whether a search engine's operator
    ("after:2021"), the year."""
    return [(m.group(1), m.group(2) == ":", int(m.group(3))) for m in _YEAR_BOUND.finditer(lowered)]


def _in_bounds(years: set[int], bounds: list[tuple[str, bool, int]]) -> bool:
    """Whether one of a record's years is within every bound a question sets: before a year, after
    it (a search engine's "after:2024" from its first day) or since it."""
    def fits(year: int, word: str, operator: bool, bound: int) -> bool:
        if word in ("before", "prior to", "earlier than"):
            return year < bound
        if word == "since" or operator:
            return year >= bound
        return year > bound
    return any(all(fits(year, *bound) for bound in bounds) for year in years)


def _kind_fit(kind: str | None, record: Claim | FollowUp | Figure, ds: Dataset, saying: bool = False,
              firms: bool = False, listed: frozenset[str] = frozenset()) -> float:
    """How well a record answers this kind of question: 1.8 fully, 1.2 in part, 0.7 not.

    `saying`: the question asks about a statement ("who announced", "when was it estimated"), which
    a claim answers with who made it and when. `firms`: it asks which company or maker. `listed`:
    the claims that are each one of the things a "how many" question counts."""
    if kind == "who" and isinstance(record, Claim) and not _kind_fits(kind, record, ds):
        subject = ds.entities.get(record.subject)
        # "which carmakers...", "who has the largest market": claims about them answer; "which local EV
        # maker" asks for a firm, which no claim about a place names
        answering = {"person", "organisation", "market"} | (set() if firms else {"place"})
        if subject is not None and subject.type in answering:
            return 1.2
        if saying and record.attribution.by is not None:
            return 1.2
    if kind == "place" and isinstance(record, Claim) and not _kind_fits(kind, record, ds):
        subject = ds.entities.get(record.subject)
        if subject is not None and subject.type == "place":
            return 1.2  # "which country has the largest market": what is said of a place names it
    if kind == "name" and not _kind_fits(kind, record, ds) and (
            isinstance(record, FollowUp) or (isinstance(record, Claim) and record.value.type == "text")):
        return 1.2  # words may name it ("the SU7")
    if kind == "count" and not _kind_fits(kind, record, ds) and (
            _kind_fits("quantity", record, ds) or (isinstance(record, Claim) and record.id in listed)):
        # "how many": a sum of money or a percentage answers only in part; so does one of the things
        # the article names, counted with the others ("how many industries does E-Town have")
        return 1.2
    if kind == "date" and saying and isinstance(record, Claim) and not _kind_fits(kind, record, ds):
        return 1.2
    if kind == "date" and saying and isinstance(record, Claim) and record.modality in _FORWARD:
        return 1.2  # "when was the target announced": not the date it aims at
    if not _kind_fits(kind, record, ds):
        return 0.7
    if firms and isinstance(record, Claim) and record.value.type == "entity" and \
            ds.entities[record.value.entity].type == "person":
        return 0.7  # "which Xiaomi business runs the factory": a firm, not its boss
    return 1.3 if isinstance(record, FollowUp) else 1.8


def _listed(ds: Dataset, question: str) -> frozenset[str]:
    """The claims that are each one of the things a "how many" question counts, as the article lists
    them: of a property it states more than once, named by their label or topic ("how many industries
    does E-Town have": its major industries)."""
    match = _HOW_MANY.match(question)
    words = [w for w in _NAME_WORD.findall(_LINK.split(match.group(1), maxsplit=1)[0]) if w not in STOPWORDS
             ] if match else []
    # up to what is done with them ("how many head offices planned for E-Town": head offices)
    done = next((i for i, w in enumerate(words) if i and w.endswith("ed")), len(words))
    counted = tokens(" ".join(words[:done]))[-1:]
    if not counted:
        return frozenset()
    things = _SYNONYMS.get(counted[0], {counted[0]})
    properties = Counter(c.property for c in ds.claims)
    return frozenset(c.id for c in ds.claims if properties[c.property] > 1
                     and things & set(tokens(f"{c.label} {c.topic.replace('-', ' ')}")))


def _narrower(ds: Dataset) -> dict[str, str]:
    """Properties that are a kind of another the dataset states, with the words that say which kind
    ("sales-headquarters-location": "sales", beside "headquarters-location")."""
    properties = {c.property for c in ds.claims}
    narrower = {}
    for p in properties:
        words = p.split("-")
        # of the properties it extends, the longest ("headquarters-location", not "sales")
        for i in range(1, len(words)):
            if "-".join(words[i:]) in properties:
                narrower[p] = "-".join(words[:i])
                break
            if "-".join(words[:-i]) in properties:
                narrower[p] = "-".join(words[-i:])
                break
    return narrower


def _kind_fits(kind: str | None, record: Claim | FollowUp | Figure, ds: Dataset) -> bool:
    if kind is None:
        return False
    if isinstance(record, Figure):
        return kind == "quantity" or (kind == "count" and record.value.unit not in _NOT_COUNTS)
    if kind == "date" and isinstance(record, FollowUp):
        return True  # a follow-up is an event: it answers "when"
    value = record.value
    if value is None:
        return False
    if kind == "date":
        return value.type == "date"
    if kind == "quantity":
        return value.type == "quantity"
    if kind == "count":
        return value.type == "quantity" and value.unit not in _NOT_COUNTS
    if kind == "place":
        return value.type == "entity" and ds.entities.get(value.entity) is not None and \
            ds.entities[value.entity].type in ("place",)
    if kind == "name":
        return value.type == "entity"
    if kind == "who":
        return value.type == "entity" and ds.entities.get(value.entity) is not None and \
            ds.entities[value.entity].type in ("person", "organisation")
    return False


_ASCII_WORD = Lazy(r"[a-z]+")
_NAME_WORD = Lazy(r"[a-z][a-z0-9]*")  # a word as a question names a thing ("su7s")
# Units of quantities that are not a number of things: "how many" is not answered by them.
_NOT_COUNTS = frozenset({"percent", "usd", "cny"})


# Words too short to be put right by likeness, as they are often typed: question words misspelt,
# and short forms
_SHORT_FORMS = {"wen": "when", "whn": "when", "wehn": "when", "wat": "what", "wht": "what", "waht": "what",
                "hw": "how", "hwo": "how", "whr": "where", "wher": "where", "whre": "where", "wehre": "where",
                "wich": "which", "whcih": "which", "whta": "what", "teh": "the", "hte": "the",
                "reg": "registration", "govt": "government", "gov": "government", "mfg": "manufacturing",
                "prod": "production", "mgmt": "management", "cap": "capacity", "mny": "many", "yer": "year",
                "sop": "start of production", "capex": "investment", "yoy": "year-on-year",
                "ppl": "people", "pls": "please", "plz": "please", "amt": "amount", "qty": "quantity",
                "inv": "investment", "exec": "executive", "mou": "agreement",
                # and a chat's: "mkt share", "parent co", "hq'd in e-town", "who'd they sign with", "when'd",
                # "phase 2 eta" (when it is expected), "econ & tech dev area"
                "mkt": "market", "co": "company", "num": "number", "hqd": "headquartered", "whod": "who did",
                "whend": "when did", "whatd": "what did", "whered": "where did", "howd": "how did",
                "muchd": "much did", "manyd": "many did", "ya": "you",
                "eta": "when expected", "econ": "economic", "dev": "development",
                # and the words of grammar spelt by ear ("hoo iz the seeyo", "wot duz e-town do")
                "iz": "is", "wuz": "was", "duz": "does", "dus": "does", "wot": "what", "wots": "what's",
                "hoo": "who", "hooz": "whose", "wil": "will", "wer": "were", "haz": "has",
                "hav": "have", "sed": "said", "thay": "they", "ther": "there", "frum": "from", "ov": "of"}
# Chinese words as typed without Chinese characters (pinyin), the same words CHINESE reads
PINYIN = {"qiche": "car", "gongchang": "factory", "qu": "district", "touzi": "investment",
          "xiaoliang": "sales", "zongbu": "headquarters", "channeng": "capacity", "chanliang": "output",
          "yuangong": "staff", "tuandui": "team", "diandongche": "electric car", "xinnengyuan": "NEV",
          "mubiao": "target", "liangchan": "mass production", "jiage": "price", "tudi": "land",
          "zhuce": "registration", "shichang": "market", "chanye": "industry", "xieyi": "agreement",
          "jiaofu": "delivered", "duoshao": "how many", "nali": "where", "shei": "who",
          "shenme": "what", "shuo": "said", "jian": "build", "jianshe": "build", "chang": "factory"}

# Words of Chinese grammar with no English to them, read as nothing in a question typed in pinyin
_PINYIN_PARTICLES = frozenset({"le", "de", "ma", "ne", "ba", "zai", "shi"})


def _edits(a: str, b: str) -> int:
    """How many letters must be added, dropped or changed to make one word the other."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiou")


def _slip(typed: str, word: str) -> bool:
    """One letter of a short word typed as a key beside it, or another vowel ("towm", "teem"): not
    any word one letter off ("opel" is no misspelt "open")."""
    if len(typed) != len(word):
        return False
    pairs = [(a, b) for a, b in zip(typed, word, strict=True) if a != b]
    if len(pairs) != 1:
        return False
    a, b = pairs[0]
    if a in _VOWELS and b in _VOWELS:
        return True
    rows = [(r, row.find(a), row.find(b)) for r, row in enumerate(_KEYBOARD)]
    where_a = next(((r, i) for r, i, _ in rows if i >= 0), None)
    where_b = next(((r, j) for r, _, j in rows if j >= 0), None)
    # beside it on its row, or above or below it (rows are offset by about half a key)
    return where_a is not None and where_b is not None and abs(where_a[0] - where_b[0]) <= 1 \
        and (where_b[1] - where_a[1] in (-1, 1) if where_a[0] == where_b[0]
             else where_b[1] - where_a[1] in ((0, 1) if where_b[0] < where_a[0] else (-1, 0)))


# how letters sound, for a word spelt by ear ("hedkwarterz", "infermayshun", "rejisterd"): in the
# order replaced, then c and q as k and z as s; then no vowel but a first one, and a letter said
# twice once
_SOUNDS = (("tion", "shn"), ("sion", "shn"), ("ph", "f"), ("ck", "k"), ("wh", "w"), ("qu", "kw"),
           ("x", "ks"), ("dg", "j"), ("dj", "j"), ("tch", "ch"), ("gh", ""), ("kn", "n"), ("wr", "r"))
_SOUND_OF = str.maketrans("cqz", "kks")


@functools.cache
def _sound(word: str) -> str:
    """A word as it sounds, roughly: "kars" and "cars" alike, "pledj" and "pledge"."""
    for letters, sound in _SOUNDS:
        word = word.replace(letters, sound)
    word = re.sub(r"c(?=[eiy])", "s", word)
    word = re.sub(r"g(?=[eiy])", "j", word).translate(_SOUND_OF)
    heard = ("a" if word[0] in "aeiou" else word[0]) + re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", heard)


def _by_ear(word: str, known: set[str]) -> str:
    """The known word a word spelt by ear sounds as, nearest in its letters ("", if none or too few
    sounds to tell: "seeyo" could be "so", "naym" "name" or "new man")."""
    heard = _sound(word)
    if len(heard) < 3:  # "byd", "geely", "wuhan" are names it does not know, not "bad", "jelly", "when"
        return ""
    alike = [w for w in known if len(w) > 2 and abs(len(w) - len(word)) < 4 and _sound(w) == heard]
    return min(alike, key=lambda w: (_edits(word, w), abs(len(w) - len(word)), w[0] != word[0]), default="")


def _split(word: str, known: set[str]) -> str:
    """The word as two or three known words of two letters or more, fewest first; "" if none."""
    best: dict[int, list[str]] = {0: []}
    for end in range(2, len(word) + 1):
        ways = [best[start] + [word[start:end]] for start in range(max(0, end - 20), end - 1)
                if start in best and word[start:end] in known]
        if ways:
            best[end] = min(ways, key=len)
    parts = best.get(len(word), [])
    return " ".join(parts) if 2 <= len(parts) <= 3 else ""


_TIME_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters")


def _without_lead(ds: Dataset, question: str, index: Index) -> str:
    """The question without a lead-in before a colon ("on air now: what is..."), or the words before
    a question asked inside a sentence ("students should find who leads Xiaomi"), where they name
    nothing the dataset knows; the second only with an English word among them (not "according to
    whom", "registred when")."""
    first = (question.split(maxsplit=1) or [""])[0].casefold()
    lead = (re.match(_LEAD_IN, question) if ":" in question else None) or (
        re.match(_LEAD_UP, question) if first not in _WH else None)
    if lead is None:
        return question
    words = [t for t in tokens(lead.group(1))
             if t not in STOPWORDS and t not in QUESTION_WORDS and t not in GENERIC_WORDS]
    if any(t in index.idf for t in words) or _entity_mentions(ds, lead.group(1))[0] or (
            lead.re.pattern == _LEAD_UP and not any(english.is_word(t) for t in words)):
        return question
    return question[lead.end():]


def _story_words(question: str) -> frozenset[str]:
    """The words and terms of a story told before a question that the question after it does not use
    ("so my uncle drives a byd and keeps saying xiaomi can't build cars, but how many...": "byd",
    "uncle"): what the dataset never speaks of among them, or a place it does not know, is no part of
    what is asked (a story of five words or more, where the question after it has three)."""
    first = re.match(r"\W*([\w']*)", question)
    if not (first and first.group(1).casefold() in (*_STORY_OPENERS, *_STORY_TELLERS)
            and any(c in question for c in ",:;-\u2013\u2014")):
        return frozenset()  # compiled only for a question that may tell one
    story = _BACKSTORY.match(question)
    if story is None or len(story.group(1).split()) < 5 or len(question[story.end():].split()) < 3:
        return frozenset()
    asked = question[story.end():]
    told = {w.casefold() for w in story.group(1).split()} | set(tokens(story.group(1)))
    return frozenset(told - {w.casefold() for w in asked.split()} - set(tokens(asked)))


_NOT_JOINED = STOPWORDS | {"out", "up", "off", "over", "down", "back", "away", "through"}
_WHOLE_WORD = Lazy(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")  # not part of "e-town" or "xiaomi's"


def _rejoined(question: str, index: Index) -> str:
    """The question with a word the dataset writes as one typed as two put together ("head quarters",
    "mile stone", "Xiao Mi", "BJ EV")."""
    words = list(_WHOLE_WORD.finditer(question))
    joined: list[str] = []
    end = 0
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        if first.start() < end or question[first.end():second.start()] != " ":
            continue
        # not a word of grammar ("to day") or a verb's particle ("turn out right"), nor letters spelt
        # out ("n e v s")
        lone = [len(w.group()) == 1 for w in words[max(0, i - 1):i + 3]]
        if any(w.group().casefold() in _NOT_JOINED for w in (first, second)) \
                or any(a and b for a, b in itertools.pairwise(lone)):
            continue
        word = (first.group() + second.group()).casefold()
        if word in STOPWORDS or stem(word) not in index.idf:
            continue
        joined += [question[end:first.end()], second.group()]
        end = second.end()
    return "".join(joined) + question[end:] if joined else question


def _spelled(ds: Dataset, question: str, fields: list[list[tuple[str, float]]], index: Index) -> str:
    """The question with misspelt words put right: a word that is neither English nor the
    dataset's becomes the nearest word of the dataset or of questions ("wher" -> "where")."""
    known: set[str] | None = None
    guesses = 0
    pinyin = any(w in PINYIN for w in _ASCII_WORD.findall(question.casefold()))

    def fix(match: re.Match[str]) -> str:
        nonlocal known, guesses
        word = match.group().casefold()
        if word in _SHORT_FORMS or word in PINYIN:
            return _SHORT_FORMS.get(word) or PINYIN[word]
        if pinyin and word in _PINYIN_PARTICLES:
            return ""  # "lei jun shuo le shenme": what Lei Jun said
        if word == "wear" and not question[:match.start()].strip(" \"'"):
            return "where"  # spelt by ear, as it starts a question ("wear iz the plant")
        if len(word) < 4 or stem(word) in index.idf or word in QUESTION_SPELLINGS \
                or word in STOPWORDS or guesses >= MAX_GUESSES or english.is_word(word):
            return match.group()
        if any("-" in n and n.replace("-", "").casefold() == word
               for e in ds.entities.values() for n in entity_names(e)):
            return match.group()  # a name typed without its hyphen ("etown")
        guesses += 1  # as many as a search puts right
        if known is None:  # the words as written (the index holds stems), only when one is needed
            known = {w for record in fields for text, _ in record
                     for w in _ASCII_WORD.findall(text.casefold()) if w not in STOPWORDS}
            known |= {*QUESTION_SPELLINGS, *(w for group in SYNONYMS for w in group),
                      *_TIME_UNITS}  # "monht" is month
            known |= {t for e in ds.entities.values() for n in entity_names(e)
                      for t in _ASCII_WORD.findall(n.casefold())}
        swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)]
        close = [w for w in swapped if w in known] \
            or difflib.get_close_matches(word, known, n=3, cutoff=0.8) \
            or [w for w in difflib.get_close_matches(word, known, n=3, cutoff=0.75) if _slip(word, w)]
        # two letters swapped ("twon") or the fewest changed, rarely the first ("prise" is price, not
        # rise or promise)
        close.sort(key=lambda w: (_edits(word, w), w[0] != word[0]))
        if close and _edits(word, close[0]) <= 1:
            return close[0]
        # words run together ("howmany", "xiaomievplant"): two or three the dataset knows; or a word
        # spelt by ear, not a name (whose something is asked, or in capitals within: "Seres's sales")
        named = question[match.end():match.end() + 2] in ("'s", "\u2019s") or (
            match.start() > 0 and match.group()[0].isupper())
        return _split(word, known) or (not named and _by_ear(word, known)) or (
            close[0] if close else match.group())

    if "'d" in question:  # "hq'd", "who'd": short forms of their own (not "whre'd": where)
        question = re.sub(r"\b([A-Za-z]+)'d\b",
                          lambda m: _SHORT_FORMS.get(m.group(1).casefold() + "d", m.group()), question)
    return re.sub(r"[A-Za-z]+", fix, question)


def rank(ds: Dataset, question: str, followups: bool = True, model: learned.Model | None = None
         ) -> tuple[list[Answer], str]:
    """Every candidate that matches, best first, and why the best one does not really answer
    ("" when it does): the rules' ranking, weighed by what the questions asked before teach
    (`model`: the one that ships, unless another is given)."""
    # as asked, without what pasting it from an email or a page brought: looked for in four times as
    # much as is read of a question, and a run of spaces or tabs as one (a long run had made patterns
    # that end a question slow: 8-20 s for 20,000 spaces), so a long question costs no more than that
    question = unpasted(_SPACES.sub(" ", question)[:4 * MAX_QUESTION])
    typed, read = _readings(ds, question)
    answers, refusal = _ruled(ds, question, followups, read)
    return _weighed(ds, typed, answers, refusal, followups, model or learned.load(), read)


def _readings(ds: Dataset, question: str) -> tuple[str, str]:
    """A question (as `unpasted` gives it) as the model reads it, and as the rules do (read once, for
    the rules and for their checks of the model's pick); without the words it excludes, for both."""
    return _kept(question[:MAX_QUESTION]), _read(ds, _kept(_typed(question)))


# How the learned model's probabilities weigh the rules' ranking: chosen on rounds 10-59 as each
# was when new (bench/ask_when_new.py: each round's rules then, a model fitted on the rounds
# before it); a range around each did as well.
LEARNED = 0.1  # a candidate's score is multiplied by its probability to this power
SURE = 0.9  # a probability at which the model adds an answer the rules did not find
NO_ANSWER_SURE = 0.7  # at which it refuses a question worded like those the dataset cannot answer
LEANS = 0.2  # below which for every answer it has no say: the rules' order stands
OVERRULE = 0.8  # and at which it answers what the rules refused for words they could not read
# (slang, particles, pinyin: "how many staff they got ah"); a question of a name's attribute the
# dataset lacks ("lei jun's salary") leans to what is said of the name, so only a surer answer
_UNREAD = ("it names ", "nothing in the dataset matches", "the dataset never speaks of")
# Refusals the rules reasoned out from what the best match lacks are overruled only at SURE ("what
# is the plant's output target": 'output' is capacity; over rounds 10-59 when new, 24 such
# answers right against 3 wrong); the others (another phase or none, year or person; no total, no figure
# per thing; not about the name asked of) always stand, and so does a phase named.
_LACKING = ("the best match says nothing of", "no claim that matches it gives a person or organisation")


def _weighed(ds: Dataset, question: str, answers: list[Answer], refusal: str, followups: bool,
             model: learned.Model, read: str) -> tuple[list[Answer], str]:
    """The rules' ranking weighed by the model's probabilities, and why the best does not answer
    (the model reads the `question` as typed; the rules' checks, the English it is `read` as)."""
    if any(phrase in read.casefold() for phrase in PHRASE_WORDS):  # as the rules read it: "the third
        read = _outside_quotes(read, rephrased)  # construction section" is phase 3
    unanswered = model.unanswered_word(question)
    if unanswered:  # "su7 ultra price": no question of the trim had an answer; nor is one overruled
        return answers, refusal or f"questions with '{unanswered}' in them are ones the dataset has no" \
            " answer to"
    chance = model.probabilities(question)
    if not chance:  # nothing in it the model has seen: the rules alone
        return answers, refusal
    likeliest = max(chance, key=chance.__getitem__)
    if likeliest == learned.NO_ANSWER and chance[likeliest] >= NO_ANSWER_SURE:
        return answers, refusal or "questions worded like it are ones the dataset has no answer to"
    found, best = {a.id for a in answers}, answers[0] if answers else None  # the rules' best
    # the model's answer first, where the rules refused or did not find it; but not over what the
    # rules put first by the dates of what was asked to set in order
    first: str | None
    if answers and answers[0].dated and not refusal:
        first = answers[0].id
    elif refusal:
        overruled = (chance[likeliest] >= OVERRULE and refusal.startswith(_UNREAD)) \
            or (chance[likeliest] >= SURE and refusal.startswith(_LACKING))
        first = likeliest if overruled else None
    else:
        first = likeliest if chance[likeliest] >= SURE and likeliest not in found else None
    record = _record(ds, first, followups) if first is not None else None
    if record is None or not _same_phase(ds, read, record) or not _same_time(read, record) \
            or not _same_kind(ds, read, record):
        first = None  # no such record, or one about another phase or time, or of another kind of
        # answer, than the one asked about
    elif first not in found:
        answers = [Answer(record, answers[0].score if answers else 1.0, ()), *answers]
    if first is None and (refusal or chance[likeliest] < LEANS):
        return answers, refusal
    # the rules put some answers above others that score more ("the latest news": by date), so an
    # answer's score is taken as at least that of any below it before the model weighs it
    floor = list(itertools.accumulate(reversed([a.score for a in answers]), max))[::-1]
    weighed = [Answer(a.record, score * (chance.get(a.id, 0.0) + 1e-4) ** LEARNED, a.matched)
               for a, score in zip(answers, floor, strict=True)]
    ranked = sorted(weighed, key=lambda a: (a.id != first, -a.score))
    # of a phase asked about: no record of another phase first, nor, when the rules' best is of
    # it, one of no phase
    asked = _asked_phases(read)
    if asked and first is None and best is not None:
        named = [_named_phases(record_fields(ds, a.record)) for a in ranked]
        kept = _named_phases(record_fields(ds, best.record)) & asked
        fits = [bool(n & asked) if kept else bool(n & asked or not n) for n in named]
        if not fits[0] and any(fits):
            ranked.insert(0, ranked.pop(fits.index(True)))
    if best is not None and not refusal and ranked[0].record is not best.record \
            and _rules_read_better(ds, read, best.record, ranked[0].record):
        ranked = sorted(ranked, key=lambda a: a.record is not best.record)
    if len(ranked) > 1 and ranked[0].score < ranked[1].score:  # put first: it scores as the best
        ranked[0] = Answer(ranked[0].record, ranked[1].score, ranked[0].matched)
    return ranked, ""


def _rules_read_better(ds: Dataset, question: str, best: Claim | FollowUp | Figure,
                       picked: Claim | FollowUp | Figure) -> bool:
    """Whether the rules' best stays first over the model's pick for what a bag of words cannot
    read: it is the district or city asked for and the pick is none ("which district will the car
    plant be in"); it is the percentage asked for and the pick a figure of another unit ("percent
    rise over 2020"); it is a place within the one asked where in, and the pick that place ("where
    in Beijing is the plant": not Beijing); it gives a place, where the question says a thing is in
    one, and the pick gives none; it bears on the organisations or people the question names and
    the pick does not ("what kind of company is Xpeng": not what Xiaomi is), nor on a name the
    question sets aside that the pick bears on ("which carmaker in e-town isn't beijing benz")."""
    besides = re.sub(_IS_NOT, r"\1 besides ", question)  # "which carmaker isn't beijing benz", as the rules
    if _besides().search(besides):
        aside = _entity_mentions(ds, _set_aside(ds, besides)[0])[0]
        if aside:
            bears = Relations(ds).related
            if any(bears(m, picked) for m in aside) and not any(bears(m, best) for m in aside):
                return True
    place = _PLACE_ASKED.search(question.casefold())
    if place:
        word = place.group(1)
        if word in tokens(_label_and_value(ds, best)) and word not in tokens(_label_and_value(ds, picked)):
            return True
    if _in_percent(best) and not _in_percent(picked) and _asks_percent(question):
        return True
    # "the plant is in beijing, yes?": where it is, which the pick does not say
    stated = _stated(question)
    if _gives_place(ds, best) and not _gives_place(ds, picked) and _is_in().match(stated.casefold()):
        return True
    within = _places_within(ds, question.casefold())  # "where in Beijing": not Beijing
    if within and _gives_place(ds, picked, within) and _gives_place(ds, best) \
            and not _gives_place(ds, best, within):
        return True
    mentioned = _entity_mentions(ds, question)[0]
    relations = Relations(ds) if mentioned else None
    return relations is not None and any(not relations.is_context(m) for m in mentioned) \
        and _focus_kept(relations, mentioned, best) and not _focus_kept(relations, mentioned, picked)


def _label_and_value(ds: Dataset, record: Claim | FollowUp | Figure) -> str:
    """A record's label and, of a claim whose value is an entity, the entity's names."""
    if isinstance(record, Claim) and record.value.type == "entity" and record.value.entity in ds.entities:
        return f"{record.label} {' '.join(entity_names(ds.entities[record.value.entity]))}"
    return record.label if not isinstance(record, Figure) else record.definition.label


# "which district", "what Beijing district" (a word before it, not a verb: "what is the city's...")
_PLACE_ASKED = Lazy(r"\b(?:which|what)\s+"
                    r"(?:(?!is\b|was\b|are\b|were\b|does\b|did\b|do\b|will\b)\w+\s+)?(district|city)\b")


# where a figure landed or ended up is what it came to ("where did nev sales land for jan-nov 2021");
# not where a thing does ("where will the plant end up" asks its place)
_LANDED = Lazy(r"(?i)^\W*where (?:did|does|do|will|would|could|should)\s+((?:[\w'-]+\s+){0,3}?"
               r"(?:sales|figures?|numbers?|growth|revenues?|volumes?|deliveries|totals?|counts?"
               r"|estimates?|forecasts?|headcount|output))\s+"
               r"(?:land|end up|come in|shake out|settle|wind up)\b")


# a thing said as done by the day it was said ("has become", "has joined")
_DONE_BY_THEN = Lazy(r"\b(?:has|have) (?:now |just |already |officially )?(?:become|[a-z]+ed)\b")
# "how much does lei jun make a year", "how much lei jun dey collect": what a person makes (read only
# of a person the dataset knows)
_EARNS = Lazy(r"(?i)\bhow much (?:(?:do|does|did|will|would)\s+)?(.+?)\s+(?:is\s+)?"
              r"(make|makes|made|making|collect|collects|collected|collecting)\b")


# how much a thing helps or adds to another asks how, not a figure ("how much does e-town contribute
# to beijing's economy", "e-town help beijing economy how much")
_DEGREE = Lazy(r"^\W*how much (?:do|does|did|will|would|can|could)\b(?:\s+[\w-]+){1,3}?\s+"
               r"(?:help|helps|helped|contribute|contributes|contributed|matter|matters|mattered|add)"
               r"\b(?!\s+(?:in|up)\b)"
               r"|^\W*(?:[\w-]+\s+){1,3}?(?:help|helps|helped|contribute|contributes|contributed)\b"
               r"[^?]*\bhow much\W*(?:ah|lah|leh|lor)?\W*$")


def _kind_asked(lowered: str) -> str | None:
    """The kind of answer a lower-case question asks for, by the first of _KINDS it matches (not in
    a clause of time beside the question: "how big was the team when...", "when Xiaomi agreed to
    build it, which body signed")."""
    main = _without_clause(lowered)[0]
    if "how much" in main and _DEGREE.search(main):
        return None
    return next((k for k, pattern in _KINDS if pattern.search(main)), None)


def _kinds_asked(lowered: str) -> set[str]:
    """The kinds of answer each of two things asked in one asks for ("which country is the largest
    market and since when": a place and a date), or none if it asks one thing."""
    parts = _SECOND_ASK.split(_without_clause(lowered)[0], maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 2:  # "where and when was it signed": one thing
        return set()
    return {k for part in parts for k, pattern in _KINDS if pattern.search(part)}


def _without_clause(lowered: str) -> tuple[str, str]:
    """A lower-case question without a clause of time beside it, and that clause ("" if none)."""
    trailing = _WHEN_CLAUSE.match(lowered) if "when" in lowered else None
    if trailing:
        return trailing.group(1), lowered[trailing.end(1):]
    leading = _LEADING_CLAUSE.match(lowered) if "," in lowered else None
    if leading:
        return lowered[leading.end(1):], leading.group(1)
    return lowered, ""


def _clause_words(lowered: str) -> set[str]:
    """The words only a clause of time beside the question uses ("what sort of company was Xiaomi
    when it signed the deal", "before it made cars, what was Xiaomi known as"): they set when, not
    what is asked."""
    main, clause = _without_clause(lowered)
    return set(tokens(clause)) - set(tokens(main)) if clause else set()


# a second thing asked after a first ("who signed the deal and when", "where is it and how big")
_SECOND_ASK = Lazy(r"(?:,\s*|\s+)and\s+(?=(?:since when|when|where|who|whom|what|which|how|why"
                   r"|at what|in what|in which|by whom|under what|for how|over what"
                   r"|is|are|was|were|did|does|do)\b)")
# "before it made cars, what...", "what did the SU7 cost when it launched": clauses of time (not "who
# set the target and when")
_LEADING_CLAUSE = Lazy(r"^\W*((?:before|after|when|while|once|since|until) [^,]+),\s*"
                       r"(?:what|which|who|whom|whose|where|how|when|is|are|was|were|did|does|do)\b")
_WHEN_CLAUSE = Lazy(r"^(\W*(?:what|which|who|whom|whose|where|how)\b(?:(?!\bwhen\b).)*?)"
                    r"(?<!\band )(?<!\bor )\bwhen\s+\w.*$")


def _same_kind(ds: Dataset, question: str, record: Claim | FollowUp | Figure) -> bool:
    """Whether a record gives the figure or date a question asks for, or it asks for neither."""
    lowered = question.casefold()
    kind = _kind_asked(lowered)
    if kind == "quantity" and _HOW_BIG.search(lowered):
        return True  # "how big is China's EV market": the largest, in words
    return kind not in ("quantity", "count", "date") or _kind_fits(kind, record, ds) or (
        kind == "count" and _kind_fits("quantity", record, ds))


def _same_phase(ds: Dataset, question: str, record: Claim | FollowUp | Figure) -> bool:
    """Whether a record is about the phase a question names, or either names none."""
    asked = _asked_phases(question)
    return not asked or bool(asked & (_named_phases(record_fields(ds, record)) or asked))


_AFTER_PHASE = Lazy(r"\b(?:after|before|since|besides|beyond)\s+(?:the\s+)?(?:phase|stage)s?\s+\w+",
                    re.IGNORECASE)


def _asked_phases(question: str) -> set[str]:
    """The phases a question asks about ("phase II"; "二期" is read as phase 2; not one it dates by:
    "more land bought after phase 2")."""
    if "phase" not in question.casefold() and "stage" not in question.casefold():
        return set()
    return _phases(_AFTER_PHASE.sub(" ", _arabic_phases(question)))


def _same_time(question: str, record: Claim | FollowUp | Figure) -> bool:
    """Whether a record of something done was done in the months or on the days a question names
    ("what happened in H2 2024": not the deliveries of April), or either names none; and within the
    years it bounds what is asked by ("what happened before 2022")."""
    if not _on_dates(record) or not any(c.isdigit() for c in question):  # no date done, or none asked
        return True
    bounds = _year_bounds(question.casefold())
    if bounds and not _in_bounds(_years(record), bounds):
        return False
    asked = _dates_and_words(question.casefold())[0]
    return not asked or _done_in(record, asked)


def _done_in(record: Claim | FollowUp | Figure, named: set[str]) -> bool:
    """Whether a record was done in one of the months or on one of the days named (ISO prefixes; a
    month-precise date counts for a day in that month)."""
    return any(d.startswith(n) or (len(d) >= 7 and n.startswith(d)) for d in _on_dates(record) for n in named)


def _record(ds: Dataset, record_id: str, followups: bool) -> Claim | FollowUp | Figure | None:
    """A claim, derived figure or (unless left out) follow-up, by id."""
    claim = ds.claim(record_id)
    if claim is not None:
        return claim
    figure = next((derive(ds, d) for d in ds.derived if d.id == record_id), None)
    if figure is not None or not followups:
        return figure
    return next((f for f in ds.followups if f.id == record_id), None)


def _names_in_english(ds: Dataset, question: str) -> str:
    """A question's Chinese names of entities as their English ones ("小米汽车" is Xiaomi EV), but
    not a market's, whose Chinese name is a common word ("新能源汽车": NEVs)."""
    names = sorted(((n, e) for e in ds.entities.values() if e.type != "market"
                    for n in entity_names(e) if not n.isascii()), key=lambda pair: -len(pair[0]))
    for name, entity in names:
        if name in question:
            question = question.replace(name, f" {entity.short_name or entity.name} ")
    return question


def _read(ds: Dataset, question: str) -> str:
    """A question as the rules read it: in Chinese, in English from the start, its slips of an input
    method put right (in the names too: "雷君" is 雷军) and its names first (a Chinese name holds
    words of its own: 小米汽车); then as chinese.in_english reads the rest."""
    if not chinese.has_chinese(question):
        return question
    names = tuple(n for e in ds.entities.values() for n in entity_names(e) if not n.isascii())
    question = _names_in_english(ds, chinese.corrected(chinese.simplified(question), names))
    return chinese.words_in_english(chinese.in_figures(question))


# a word or phrase excluded with a minus, as a search engine reads it ("sales hq -research"), not a
# hyphen within a word ("e-town") nor a minus before a figure
_EXCLUDED = Lazy(r"(?:^|(?<=\s))-(\"[^\"]*\"|[a-z][\w-]*)", re.IGNORECASE)


def _kept(question: str) -> str:
    """A question without the words it excludes with a minus."""
    return _EXCLUDED.sub(" ", question) if "-" in question else question


# a quiz's choice of answers, "(a) one (b) two (c) three stages": each up to the next or the end
_OPTION = Lazy(r"\(([a-e])\)\s*([^()]*?)\s*(?=\([a-e]\)|$)", re.IGNORECASE)


def _chosen(ds: Dataset, question: str, index: Index) -> str:
    """A question offering a choice of answers, with only those the dataset knows of ("in (a)
    shanghai (b) beijing (c) wuhan" is "in beijing"), as the others are no part of what is asked
    (of none, the question without them: "nio's ceo is (a) william li (b) he xiaopeng" asks of Nio's
    CEO, which no claim gives); as it is when it knows all of them."""
    options = list(_OPTION.finditer(question))
    if len(options) < 2 or any(not re.search(r"[a-z]", o.group(2), re.IGNORECASE) for o in options):
        return question  # figures or years to choose from are what is asked ("(a) 2022 (b) 2023")
    def knows(option: str) -> bool:  # a name it knows, or words it all knows ("he xiaopeng" is no "he")
        words = [t for t in tokens(option) if t not in STOPWORDS]
        return bool(_entity_mentions(ds, option)[0]) or (bool(words) and all(t in index.idf for t in words))

    known = [o.group(2) for o in options if knows(o.group(2))]
    if len(known) == len(options):
        return question
    return f"{question[:options[0].start()]}{' or '.join(known)} {question[options[-1].end():]}"


def _typed(question: str) -> str:
    """A question up to as many words as a search reads, and no further: a long one costs no more."""
    words = question.split(maxsplit=MAX_TERMS)
    return (" ".join(words[:MAX_TERMS]) if len(words) > MAX_TERMS else question)[:MAX_QUESTION]


def _where_near(match: re.Match[str]) -> str:
    """Where the thing asked near another is ("will the car hq be near the factory": where will it be)."""
    if match["verb"]:
        return f"{match['start']}where {match['verb']} {match['thing']} {match['be'] or ''}"
    verb, _, be = match["is"].partition(" ")
    return f"{match['start']}where {verb} {match['said']} {be}"


def _place_names(ds: Dataset) -> frozenset[str]:
    """The names of the places the dataset knows, case-folded."""
    return frozenset(n.casefold() for e in ds.entities.values() if e.type == "place" for n in entity_names(e))


def _ruled(ds: Dataset, question: str, followups: bool = True, read: str | None = None
           ) -> tuple[list[Answer], str]:
    """Every candidate the rules find, best first, and why the best one does not really answer
    (`read`: the question as _read reads it, where the caller has it already)."""
    question = _typed(question if read is not None else unpasted(question))  # `rank` has unpasted it
    # a word excluded as a search engine's user excludes it ("xiaomi ceo -tesla"): what it names is not
    # what is asked for; it is read only for that
    minus = " ".join(w.strip('"') for w in _EXCLUDED.findall(question)) if "-" in question else ""
    # a question in Chinese that asks yes or no ("...吗") asks "is ...", which its English leaves out
    yes_or_no = chinese.has_chinese(question) and bool(_CHINESE_YES_NO.search(question))
    question = _read(ds, _kept(question)) if read is None else read
    # words quoted from the article, as typed: the claims that quote them first, as a search for a phrase
    quoted_words = [w for m in _QUOTED.finditer(question) if (w := _plain(m.group(1)))
                    and any(w in _plain(claim.quote) for claim in ds.claims)]
    folded = question.casefold()
    if any(phrase in folded for phrase in PHRASE_WORDS):  # not within words quoted from the article
        question = _outside_quotes(question, rephrased)
    question = _PURPOSE_OF_ASKING.sub(" ", question)
    if folded.startswith("when "):  # "when opens phase 3": when does phase 3 open
        question = _SAID_WHEN.sub(r"\1announce", _verb_after_when(question))
    if folded.startswith("where "):  # "where did nev sales land": what they came to, not a place
        question = _LANDED.sub(r"what was \1", question)
    if "_" in question or "." in question:  # a field's name: "annual_capacity", "plant.city", "phase2_land"
        question = _glued_phase().sub(r"\1 \2", _field_join().sub(" ", question))
    if "located" in folded or "situated" in folded:  # "is E-Town located in the south": in it
        question = _located_in().sub(" in", question)
    # "the plant isn't in Shanghai, is it": the statement, asked; "..., right?" too, which checks it
    # (and so does a tag: "xiaomi won the phase 2 land in 2023, didn't it")
    confirming = "," in question and bool(_CONFIRM.search(question) or _TAG.search(question))
    question = _stated(question)
    if "up to" in folded:
        question = _UP_TO_TIME.sub("through", _UP_TO.sub(" doing", question))
    if "compan" in folded or "firms" in folded or "businesses" in folded:
        question = re.sub(_FIRMS_IN, "industries", question)
    question = _GETS_CARS.sub("take delivery of", question)
    if "buy" in folded or "purchase" in folded or "order" in folded:
        question = re.sub(_CAN_BUY, "go on sale", question)
    # what a person makes (or collects, as Nigerians say) is what they earn, not cars
    if "how much" in folded and ("mak" in folded or "collect" in folded):
        earns = _EARNS.search(question)
        if earns and any(ds.entities[e].type == "person" for e in _entity_mentions(ds, earns.group(1))[0]):
            question = f"{question[:earns.start(2)]}earn{question[earns.end(2):]}"
    if "not " in folded or "n't " in folded:  # "which carmaker in E-Town is not Beijing Benz": besides it
        question = re.sub(_IS_NOT, r"\1 besides ", question)
    if any(w in folded for w in ("near ", " to ", "beside ", " by ", "located w")):
        question = _NEAR.sub(lambda m: m.group() if m["other"].casefold() in _place_names(ds)
                             or english.is_place(m["other"].casefold()) else _where_near(m), question)
    if " one" in folded:  # "Nio is one; which other maker": besides Nio
        question = re.sub(_ONE_NAMED, r"besides \1, ", question)
    if "share" in folded and " with " in folded:
        question = re.sub(_SHARE_WITH, r"\1are based in \2 besides", question)
    if any(word in folded for word in _POLITE):
        question = _courtesy().sub(" ", question)
    if any(word in folded for word in _FORM):
        question = _answer_form().sub(" ", question)
    question = _unworksheeted(question)
    question = _LISTING.sub("which ", _LABEL.sub("", _ADDRESS.sub("", question)))
    if "who" in folded:
        question = re.sub(_HEADS, r"\1 is the head of ", question, flags=re.IGNORECASE)
    if "fy" in question.casefold():
        question = re.sub(_FISCAL_TIME, lambda m: f"{m.group(1)} {_in_full(m.group(2))}", question)
    question = _FISCAL.sub(lambda m: f"{m.group(1) or 'full year'} {_in_full(m.group(2))}", question)
    question = _SPRINT.sub(" acceleration ", _QUARTER_OF.sub(r"\1 20\2", question))
    if "'" in question or "\u2019" in question:  # "jan-oct '21": 2021
        question = _SHORT_YEAR.sub(r"20\1", question)
    if any(c.isdigit() for c in question):
        question = re.sub(_NAMING_DATE, lambda m: f"{m.group(1) or ''} ", question)
        if re.search(_ASKS_OF_IT, question):  # not of the figure itself ("the 200,000-car plant")
            question = re.sub(_NAMING_FIGURE, "the ", question)
    if " = " in question:  # "xiaomi ev = xiaomi's ev unit?": is
        question = question.replace(" = ", " is ")
    # "what will be built besides the plant": not the plant, nor what is said of it
    folded = question.casefold()
    excluded = ""
    if any(words in folded for words in _SETS_ASIDE):
        excluded, question = _set_aside(ds, question)
    if any(writer in folded for writer in _WRITERS) or "it call" in folded:
        question = _calls().sub(" describe ", _IN_THE_TEXT.sub("in the article", question))
    if _WHAT_FOR.search(question):  # "what is e-town for": of a place, what it is to it, its role
        place = _WHAT_IS_FOR.match(folded)
        question += " role" if place and place.group(1) in _place_names(ds) else " purpose"
    # "what is BJEV in Chinese", "what does 'Red' translate": a claim's translation notes
    translating = False
    if "chinese" in folded or "translat" in folded or "literal" in folded or "english" in folded:
        question, count = _translation().subn(" ", question)
        translating = count > 0
    if "(" in question:
        question = re.sub(_LISTED_AS, "", question)
    question = _DOTTED.sub(lambda m: m.group().replace(".", ""), question)  # "U.S.", "C.A.A.M."
    question = _BARE_PERCENT.sub(" percent ", question)  # "growth (%)": a percentage asked for
    question = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), question)
    if "," in question:
        question = re.sub(_DECIMAL_COMMA, r"\1.\2", question)
    if "." in question:
        question = re.sub(_POINTED_THOUSANDS, lambda m: m.group().replace(".", ""), question)
    if "/" in question or "m " in question or "M " in question:
        question = re.sub(_MONTHS_IN_FIGURES, lambda m: f"{_MONTHS[int(m.group(1)) - 1]} to "
                                                    f"{_MONTHS[int(m.group(2)) - 1]} {m.group(3)}", question)
    if "e" in question:  # "1e10"
        question = re.sub(_POWER_OF_TEN, lambda m: f"{float(m.group(1)) * 10 ** int(m.group(2)):.0f}",
                          question)
    question = _SCALED.sub(_in_base_units, _DOLLAR_BILLIONS.sub(r"$\1 billion", _spelt_in_digits(question)))
    if "year" in question.casefold():
        question = _YEARS_FROM.sub(_years_from, question)
    # "phase II" is phase 2
    question = _arabic_phases(question)
    # "is E-Town an it hub": information technology, where "it" stands before what it names
    question = _IT_THING.sub(r"\1 information technology", question)
    records: list[Claim | FollowUp | Figure] = list(ds.claims)
    records += [derive(ds, d) for d in ds.derived]
    if followups:
        records += list(ds.followups)
    fields = [record_fields(ds, r) for r in records]
    index = Index(fields)
    if "(" in question and ")" in question:  # a choice of answers: the ones the dataset knows
        question = _chosen(ds, question, index)
    question = _without_lead(ds, question, index)
    question = _spelled(ds, _names_put_right(ds, _rejoined(question, index), index), fields, index)
    # Names first (a Chinese name holds words of its own), then Chinese words into English.
    mentioned, rest = _entity_mentions(ds, question)
    if _WHAT_MADE.match(question) and any(ds.entities[m].type == "facility" for m in mentioned):
        question, rest = f"{question} output", f"{rest} output"  # what a factory makes is its output
    elif _WHAT_SOLD.match(question) and any(ds.entities[m].type == "organisation" for m in mentioned):
        # what a firm sells is what it makes, what it is ("what does Xiaomi mainly sell")
        question, rest = _SELLS.sub("make", question), _SELLS.sub("make", rest)
    if _MADE_TARGET.search(question):
        question, rest = _MADE_TARGET.sub("meet", question), _MADE_TARGET.sub("meet", rest)
    excluded_names = _entity_mentions(ds, excluded)[0] if excluded else set()
    # a name set aside is that name, not what another name in it names ("Beijing Benz": not Beijing)
    other_names = {t for e in ds.entities.values() if e.id not in excluded_names
                   for n in entity_names(e) if len(ts := tokens(n)) == 1 for t in ts} if excluded else set()
    excluded_words = {w for t in set(tokens(excluded)) - QUESTION_WORDS - GENERIC_WORDS - other_names
                      for w in _SYNONYMS.get(t, {t})}
    minus_names = _entity_mentions(ds, minus)[0] if minus else set()
    minus_words = {w for t in tokens(minus) for w in _SYNONYMS.get(t, {t})}
    # what is left in Chinese is words it does not read, as an English word the dataset never uses
    strange_chinese = chinese.unread(rest) if chinese.has_chinese(rest) else []
    kind = _kind_asked(question.casefold())
    # "is the plant in Shanghai": where it is, when the dataset knows no Shanghai (of a factory or a
    # place; a place or a name, not a word: a firm or a plant may be "in trouble")
    # (or of a firm's factory, where the place is one: "is xiaomi's car plant in Shanghai"; or of a
    # factory no name is given to: "is plant in Shanghai", as a learner or a translation asks)
    places_only = all(ds.entities[m].type in ("facility", "place") for m in mentioned)
    factory = not (mentioned and places_only) and bool(_FACTORY_WORDS & set(tokens(rest)))
    placed = _is_in().match(f"is {rest}" if yes_or_no else rest) if kind is None and (
        factory or (mentioned and places_only)) else None
    if placed and stem(placed.group(1)) not in index.idf and placed.group(1) not in _MONTH_NUMBER \
            and (english.is_place(placed.group(1)) or not (factory or english.is_word(placed.group(1)))):
        kind = "place"
    if kind == "count" and _PER_YEAR.search(question.casefold()) and _CARS.search(question.casefold()):
        # "how many cars will it build a year": make
        rest = _BUILD.sub("make", rest)
    rest = _BUILDS_CARS.sub("make", rest)
    if kind == "place" and _WHERE_WRITTEN.search(question.casefold()):
        kind = None  # "where does the article say 'Reijun'": where in the text, not a place
    after = bool(_AFTER.search(question.casefold()))
    # whether a figure was reached, or a forecast of it right ("was the 3 million estimate right")
    reached = bool(_REACHED.search(question.casefold()) or _PROVED.search(question.casefold()))
    # "did sales top", not "will sales top" nor "were sales expected to top"
    done_asked = bool(_DONE_ASKED.match(question.casefold()) or ("?" in question and _DONE_SAID.search(
        question.casefold()))) and not _EXPECTED_TO.search(question.casefold())
    saying = bool(_SAYING.search(question.casefold()))
    # "who announced the 2024 target": about the statement, which was made, not about the plan
    future = not after and not saying and bool(_FUTURE.search(question.casefold()))
    past = not (after or future or saying) and bool(_PAST.search(question.casefold()))
    describe = bool(_DESCRIBE.search(question.casefold()) or _SAID_OF.search(question.casefold()))
    # "size of the bet": the bet, not the team size; "before 2022": no year asked
    wanted = _MEASURE_OF.sub(" ", _BASE_YEAR.sub(" ", _YEAR_BOUND.sub(" ", rest)))
    content = [t for t in tokens(_DESCRIBE.sub(" ", wanted.casefold()) if describe else wanted)
               if t not in QUESTION_WORDS and t not in _DISCOURSE and (len(t) > 1 or t.isdigit())
               and not (mentioned and t in _CLAIMING)][:MAX_TERMS]  # as many words as a search reads
    if _INTERVAL.search(question.casefold()):  # "how long after the agreement": the two events, not "after"
        content = [t for t in content if t not in _INTERVAL_TERMS]
    relations = Relations(ds)
    lowered = question.casefold()
    # "was the 180% exact": a doubt; "what is Xiaomi EV, exactly": a name, not its corrections
    doubt = bool(_DOUBT.search(lowered)) or (bool(_EXACTLY.search(lowered)) and (
        kind is not None or bool(_YES_NO.match(lowered))))
    per_year = bool(_PER_YEAR.search(lowered))
    # the years asked about, not one a figure is compared with ("growth compared with 2020")
    bounds = _year_bounds(lowered)
    years = {int(y.group()) for y in _YEAR.finditer(_NOT_YEAR.sub(" ", _BASE_YEAR.sub(" ", _YEAR_BOUND.sub(
        " ", lowered))))}
    derived_wanted = bool(_DERIVED.search(lowered))
    combined = not derived_wanted and bool(_COMBINED.search(lowered))
    why = bool(_WHY.search(lowered))
    full_year = bool(_FULL_YEAR.search(lowered))
    numbers = {t for t in content if t.isdigit() and int(t) not in years | {y for *_, y in bounds}}
    figures = {int(n) for n in numbers if int(n) >= 10}  # not a phase, a quarter ("phase 2", "Q3")
    months = {_MONTH_NUMBER[m.group()[:3]] for m in _MONTH.finditer(lowered)}
    dated, date_words = _dates_and_words(lowered)
    happened = bool(dated) and (saying or bool(_EVENTS.search(lowered)))  # "what was reported in May 2024"
    # Each word of the question is one concept: its synonyms can match, but count once.
    concepts: list[list[tuple[str, float]]] = []
    unknown: list[str] = []
    understood = 0  # words that say what kind of answer is wanted, not what it is about
    found: dict[str, set[str]] = {}
    # A string of words with no question word ("xiaomi smartphone sales") is about its last word
    # before any "of", "on", "over"... ("workforce on the car project", "US$10bn over 10 yrs")
    phrase = _LINK.split(rest.casefold(), maxsplit=1)[0]
    # "size of the investment" is about the investment, "robot makers" about robots
    words = [t for t in tokens(phrase) if t in content and not t[0].isdigit() and t.isascii()
             and t not in _MEASURES and t not in _KINDS_OF_THING and t not in GENERIC_WORDS]
    # a word alone, or a few following on from another question ("and its capacity?"), are keywords
    lone = question.casefold().rstrip("?\uff1f ") if len(question.split()) <= 3 else question.casefold()
    keywords = bool(content) and not _ASKING.search(lone)  # a word alone, asked or not ("capacity?")
    head = words[-1] if words and len(content) > 1 and keywords else ""
    # the names a question is about: not a place another of them lies in ("E-Town ... Beijing")
    focus = {m for m in mentioned if not any(
        n != m and m in relations.reach_places(n) for n in mentioned)}
    defining = bool(focus) and bool(content) and all(t in _DEFINES for t in content)
    places_only = bool(mentioned) and all(relations.is_place(m) for m in mentioned)
    what = re.match(_WHAT_THING, lowered) if "what " in lowered else None
    aside = _clause_words(lowered)
    what_noun = stem(what.group(1)) if what else ""
    for term in content:
        if defining:  # "why is E-Town important": what defines E-Town
            understood += 1
            continue
        if term in _KIND_WORDS.get(kind or "", ()) or (translating and term in _NAMING):
            # "the name of X", "what does Red mean in Chinese": understood
            understood += 1
            continue
        # "which part of Beijing" is not a unit: the word as it is, without its synonyms
        # nor is "is E-Town part of Daxing", of places only
        as_written = _AS_WRITTEN.get(kind or "", ()) or (_AS_WRITTEN["place"] if places_only else ())
        widened = {term} if term in as_written else _SYNONYMS.get(term, {term})
        hit = [w for w in widened if w in index.idf]
        if not hit and term.isdigit() and len(term) >= 4 and term.endswith("0"):
            # a round number finds the figure it rounds ("3.52 million" is 3,521,000)
            places = len(term) - len(term.rstrip("0"))
            hit = [w for w in index.idf if w.isdigit() and len(w) == len(term) and w[0] != "0"
                   and round(int(w), -places) == int(term)]
        if not hit and len(term) >= 4 and term.isalpha():  # "phone" finds "smartphone"
            hit += [w for w in index.idf if w.endswith(term) and len(w) >= len(term) + 3][:5]
        if len(term) >= 5 and not term[0].isdigit():  # "biotech" also finds "biotechnology",
            # "describ" "description"; a word as it is ("subsidy": not subsidiary)
            word = english.is_word(term)
            start = term if len(term) < 7 or word else term[:-1]
            # a word as it is, or one of its forms ("invest": investment), not a longer word of
            # another sense ("author": not authority, "commit": not committee, "count": not country)
            hit += [w for w in index.idf if w.startswith(start) and w != term and (
                not word or w[len(start):] in _FORMS or w[len(start)] == ".")][:5]
            root = _DERIVATION.sub("", term)  # "expansion" finds "expanding"
            if not hit and len(root) >= 5 and root != term:
                hit += [w for w in index.idf if w.startswith(root)][:5]
        # numbers, dates and scales qualify a question; they do not make it one the dataset can't answer
        # nor do words it cannot judge: a Chinese word outside the few it reads
        if not (hit or term[0].isdigit() or term in _SCALE_WORDS or term in date_words
                or term in GENERIC_WORDS or not term.isascii()
                # a verb says what is asked; but the word after "what" is a thing ("what colour is it")
                or (english.is_predicate(term) and term != what_noun)
                or term in _DEFINES or term in _VAGUE):
            unknown.append(term)
        found[term] = set(hit)
        if hit:
            # A synonym counts as much as the commonest word of the concept, never more: a rare
            # synonym must not outweigh the word the user typed.
            floor = min(index.idf[w] for w in hit)
            weight = HEAD if term == head else VAGUE if term in _VAGUE and len(content) > 1 else 1.0
            if term in aside:
                weight *= CLAUSE
            concepts.append([(w, weight * (1.0 if w == term else 0.7) * floor / index.idf[w])
                             for w in hit])
    unknown += strange_chinese
    # numbers qualify what a question asks about; they are not what it is about ("revenue 2021")
    # nor do words that measure ("su7 battery size": the size of a thing the dataset lacks)
    # nor do the words of a story told before the question (round 150: "my uncle drives a byd, ...")
    told = _story_words(question)
    known = sum(not term[0].isdigit() and term not in _SIZES and term not in told
                for term in found if found[term]) + understood
    name_only = not concepts
    if not concepts:  # a name alone, or with words the dataset lacks: what is said about it
        concepts += [[(t, 1.0)] for entity_id in mentioned
                     for n in entity_names(ds.entities[entity_id]) for t in tokens(n) if t in index.idf]
    terms = [pair for concept in concepts for pair in concept]
    answers = []
    content_terms = {w for w, _ in terms}
    phase = _phases(question)
    firms = kind == "who" and bool(_FIRMS.search(lowered))
    listed = _listed(ds, lowered) if kind == "count" else frozenset()
    narrower = _narrower(ds)
    asked_words = {w for t in content for w in _SYNONYMS.get(t, {t})} | set().union(*found.values())
    asks_time = not per_year and bool(_TIME_WORDS.search(lowered))  # "year volume production starts"
    names_thing = bool(_WHAT_IS.match(lowered))  # "what is the EV pledge": a thing
    sized = kind == "quantity" and bool(_HOW_BIG.search(lowered))  # how big a thing is: its size
    percent = _asks_percent(lowered)
    # what happened in a month: its words count for what was done then, not for what names the month
    dating = {i for i, concept in enumerate(concepts)
              if happened and any(w in date_words for w, _ in concept)}
    for record, counts, length, own_fields in zip(records, index.freqs, index.lengths, fields, strict=True):
        # done in the month or on the day the question names (a month-precise date for a day named)
        on_date = bool(dated) and _done_in(record, dated)
        score, matched = 0.0, []
        for i, concept in enumerate(concepts):
            if i in dating:  # a date named is weighed the same for every record done then (DATE_ONLY)
                continue
            part, words = max((index.score([pair], counts, length) for pair in concept),
                              key=lambda scored: scored[0])
            score += part
            matched += words
        cited = _quotes(record, quoted_words)
        if on_date and score > 0:
            score += DATE_ONLY
        if score <= 0:  # what is said about a name the question gives may use none of its other words
            if not (cited or on_date or _about(record, mentioned)):
                continue
            score = DATE_ONLY if on_date else NAME_WEIGHT
        if on_date:  # the date it names is what it shares with the question
            matched += sorted(date_words)
        if quoted_words:
            # not what quotes it, where it gives no date or figure asked for ("when was the "10
            # billion" pledge announced": its date)
            if cited and (kind not in ("date", "count", "quantity") or _kind_fits(kind, record, ds)):
                score *= QUOTED
            elif not cited:
                score /= QUOTED
        if mentioned:
            # a figure worked out of claims about it, when the question asks for one ("per phase")
            if (isinstance(record, Claim) or derived_wanted) and (
                    _subjects(ds, record) & mentioned or _persons(relations, record, mentioned)):
                score *= 1.5
            for m in mentioned:
                if not relations.related(m, record):
                    score *= MARKET_MISSED if relations.type_of(m) == "market" else 0.35
                elif relations.only_country(m, record):
                    score *= WIDER
            score *= 1.3
        if kind is not None:
            score *= _kind_fit(kind, record, ds, saying, firms, listed)
        elif saying and not after and isinstance(record, Claim) and record.attribution.by in mentioned:
            score *= SAID_BY  # "what did Lei Jun say": what he said, not what he is
        if excluded and (_subjects(ds, record) & excluded_names or _about(record, excluded_names)
                         or excluded_words & set(tokens(f"{own_fields[0][0]} {own_fields[1][0]}"))):
            score *= BESIDES
        if minus and (_subjects(ds, record) & minus_names or _about(record, minus_names)
                      or minus_words & set(tokens(own_fields[0][0]))):  # what its label says is excluded
            score *= BESIDES
        if name_only and kind is None and len(focus) == 1 and isinstance(record, Claim) \
                and record.property in _DEFINING and _about(record, mentioned):
            score *= 1.5  # "Lei Jun": Xiaomi's CEO
        if (head or names_thing or figures) and kind is None and not asks_time and isinstance(record, Claim) \
                and record.value.type == "date":
            # keywords, or "what is", name a thing, not when it was done; a figure given is checked
            score *= KEYWORDS_DATE
        if keywords and kind is None and not asks_time and record.value is not None \
                and record.value.type == "quantity":
            score *= KEYWORDS_FIGURE  # "capacity", "growth": the figure, not words that use the word
        if percent and record.value is not None and record.value.type == "quantity" \
                and not _in_percent(record):
            score *= NOT_PERCENT  # "percent rise over 2020": the growth, not the 2020 figure
        if sized and "size" in counts:
            score *= SIZE  # as its record says ("size of the plant": the capacity)
        if figures and kind in (None, "quantity", "count") and record.value is not None \
                and record.value.type == "quantity" and any(
                record.value.amount / 10 < n < record.value.amount * 10 for n in figures):
            score *= CLOSE_FIGURE  # near the one given ("did Xiaomi promise $5 billion": $10 billion)
        if describe and record.value is not None:
            score *= 1.5 if record.value.type == "text" else 0.8
        if per_year:
            value = record.value
            fits = value is not None and value.type == "quantity" and value.per == "year"
            score *= 1.5 if fits else 1.0
        if years:  # a statement's own words may give the year ("when was the 2024 target set")
            score *= 1.5 if years & _years(record) or (
                saying and kind in ("date", "who") and {str(y) for y in years} & set(matched)) else 0.7
        if bounds:  # "registered before 2022": a year within the bounds
            score *= 1.5 if _in_bounds(_years(record), bounds) else 0.7
        # "the first 11 months", "phase 2": every number; not a plan's own figure when the question
        # asks whether it was reached ("did sales reach 3 million": what they reached)
        if numbers and numbers <= set(matched) and not (reached and _aimed_at(record, numbers)):
            score *= NUM
        elif reached and numbers and done_asked and _aimed_at(record, numbers):
            score *= AIMED_AT  # nor do the words that name it ("the three million they predicted")
        # the phase it is about, by its label, quote or text and other words for it (not its notes)
        named = _named_phases(own_fields)
        if phase and phase & named:
            score *= NUM  # "phase 2": the record names that phase, not merely two of them
        elif phase and not named and not isinstance(record, Figure):
            score *= NO_PHASE  # "phase 2 annual volume": phase 2's, not the whole plant's
        elif not phase and named - {"1"}:
            score *= LATER_PHASE  # "when did building work start": the first works, not a later phase's
        # "what happened in July 2024": what happened then, to the day if a day is named
        if on_date:
            score *= DATED
        elif happened or (dated and any(len(d) >= 7 for d in _on_dates(record))):
            score *= OTHER_DATE  # done in another month, or not then when what happened then is asked
        if months:  # "January to November": the period that ends in one of those months
            period = record.definition.period if isinstance(record, Figure) else record.period
            end = period.end if period is not None and period.end is not None else ""
            if len(end) >= 7:
                score *= 1.5 if int(end[5:7]) in months else OTHER_MONTH
        if doubt and isinstance(record, Claim) and any(
                n.kind in ("correction", "resolution") for n in record.notes):
            score *= 1.6
        if translating and isinstance(record, Claim) and any(n.kind == "translation" for n in record.notes):
            score *= 1.6
        if not isinstance(record, Figure) and record.modality in _FORWARD:
            # a plan is not what was; nor is an estimate a year's total ("full-year 2021 sales")
            # nor is the date a plan aims at when it was given ("when did the CEO give the 2024 date")
            aims_at_date = record.value is not None and record.value.type == "date"
            # (nor, when whether it came to be is asked, is it what was: "did sales top the three
            # million they were predicting")
            score *= 1.4 if future and not (reached and done_asked) else 0.7 if after or past or (
                full_year and not saying and record.modality == "estimate") or (
                saying and kind in ("date", "who") and aims_at_date) else \
                ESTIMATE if record.modality == "estimate" and not saying else 1.0
        if isinstance(record, Claim) and record.property in narrower:
            # a kind of a thing the question does not ask ("Xiaomi Auto's HQ": not its sales HQ)
            extra = set(tokens(narrower[record.property]))
            if not extra & asked_words:
                score *= NARROWER
        if isinstance(record, FollowUp):
            # later reporting answers what was, less what will be
            score *= 1.4 if after else 0.9 if past else 0.75
        elif isinstance(record, Figure):
            # not a share of the whole, when the whole is asked ("combined capacity of both phases")
            score *= 1.5 if derived_wanted else 0.5 if combined else 0.8
        elif record.modality == "opinion":
            score *= 1.5 if why else 0.8
        if years and not months:  # "final 2021 sales": the figure for the whole year, not part of it
            period = record.definition.period if isinstance(record, Figure) else record.period
            if period is not None and period.start and period.end:
                first, last = date_bounds(period.start)[0], date_bounds(period.end)[1]
                whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
                # said outright ("full year") it weighs more than a year named alone ("in 2021")
                score *= (1.4 if whole else 0.8) if full_year else (WHOLE if whole else 1.0)
        answers.append(Answer(record, score, tuple(dict.fromkeys(
            m for m in matched if m in content_terms or m in date_words))))
    if kind in _HOPS:
        answers = _hop(answers, records, kind, ds)
    answers.sort(key=lambda a: -a.score)
    if _INTERVAL.search(lowered) and len(answers) > 1:
        # "how long after the pledge was the unit registered": of the two events, the later one, on
        # which the interval ends (and which the article often dates by the other: "six months later")
        best, dates = answers[0], _on_dates(answers[0].record)
        meant = {s for w in best.matched for s in _SYNONYMS.get(w, {w})}  # "began" is "started"
        later = next((a for a in answers[1:3] if dates and _on_dates(a.record)  # the other event named:
                      and max(_on_dates(a.record)) > max(dates)  # it matches words the best does not
                      and {w for w in a.matched if w not in GENERIC_WORDS} - meant), None)
        if later is not None:
            answers.remove(later)
            answers.insert(0, Answer(later.record, later.score, later.matched, dated=True))
    # a place asked about in lower case too; not where a question checks or asks why ("xiaomi
    # signed with the shanghai government, right?": the partner answers)
    answers = _in_order(answers, records, lowered, content)
    if kind == "place" and len(answers) > 1:
        answers = _within(ds, answers, lowered)
    # a question that checks a statement ("wasn't the target 2023?", "..., right?") is answered
    # though a phase, year or place it gives is not the best match's
    checks = doubt or confirming or bool(_CHECKS.match(lowered))
    # a statement asked, or why something was done: what it says of an event's date or a thing's place
    # is to be checked against the record that gives them, not asked of (though the dataset has
    # another: "the su7 was unveiled in 2022?", "why did xiaomi aim for mass production in 2022")
    stating = lowered.rstrip().endswith("?") and not re.match(_ASKS_FIRST, lowered) and (
        bool(re.search(_FINITE, lowered)) or any(w in english.irregular() or (  # "grew", "stays"
            len(w) > 3 and w.endswith("s") and english.is_predicate(stem(w[:-1])))
            for w in _ASCII_WORD.findall(lowered)))
    places = not (doubt or confirming or why or _YES_NO.match(lowered))  # "is it in germany?" checks one
    strangers = _strangers(question, rest, index, places=places)
    # a place the question offers that the dataset does not know ("is the plant located in
    # Shanghai", "in Beijing or Shanghai"): the place the dataset gives answers it
    offered = _OFFERED.search(lowered) if kind == "place" or (stating and _is_in().match(lowered)) \
        else _EITHER.search(lowered)
    if offered:
        # "in Shanghai or Beijing": the place it does not know, beside one it does (not two it does not
        # know: "plans in Germany or Hungary")
        offered_places = {g.strip(string.punctuation) for g in offered.groups()}
        if len(offered_places) > 1 and not any(_entity_mentions(ds, g)[0] for g in offered_places):
            offered_places = {offered.groups()[-1]}
        strangers = [w for w in strangers if w.casefold() not in offered_places]
        unknown = [t for t in unknown if t not in {stem(p) for p in offered_places}]
    strangers = [w for w in strangers if w.casefold() not in told]
    unknown = [t for t in unknown if t not in told]
    whose = [w for w in strangers if re.search(rf"\b{re.escape(w)}'s\b", question, re.IGNORECASE)]
    if whose:  # whose something is asked ("seres's ev sales"): not what the other words match
        return answers, f"it asks of {', '.join(whose)}, which the dataset does not know"
    if strangers:
        return answers, f"it names {', '.join(strangers)}, which the dataset does not know"
    if not answers or (content and not answers[0].matched and not _about(answers[0].record, mentioned)
                       and not _quotes(answers[0].record, quoted_words)
                       # "what happened since 2024": done then, which no word of it names
                       and not (happened and _done_in(answers[0].record, dated))):
        return answers, "nothing in the dataset matches its words"
    best = answers[0]
    spelled = {(tokens(w) or [stem(w)])[0]: w for w in _ASCII_WORD.findall(question.casefold())}  # sell: sold
    # a name's claim that shares none of the words asked about it ("where is Tesla's gigafactory")
    unmatched = [t for t in content if found.get(t) and t not in GENERIC_WORDS and not t[0].isdigit()]
    if kind is not None and unmatched and not best.matched and not _quotes(best.record, quoted_words):
        return answers, "the best match says nothing of " + ", ".join(
            repr(spelled.get(t, t)) for t in unmatched)
    if kind is not None and _kind_fit(kind, best.record, ds, saying, firms, listed) <= 1 and not (
            # "which authority approved": the NDRC, as the event that matches what was done names it
            kind == "who" and isinstance(best.record, FollowUp)
            and any(english.is_predicate(w) for w in best.matched) and any(
                relations.type_of(e) in ("person", "organisation")
                for e in _entity_mentions(ds, best.record.text)[0])) and not any(
            # two things asked in one: the best answers the other ("... and since when")
            _kind_fit(other, best.record, ds, saying, firms, listed) > 1
            for other in _kinds_asked(lowered) - {kind}) and not (
            # a thing said in the present perfect as done by the day it was said ("xiaomi has become the
            # latest ... to join": "when did xiaomi get into the nev sector")
            kind == "date" and isinstance(best.record, Claim) and best.record.value is not None
            and best.record.value.type == "text" and bool(_DONE_BY_THEN.search(best.record.quote))):
        return answers, f"no claim that matches it gives {_KIND_NAMES[kind]}"
    if kind is None and _TOTAL.search(lowered) and _kind_fit("quantity", best.record, ds, saying) <= 1:
        return answers, "no claim that matches it gives a total"  # "xiaomi 2024 full-year deliveries"
    # as many words the dataset never uses as words it does: the question is about something else
    # ("the population of Beijing", "Xiaomi's share price")
    if unknown and len(unknown) >= known:
        return answers, "the dataset never speaks of " + ", ".join(
            repr(spelled.get(t, t)) for t in unknown)
    done_to = _done_to(question, content)
    happening = _when_happened(question, content)
    # "Xiaomi's plans for": for what; "China's position in the market": what defines it
    asked = [w for w in _asked_for(question, content) if w not in _VAGUE and w not in _DEFINES]

    # "which came first, the pledge or the registration": the other event names the rest
    paired = set(answers[1].matched) if best.dated and len(answers) > 1 and " or " in lowered \
        and _WHICH_FIRST.search(lowered) else set()

    def missing(answer: Answer) -> list[str]:
        # what the question plainly asks for ("Xiaomi's chief financial officer") is not in the
        # answer, which only shares its other words
        value = answer.record.value
        units = set(tokens(value.unit)) if value is not None and value.type == "quantity" else set()
        units |= paired if answer is best else set()
        missed = [w for w in asked  # of the words read for their meaning
                  if w in found and not found[w] & (set(answer.matched) | units)]
        # a thing few records speak of, which the answer does not ("when did Xiaomi start making
        # phones": only what Xiaomi is says phones)
        if done_to and found.get(done_to) and not found[done_to] & set(answer.matched) \
                and sum(bool(found[done_to] & set(a.matched)) for a in answers) <= RARE:
            missed.append(done_to)
        # what was done, which the answer is not the doing of ("when will phase 3 be finished": the
        # phase 3 land was bought, phase 1 finished)
        if happening and found.get(happening) and not found[happening] & set(answer.matched):
            missed.append(happening)
        return missed

    # "what did Tesla say about Xiaomi": what a name said, when no claim is said by it (what is said
    # of it, or of another, is not what it said); a later event it took part in answers for it
    said = _SAID_WHAT.match(lowered)
    speakers = _entity_mentions(ds, said.group(1))[0] if said else set()
    if speakers and not any(c.attribution.by in speakers for c in ds.claims) and not (
            isinstance(best.record, FollowUp) and _about(best.record, speakers)):
        said_by = " or ".join(sorted(ds.entity_name(m, short=True) or m for m in speakers))
        return answers, f"no claim in the dataset was said by {said_by}"
    # "who is the head of the E-Town committee": of it, or of what it is part of, not of another
    head_of = _HEAD_OF.search(lowered)
    owners = _entity_mentions(ds, head_of.group(2))[0] if head_of else set()
    if head_of and owners and not _about(best.record, owners | {
            e for o in owners for e in relations.close.get(o, ())}) \
            and not (head_of.group(1) == "leader" and _says_who_leads(ds, best.record)):
        owned = " or ".join(sorted(ds.entity_name(m, short=True) or m for m in owners))
        return answers, f"no claim that matches it is about the {head_of.group(1)} of {owned}"
    # "how big is E-Town": the size of a place, which only a claim about it gives (not a plot in it)
    size_of = _HOW_BIG_IS.search(lowered) if sized else None
    sized_places, sized_rest = _entity_mentions(ds, size_of.group(1)) if size_of else (set(), "")
    if sized_places and all(relations.is_place(p) for p in sized_places) \
            and not _about(best.record, sized_places) and all(len(t) < 2 for t in tokens(sized_rest)):
        place_names = " or ".join(sorted(ds.entity_name(m, short=True) or m for m in sized_places))
        return answers, f"no claim that matches it gives the size of {place_names}"
    # "what did the phase 1 land cost": not what phase 2's did
    other_phases = _named_phases(next(f for r, f in zip(records, fields, strict=True) if r is best.record)
                                 ) if phase else set()
    if other_phases and not phase & other_phases:
        return answers, (f"the best match is about phase {' and '.join(sorted(other_phases))},"
                         f" not phase {' and '.join(sorted(phase))}")
    # "how many cars a year will phase 3 make": the whole plant's figure is no phase's (not where a
    # question checks a figure against a phase, or sets a phase's event beside another)
    if phase and not other_phases and not best.dated and not checks:
        # a figure for each phase answers for one of them ("phase 1 capacity": about 150,000 a year)
        for_each = next((a for a in answers[:3] if _for_each_phase(ds, a.record, phase)), None)
        if for_each is not None:
            return [for_each, *(a for a in answers if a is not for_each)], ""
        asked_phase = " and ".join(sorted(phase))
        return answers, f"the best match is about no phase in particular, not phase {asked_phase}"
    # "su7 price in 2030", "nev sales in 2019": a year that no dated record matching it is of (not
    # where a question checks a year: "wasn't the target 2023?")
    of_years = [_years(a.record) for a in answers[:3]]
    held = sorted(of_years[0])
    of_held = f"the best match is of {held[0]}" + (f"-{held[-1]}" if len(held) > 1 else "") if held else ""
    premise = (stating or why) and (  # an event's date, not a figure's period ("nev sales in 2019?")
        (isinstance(best.record, FollowUp) and best.record.period is None)
        or (isinstance(best.record, Claim) and best.record.value.type == "date"))
    if years and held and not any(years & y for y in of_years) \
            and not checks and not premise:
        return answers, f"{of_held}, not {' or '.join(map(str, sorted(years)))}"
    # "registered before 2022", "after:2021": a year within the bounds (not where a question checks)
    if bounds and held and not any(_in_bounds(y, bounds) for y in of_years) \
            and not checks:
        return answers, f"{of_held}, not " + " and ".join(f"{word} {year}" for word, _, year in bounds)
    # "investment per car", "cost per employee": only a figure for each of the thing answers (a car's
    # price is one: "su7 price per car")
    per = re.search(_PER_THING, lowered) if any(w in lowered for w in ("per ", "each", "every")) else None
    each = set(tokens(per.group(1))) if per else set()
    if per and each & _COUNTED and not _gives_each(ds, best.record, per.group(1)) and not (
            each & _CAR_WORDS and _PRICED.search(lowered)):
        return answers, f"no claim that matches it gives a figure per {per.group(1)}"
    missed = missing(best)
    if missed:
        return answers, "the best match says nothing of " + ", ".join(repr(spelled.get(w, w)) for w in missed)
    if not _focus_kept(relations, mentioned, best.record):
        # what is said of the name asked about, if it answers in kind and misses nothing asked for
        # ("what role does the Chinese government play": its policy, not E-Town's role)
        kept = next((a for a in answers if _focus_kept(relations, mentioned, a.record)), None)
        unsaid = {t for t in content if not found.get(t, set()) & set(kept.matched)} if kept else set()
        if kind == "place" and kept is not None and isinstance(kept.record, Claim) \
                and kept.record.value.type == "entity" and relations.within.get(kept.record.value.entity):
            # "which city is BJEV in": the place a claim puts it in, and the places that lies in
            # (E-Town, in Beijing), not a country alone ("which city is Tesla in": China)
            unsaid -= _PLACE_WORDS
        unsaid -= _CAR_WORDS  # what the whole story is about ("the Chinese government's role in NEVs")
        unsaid -= _KIND_WORDS.get(kind or "", frozenset())  # "what's the name of the other automaker"
        if kept is not None and not missing(kept) and unsaid <= _VAGUE | GENERIC_WORDS \
                and (kind is None or _kind_fit(kind, kept.record, ds, saying, firms, listed) > 1):
            return [kept, *(a for a in answers if a is not kept)], ""
        names = sorted(ds.entity_name(m, short=True) or m for m in mentioned)
        return answers, f"no claim that matches it bears on {' and '.join(names)}"
    return answers, ""


_PHASE_CARDINALS = _UNITS[1:13]  # one to twelve, and first to twelfth
_PHASE_ORDINALS = ("first", *ORDINALS)
_PHASE = Lazy(rf"\b(?:phase|stage)\s+(\d{{1,2}}|{'|'.join(_PHASE_CARDINALS)})\b"
              rf"|\b({'|'.join(_PHASE_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:phase|stage)\b",
              re.IGNORECASE)
_NTH = {w: str(n) for words in (_PHASE_CARDINALS, _PHASE_ORDINALS) for n, w in enumerate(words, 1)}


def _phases(text: str) -> set[str]:
    """The numbers of the phases a text names ("phase 2", "phase two", "the second stage", "a 4th
    phase")."""
    return {_NTH.get(n.casefold(), n.rstrip("stndrhSTNDRH")) for m in _PHASE.finditer(text)
            for n in m.groups() if n}


def _for_each_phase(ds: Dataset, record: Claim | FollowUp | Figure, asked: set[str]) -> bool:
    """Whether a record is a figure for each of the phases asked of: worked out per stage, of as many
    stages as the plant is built in ("capacity per construction stage": phase 1 or 2, not phase 3)."""
    if not isinstance(record, Figure):
        return False
    d = record.definition
    stages = ds.claim(d.inputs.get("stages", ""))
    return stages is not None and isinstance(stages.value, Quantity) and all(
        n.isdigit() and 1 <= int(n) <= stages.value.amount for n in asked)


def _named_phases(fields: list[tuple[str, float]]) -> set[str]:
    """The phases a record is about, by its label, quote or text and other words for it (not its notes)."""
    return _phases(" ".join(text for text, _ in (*fields[:2], fields[-1])))


_HOPS = frozenset({"place"})  # not "who": "who set the target" asks who said it
HOP = 1.1  # the place of what the best matches are about ("where will the cars be made": the plant's)


def _hop(answers: list[Answer], records: list[Claim | FollowUp | Figure], kind: str, ds: Dataset
         ) -> list[Answer]:
    """When the claims a question matches best do not give the kind of answer it asks for, the
    claims of that kind about the same subject answer it, scored a little above them."""
    best: dict[str, Answer] = {}
    for answer in answers:
        record = answer.record
        if not isinstance(record, Claim) or _kind_fits(kind, record, ds):
            continue
        subject = ds.entities.get(record.subject)
        # what is said of a place ("smart manufacturing") does not ask where the place lies
        if subject is not None and subject.type != kind and (
                record.subject not in best or best[record.subject].score < answer.score):
            best[record.subject] = answer
    scored = {id(a.record): a for a in answers}
    out = list(answers)
    for record in records:
        if isinstance(record, Claim) and record.subject in best and _kind_fits(kind, record, ds):
            old, via = scored.get(id(record)), best[record.subject]
            score = HOP * via.score
            if old is None:
                out.append(Answer(record, score, via.matched))
            elif old.score < score:
                out[out.index(old)] = Answer(record, score, tuple(dict.fromkeys(old.matched + via.matched)))
    return out


# "what colour is the SU7", "what engine does it have": the word after "what" names a thing
_WHAT_THING = r"^\W*what ([a-z]+) (?:is|are|was|were|does|do|did|will|would|has|have|had)\b"
_WHAT_IS = Lazy(r"^\W*(?:what|who|which)(?:'s|\s+(?:is|are|was|were))\s+(.*)$")
# "how many SU7 deliveries were made", "the number of robots on the line": the words before the
# verb, and of them the things counted
_HOW_MANY = Lazy(r"^\W*(?:how many|(?:the )?number of)\s+(.*?)(?=\s+(?:is|are|was|were|will|would|did"
                 r"|does|do|can|could|has|have|had|should|must|might|may|after|before|between|since|than)\b|$)")
# "how many cars did Xiaomi sell in 2025": and what was done with them, the verb after its subject
_HOW_MANY_DONE = Lazy(r"^\W*how many\s+\w+(?:\s+\w+)?\s+"
                      r"(?:did|does|do|will|would|can|could|should|has|have)\s+(.*)$")
_HOW_MANY_DONE_TO = Lazy(r"^\W*how many\s+\w+(?:\s+\w+)?\s+"
                         r"(?:were|was|are|is|will be|have been|had been)\s+(\w+ed)\b")
# "how much does the SU7 weigh", "how fast does it accelerate": what is measured is what it does
_HOW_MUCH_DONE = Lazy(r"^\W*how (?:much|fast|far|quickly)\s+(?:(?:did|does|do|will|would|can|could|should)"
                      r"\s+(.*?)|(?P<bare>(?!(?:is|are|was|were|has|have|had|money|of|the|a|an)\b)"
                      r"(?:[a-z]+ ){0,3}?(?P<verb>make|makes|earn|earns|collect|collects|get|gets|pay|pays"
                      r"|invest|invests|spend|spends|cost|costs)\b.*?))\W*$")
_HOW_MUCH_AFTER = Lazy(r"^\W*((?:[a-z0-9]+ ){1,3}?)(earns?|makes?|collects?|pays?|spends?|invests?)"
                       r"\s+how much(?=(?:\s+(?:a|per|every|each|in a)\s+(?:year|month|week|day))?\W*$)")
# "how much did phase 2 construction cost", "what did the phase 1 land cost": the thing costed
_PRICE_POINTS = frozenset({"max", "maximum", "min", "minimum", "top", "base", "starting", "entry", "lowest",
                           "highest", "cheapest", "dearest", "model", "models", "version", "versions",
                           "variant", "variants", "trim", "trims", "edition"})
_COSTED = r"^\W*(?:what|how much) (?:did|does|do|will|would|could|should) (.+?) cost\W*$"
_ORDINALS = frozenset({"first", "second", "third", "last", "next", "latest"})


def _says_who_leads(ds: Dataset, record: Claim | FollowUp | Figure) -> bool:
    """Whether a record says who leads, for a market's leader asked of ("is Tesla the leader of the
    EV market": Tesla is the "US leader", a claim about Tesla, not about the market); a market's
    leader is a firm, not a post in it ("who is the head of the EV market": no claim says)."""
    return "leader" in {stem(t) for text, _ in record_fields(ds, record) for t in tokens(text)}


# "what did Tesla say about Xiaomi": who is asked for what they said
_SAID_WHAT = Lazy(r"^\W*what (?:did|does|do|has|have|had|would) (.+?) "  # "what would lei jun say": did
                  r"(?:say|said|think|thought|tell|told|claim|claimed|state|stated)\b")
# "when opens phase 3", "when began the works": a verb straight after "when", as German, French or
# Spanish put it, with what it is said of after it
_WHEN_VERB_FIRST = Lazy(r"^(\W*when) ([a-z]+(?:s|ed|an|egan|ose|ame|ew|ook|old)) (.+?)(\W*)$",
                        re.IGNORECASE)
# and a passive's participle before what it is said of ("when will be opened phase 3")
_WHEN_PASSIVE_FIRST = Lazy(r"^(\W*when) (will be|would be|was|were|is|are) ([a-z]+(?:ed|en|ilt|old|ut))"
                           r" (.+?)(\W*)$", re.IGNORECASE)


def _verb_after_when(question: str) -> str:
    """A question with a verb straight after "when" asked as "when did ... <verb>", so that what is
    done is read as in English word order; not an auxiliary ("when is", "when was") or a name; and a
    passive's participle after what it is said of ("when was the first phase opened")."""
    passive = _WHEN_PASSIVE_FIRST.match(question)
    if passive is not None:
        done = passive.group(3).casefold()
        if done in STOPWORDS or not english.is_predicate(stem(english.irregular().get(done, done))):
            return question
        auxiliary, *be = passive.group(2).split()
        return f"{passive.group(1)} {auxiliary} {passive.group(4)} {' '.join([*be, passive.group(3)])}" \
               f"{passive.group(5)}"
    found = _WHEN_VERB_FIRST.match(question)
    if found is None:
        return question
    verb = found.group(2).casefold()
    lemma = english.irregular().get(verb, verb)  # "began" is begin; "opens" is read as its stem later
    if verb in STOPWORDS or verb in QUESTION_SPELLINGS or not english.is_predicate(stem(lemma)):
        return question
    return f"{found.group(1)} did {found.group(3)} {lemma}{found.group(4)}"


_WHEN_DONE = Lazy(r"^\W*when (?:did|does|do|will|would) (.*)$")
# "when did Lei Jun say mass production by 2024": when it was announced, not the time it names; not
# what a government or the state says of another, which is its decision ("when did the government say
# xiaomi was allowed to make cars": the approval), nor "the state" as a noun
_SAID_WHEN = Lazy(r"^(\W*when (?:did|has|had) (?!the (?:state|government|authorities|regulators?) )"
                  r"(?:[\w'-]+ ){1,3}?)(?<!the )(?:first )?(?:say|said|state|stated|mention|mentioned"
                  r"|talk about|talked about|declare|declared)\b", re.IGNORECASE)
# a post over something ("head of design"): what it is over is asked for as well
_ROLE_WORDS = "head chief director manager officer president leader"
_ROLES = frozenset(tokens(_ROLE_WORDS))
_ROLE_OF = Lazy(rf"\b(?:{_ROLE_WORDS.replace(' ', '|')})s? of (?:the )?([a-z]+)")
# and whose post it is ("the head of the E-Town committee"): the rest of the question, for its names
_HEAD_OF = Lazy(rf"\b({_ROLE_WORDS.replace(' ', '|')}|chairman|chairwoman|ceo|boss)s?"
                r" of (?:the )?(.+?)\W*$")
# "investment per car", "cost per employee": a figure for each of a thing, not for a time ("per
# year" is read by _PER_YEAR) nor for a hundred ("per cent")
_PER_THING = (r"\b(?:per|for each|for every)\s+(?!(?:year|yr|annum|month|day|week|quarter|cent"
              r"|hour|capita)s?\b)([a-z]+)")
_AREA = frozenset(tokens("square sqm m2 metre meter acre hectare mu"))  # a price per square metre
# the things the dataset counts, that a figure may be given for each of (not "per the article")
_COUNTED = frozenset(w for t in tokens("car staff phase factory") for w in _SYNONYMS[t]) | _AREA
_PRICED = Lazy(r"\b(?:price\w*|costs?|pay|paid|rmb|yuan)\b")  # a car's price is a price per car
# "who directs the E-Town committee": who is its head, as "the head of" asks
_HEADS = (r"^(\W*who)(?:\s+(?:directs|heads|chairs|manages|runs|presides over)"
          # and who is doing so ("who's running nio")
          r"|(?:\s+is|'s|s)\s+(?:directing|heading|chairing|managing|running|presiding over))\s+(?!up\b)")
# nor does a word that says which side of it is asked ("the price range": the price)
_ASPECTS = _MEASURES | _SCALE_WORDS | frozenset(tokens("range rate target status name unit units source"
                                                       " sources"))


# "it" before what it names is information technology ("an it hub", "e-town's big it sector")
_IT_THING = Lazy(r"\b(an|the|of|in|on|for|big) it(?= (?:hub|hubs|industry|industries|sector|sectors"
                 r"|companies|company|firms|firm|cluster|clusters|park|parks|scene|businesses|business)\b)")
# the endings that make a word's other forms ("invest": investment, investor)
_FORMS = frozenset({"s", "es", "ed", "d", "ing", "ment", "ments", "ion", "ions", "ation", "ly", "al", "er",
                    "ers", "or", "ors", "y", "ee", "ees", "ic", "ics", "ship", "ern", "n", "ag", "age", "ar"})
_TOPIC_FIRST = Lazy(rf"^[^:?]{{1,40}}:\s+{_ASKS_NEXT}")


def _asked_for(question: str, content: list[str]) -> list[str]:
    """The thing a question asks for, when it says so plainly: "what is the X of ..." -> X,
    "how many X" -> X, as the words that name it ("chief financial officer"); none when it does
    not, or when X is a name ("the Chinese EV market")."""
    # a figure or a name set before the question ("$5 billion: how much did it raise"): the question
    folded = _TOPIC_FIRST.sub("", question.casefold())
    costed = re.match(_COSTED, folded) if "cost" in folded else None
    if costed:  # the thing costed, by its last word ("phase 2 construction": the construction), not
        # what it is for ("the land for expansion") nor which of its prices ("the su7 max")
        things = [w for w in _NAME_WORD.findall(_LINK.split(costed.group(1), maxsplit=1)[0])
                  if w not in STOPWORDS and w not in _PRICE_POINTS]
        return [stem(things[-1])] if things and stem(things[-1]) in content else []
    if "how much" in folded:  # asked where the figure would stand ("lei jun earns how much a year")
        folded = _HOW_MUCH_AFTER.sub(r"how much \1\2", folded)
    measured = _HOW_MUCH_DONE.match(folded)
    if measured:  # what is done, by the verb of its first clause ("weigh", "drive on one charge"); a
        # learner's or a dialect's with no "does" too, where a subject and a verb of money follow
        # ("how much lei jun earn a year")
        first = re.split(r"\band\b|\bor\b|,", measured.group(1) or measured.group("bare"), maxsplit=1)[0]
        clause = _NAME_WORD.findall(_LINK.split(first, maxsplit=1)[0])
        if measured.group("bare") and measured.start("verb") == measured.start("bare"):
            clause = ["", *clause]  # the verb first, as Spanish puts it ("how much earn lei jun")
        # the words after the subject that say what is done and how ("pay" in "how much does Xiaomi
        # pay its workers", "invest" and "personally"), not which one ("the second phase"),
        verbs = [stem(w) for w in clause[1:] if w not in _ORDINALS and not _SAYING.fullmatch(w)
                 and english.is_predicate(stem(w))]  # nor who says so ("according to CAAM")
        return [v for v in verbs if v in content] if len(clause) >= 2 else []
    match = _WHAT_IS.match(folded) or _HOW_MANY.match(folded)
    if not match:
        return []
    phrase = _LINK.split(match.group(1), maxsplit=1)[0]
    words = [w for w in _NAME_WORD.findall(phrase) if w not in STOPWORDS and w not in QUESTION_SPELLINGS
             and stem(w) not in GENERIC_WORDS]
    if match.re is _HOW_MANY.compiled:  # "how many cars sold in ...": the things counted, up to what is done
        ends = [i for i, w in enumerate(words) if i and (english.is_predicate(stem(w)) or w.endswith("ed")
                                                          or _MONTH.fullmatch(w))]
        words = words[:ends[0]] if ends else words
    # "who is running it", "what was reported in 2022": a verb, not a thing; "the other makers named":
    # the makers
    if words and (words[-1].endswith("ing") or (words[-1].endswith("ed") and (
            len(words) > 1 or phrase.split()[:1] == words[-1:]))):
        words.pop()
    words = [w for w in words if stem(w) not in _ASPECTS]  # "the price range": the price
    # a thing, not what is done or how it is ("meant to achieve", "short for")
    if not words or stem(words[-1]) not in content or english.is_predicate(stem(words[-1])):
        return []
    # the thing and the word that says which ("financial officer"), not one that describes it ("intended")
    # nor one every record here is about ("the US EV leader": cars)
    asked = [stem(w) for w in words[-2:] if w == words[-1] or not (w.endswith("ed") or stem(w) in _CAR_WORDS)]
    role = _ROLE_OF.search(match.group(1))
    if role and stem(role.group(1)) in content and stem(words[-1]) in _ROLES:  # "head of design": design too
        asked.append(stem(role.group(1)))
    done = _HOW_MANY_DONE.match(folded)
    if done:  # the subject, then what it did to them
        clause = [w for w in _NAME_WORD.findall(_LINK.split(done.group(1), maxsplit=1)[0])
                  if w not in STOPWORDS and w not in QUESTION_SPELLINGS and stem(w) not in GENERIC_WORDS]
        verb = "".join(tokens(clause[-1])[:1]) if len(clause) >= 2 else ""  # "sold" is sell
        if verb in content:
            asked.append(verb)
    done = _HOW_MANY_DONE_TO.match(folded)
    if done and stem(done.group(1)) in content and stem(done.group(1)) not in GENERIC_WORDS:
        # "how many NEVs were exported": what was done to them (not "mentioned": said)
        asked.append(stem(done.group(1)))
    return asked


def _done_to(question: str, content: list[str]) -> str:
    """What a question asks when something was done to ("when did Xiaomi start making phones":
    phones), "" when it does not say."""
    when = _WHEN_DONE.match(question.casefold())
    if not when:
        return ""
    clause = [w for w in _NAME_WORD.findall(_LINK.split(when.group(1), maxsplit=1)[0])
              if w not in STOPWORDS and w not in QUESTION_SPELLINGS and stem(w) not in GENERIC_WORDS]
    last = stem(clause[-1]) if len(clause) >= 3 and not clause[-1].endswith("ed") else ""
    return last if last in content and not english.is_predicate(last) else ""


_WHEN_VERB = r"^\W*when (?:did|does|do|will|would|was|were|is|are|has|have|had)\s+(.+?)\W*$"
# the doing as a noun, of what it is done to ("the inauguration of the third stage")
_WHEN_THE_DOING = Lazy(r"^(?:be )?(?:the )([a-z]+) of\b")
# and in keywords, before the date asked for, of a start or an end ("phase 3 completion date")
_DOING_DATE = Lazy(r"\b([a-z]+) (?:date|timing)\W*$")
_STARTS_OR_ENDS = frozenset({"start", "finish"})


def _when_happened(question: str, content: list[str]) -> str:
    """What a question asks the date of the doing of, by the verb that ends it ("when will phase 3
    be finished": finish), "" when it ends in a thing or says nothing done."""
    when = re.match(_WHEN_VERB, question.casefold()) if "when" in question.casefold() else None
    keyword = _DOING_DATE.search(question.casefold()) if not when else None
    if not when and not keyword:
        return ""
    doing = keyword or _WHEN_THE_DOING.match(when.group(1) if when else "")
    if doing:  # "when is the opening of phase 3", "phase 3 completion date": the doing named by its noun
        noun = stem(doing.group(1))
        if keyword and not _SYNONYMS.get(noun, frozenset()) & _STARTS_OR_ENDS:
            return ""  # in keywords, only a start or an end ("the announcement date" of a report is its own)
        return noun if noun in content and noun not in GENERIC_WORDS and any(
            english.is_predicate(w) for w in _SYNONYMS.get(noun, {noun})) else ""
    clause = [w for w in _NAME_WORD.findall(_LINK.split(when.group(1) if when else "", maxsplit=1)[0])
              if w not in STOPWORDS]
    last = stem(clause[-1]) if len(clause) >= 2 else ""
    return last if last in content and last not in GENERIC_WORDS and english.is_predicate(last) else ""


def _aimed_at(record: Claim | FollowUp | Figure, numbers: set[str]) -> bool:
    """Whether the numbers a question gives are what a plan or estimate aims at ("3 million")."""
    if not isinstance(record, Claim) or record.value.type != "quantity":
        return False
    return record.modality in _FORWARD and f"{record.value.amount:.0f}" in numbers


def _gives_each(ds: Dataset, record: Claim | FollowUp | Figure, thing: str) -> bool:
    """Whether a record gives a figure for each of a thing: its label says so ("capacity per
    construction stage", for "per phase"), or, for a price per square metre, it gives an area."""
    wanted = {w for t in tokens(thing) for w in _SYNONYMS.get(t, {t})}
    label = record.definition.label if isinstance(record, Figure) else record.label
    if wanted & _AREA:
        return "m\u00b2" in _record_text(ds, record) or bool(_AREA & set(tokens(_record_text(ds, record))))
    return bool(wanted & set(tokens(label)))


def _about(record: Claim | FollowUp | Figure, mentioned: set[str]) -> bool:
    """Whether a claim is about, or names as its value, an entity the question gives."""
    return isinstance(record, Claim) and (record.subject in mentioned or (
        record.value.type == "entity" and record.value.entity in mentioned))


_KIND_NAMES = {"date": "a date", "quantity": "a figure", "count": "a number of things", "place": "a place",
               "who": "a person or organisation", "name": "a name"}
_NAME = Lazy(r"(?<!^)(?<![.?!] )\b([A-Z][A-Za-z0-9]+|[A-Z][A-Z0-9]+)\b")


_LEADING_NAME = Lazy(r"^\W*([A-Z][A-Z0-9]+)\b")
_OWNER = Lazy(r"\b([A-Za-z][A-Za-z0-9]+)'s\s+"  # "byd's sales", not "what's the"
              r"(?!(?:the|a|an|this|that|there|it|its|their|your|my|our)\b)(?=\w)", re.IGNORECASE)


def _strangers(question: str, rest: str, index: Index, places: bool) -> list[str]:
    """Whether the question names someone or something the dataset does not know ("BYD's CEO"):
    a capitalised word, not first in the question, or with `places` a place's name in any case
    ("xiaomi car sales in germany"), that is no entity and no word of the index."""
    unknown: list[str] = []
    named = [m for m in _ASCII_WORD.finditer(rest.casefold()) if places and english.is_place(m.group())]
    capitals = [m.group(1) for m in _NAME.finditer(question)]
    # a name in capitals first in the question too ("BYD NEV sales"), not a word ("WHERE is the plant")
    leading = _LEADING_NAME.match(question)
    if leading and not english.is_word(leading.group(1).casefold()):
        capitals.insert(0, leading.group(1))
    # a possessive's owner is a name in lower case too ("byd's sales"), not a contraction ("wht's the")
    capitals += [m.group(1) for m in _OWNER.finditer(question) if not english.is_word(m.group(1).casefold())
                 and m.group(1) not in capitals]
    words = re.findall(r"[A-Za-z]{2,}", question)
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
        # a headline's capitals say nothing ("Lei Jun Eyes 2024 Mass Production"): English words are words
        capitals = [w for w in capitals if w.isupper() or not english.is_word(w.casefold())]
    for word in capitals + [m.group() for m in named]:
        if word.casefold() not in rest.casefold() or word.casefold() in map(str.casefold, unknown):
            continue  # part of a known entity's name, or said already
        if (folded := word.casefold()) in _YEAR_PARTS or folded in _MONTH_NUMBER or folded in english.MONTHS:
            continue  # a part of a year ("in H2 2024"), a month ("started in April 2022"): no name
        terms = tokens(word)
        known = (t in index.idf or t in QUESTION_WORDS or any(w in index.idf for w in _SYNONYMS.get(t, ()))
                 or index.expand(t) for t in terms)
        if terms and not any(known):
            unknown.append(word)
    return unknown


def _focus_kept(relations: Relations, mentioned: set[str], record: Claim | FollowUp | Figure
                ) -> bool:
    """Whether the answer bears on what the question is about: one of the organisations, people or
    facilities it names, and every place it names ("in Daxing"). Markets weigh in the ranking only."""
    focus = {m for m in mentioned if not relations.is_context(m)}
    places = {m for m in mentioned if relations.is_place(m)}
    # what is said of the country may bear on a place in it ("does Beijing back green growth": the
    # government's policy), not a figure counted over all of it ("NEVs sold in Beijing")
    counted = record.value is not None and record.value.type == "quantity"
    return ((not focus or any(relations.related(m, record) for m in focus))
            and all(relations.related(m, record) or (relations.only_country(m, record) and not counted)
                    or relations.quoted(m, record) for m in places))


def ask(ds: Dataset, question: str, limit: int = 5, followups: bool = True) -> Result:
    """The best answer to a question and the next candidates; NotFoundError if none answers."""
    if not tokens(question):
        raise NotFoundError(f"nothing to go on in {quoted(question)}: ask with words, names or numbers")
    answers, refusal = rank(ds, question, followups)
    if refusal:
        close = ", ".join(f"{a.id}" for a in answers[:3])
        raise NotFoundError(f"the dataset holds no good answer to {quoted(question)} ({refusal})"
                            + (f"; closest: {close} (see 'xev show ID')" if close else ""))
    top = answers[:limit]
    return Result(
        "ask", f"Q: {question}",
        tuple(a.record for a in top if isinstance(a.record, Claim)),
        {"question": question, "limit": limit},
        extras=tuple({"score": round(a.score, 3), "rank": i + 1} for i, a in enumerate(top)
                     if isinstance(a.record, Claim)),
        followups=tuple(a.record for a in top if isinstance(a.record, FollowUp)),
        derived=tuple(a.record for a in top if isinstance(a.record, Figure)),
        ranking=tuple((a.id, a.layer, round(a.score, 3)) for a in top),
    )


def top_ids(ds: Dataset, question: str, n: int = 3) -> list[str]:
    """The ids of the best n candidates ([] when ask would say it has no answer)."""
    answers, refusal = rank(ds, question)
    return [] if refusal else [a.id for a in answers[:n]]


def baseline_ids(ds: Dataset, question: str, n: int = 3) -> list[str]:
    """Plain BM25 over the same records, for comparison: no synonyms, kinds or refusals."""
    records: list[Claim | FollowUp | Figure] = [*ds.claims, *(derive(ds, d) for d in ds.derived),
                                                *ds.followups]
    ids = [r.definition.id if isinstance(r, Figure) else r.id for r in records]
    index = Index([[(_record_text(ds, r), 1.0)] for r in records])  # one plain field each
    return [ids[i] for i, _, _ in index.search(question)[:n]]

