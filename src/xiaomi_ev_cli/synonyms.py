"""The words a question may use for the same thing: phrases and what they say ("on schedule": on
track), groups of English synonyms, and Chinese words in the English the dataset is written in.
`ask` reads a question's words through them, and the learned model (learned.py) reads its phrases
so too and counts each word's group, so a question that says "factory" where the questions it was
fitted on said "plant" still reads as they did."""

from __future__ import annotations

import functools
import re

# Phrases that are one word here, or that say what other words say.
PHRASES = (("set up", "setup"), ("setting up", "setup"), ("sets up", "setup"),
           ("in one go", "in a single stage"), ("all at once", "in a single stage"),
           ("at one time", "in a single stage"), ("sells for", "price"), ("sell for", "price"),
           ("sold for", "price"), ("sign off", "approve"), ("signed off", "approved"),
           ("green light", "approval"), ("go-ahead", "approval"), ("going to plan", "on track"),
           ("on schedule", "on track"), ("according to plan", "on track"), ("in charge", "head"),
           ("top man", "head"), ("top woman", "head"), ("main man", "head"), ("top boss", "head"),
           ("man at the top", "head"), ("woman at the top", "head"), ("at the helm of", "head of"),
           ("at the helm", "head"), ("head honcho", "head"), ("top dog", "head"), ("big cheese", "head"),
           ("the big man", "the head"), ("the gaffer", "the head"),
           ("team up with", "partner with"), ("teamed up with", "partnered with"),
           ("teams up with", "partners with"), ("teaming up with", "partnering with"),
           ("together with", "partnering with"), ("tie up with", "partner with"),
           ("tied up with", "partnered with"), ("tie-up", "partnership"),
           ("up and running", "operational"), ("the claim that", " "), ("the claims that", " "),
           ("known for", " "), ("famous for", " "), ("noted for", " "),
           # what a place is like is what it is, not where ("what kind of place is E-Town")
           ("kind of place", "kind of"), ("sort of place", "sort of"), ("type of place", "type of"),
           ("broke ground", "groundbreaking"), ("break ground", "groundbreaking"),
           ("start operating", "operational"), ("started operating", "operational"),  # opened, not run
           ("began operating", "operational"), ("begin operating", "operational"),
           ("starts operating", "operational"), ("go into operation", "operational"),
           ("went into operation", "operational"), ("into operation", "operational"),
           ("first phase", "phase 1"), ("first stage", "phase 1"),
           ("phase one", "phase 1"), ("stage one", "phase 1"), ("also known as", "alias"),
           ("stand for", "alias"), ("stands for", "alias"), ("short for", "alias"), ("stand behind", "alias"),
           ("stands behind", "alias"), ("market cap", "market capitalisation"),
           ("mkt cap", "market capitalisation"),
           ("market value", "market capitalisation"), ("market valuation", "market capitalisation"),
           ("next-gen", "next-generation"), ("next gen", "next-generation"), ("on time", "met"),
           ("number one", "leader"), ("do it or not", "met"), ("make it or not", "met"),
           ("pull it off", "met"), ("pulled it off", "met"),
           ("so far", "actually"), ("to date", "actually"), ("ten years", "decade"), ("10 years", "decade"),
           ("head office", "headquarters"), ("head offices", "headquarters"),
           ("year on year", "year-on-year"), ("wrap up", "finish"), ("wrapped up", "finished"),
           ("wraps up", "finishes"), ("in time", "met"),
           ("new energy vehicles", "NEVs"), ("new energy vehicle", "NEV"), ("twelve months", "year"),
           ("new energy cars", "NEVs"), ("new energy car", "NEV"), ("new-energy vehicles", "NEVs"),
           ("new-energy vehicle", "NEV"), ("new-energy cars", "NEVs"), ("new-energy car", "NEV"),
           ("12 months", "year"), ("financial year", "year"), ("fiscal year", "year"),
           ("come out", "debut"), ("came out", "debuted"),
           ("comes out", "debut"), ("roll off the line", "production"),
           ("rolled off the line", "produced"), ("rolls off the line", "production"),
           ("pull the covers off", "unveil"),
           ("pulled the covers off", "unveiled"), ("took the wraps off", "unveiled"),
           ("take the wraps off", "unveil"),
           ("one stage of", "each stage of"), ("one phase of", "each phase of"),
           ("what's the deal with", "what about"), ("what is the deal with", "what about"),
           ("whats the deal with", "what about"), ("in volume", "mass production"),
           ("at scale", "mass production"), ("volume production", "mass production"),
           ("volume manufacturing", "mass production"), ("mass manufacturing", "mass production"),
           ("kick off", "start"), ("kicks off", "starts"), ("kicked off", "started"),
           ("the works", "the factory"), ("seat of", "headquarters of"),  # British: "the works"
           ("business licence", "registration"), ("business license", "registration"),
           ("done", "completed"),  # "when was phase 1 done" (read as "do", a question word, otherwise)
           ("come from", "source"), ("comes from", "source"), ("came from", "source"),
           # "where's that from": its source, not a place
           ("where's that from", "what is its source"), ("where is that from", "what is its source"),
           ("where's this from", "what is its source"), ("where is this from", "what is its source"),
           ("each year", "a year"), ("every year", "a year"),  # not "each" of the stages
           ("tally", "total"), ("tl;dr", "summary"), ("tldr", "summary"), ("eli5", "explain"),
           ("per cent", "percent"), ("on course", "on track"),
           ("which half of", "which part of"), ("what half of", "what part of"),  # of a place
           ("which capital", "which city"), ("what capital", "what city"),  # not money
           ("which region of", "which part of"), ("what region of", "what part of"),
           ("which area of", "which part of"), ("what area of", "what part of"),
           ("aka", "alias"), ("a.k.a", "alias"), ("sop", "start of mass production"),
           ("come into being", "founded"), ("came into being", "founded"),
           ("come into existence", "founded"), ("came into existence", "founded"),
           ("r and d", "r&d"), ("r & d", "r&d"), ("r n d", "r&d"),  # research and development
           ("sum up", "summarise"), ("sums up", "summarises"), ("in a nutshell", "summarised"),
           # firms that make cars, not Xiaomi's own car company ("car companies headquartered in E-Town")
           ("car companies", "carmakers"), ("car firms", "carmakers"), ("auto companies", "automakers"),
           ("auto firms", "automakers"), ("automotive companies", "automakers"),
           ("which car company", "which carmaker"), ("what car company", "what carmaker"),  # of any firm
           ("line of work", "business"), ("line of business", "business"),
           ("volume output", "mass production"), ("formal title", "official name"),
           ("official title", "official name"), ("full title", "full name"),
           ("capital expenditure", "capex"), ("capital spending", "capex"), ("go-to-market", "launch"),
           ("go to market", "launch"), ("named in the", "mentioned in the"), ("sales start", "on sale"),
           ("start of sales", "on sale"), ("sales began", "went on sale"),
           ("in big numbers", "mass production"), ("in big number", "mass production"),
           ("in large numbers", "mass production"), ("in large number", "mass production"),
           ("took place", "happened"), ("handed over", "delivered"), ("hand over", "deliver"),
           ("how many heads", "how many staff"), ("position in the", "rank in the"),
           ("standing in the", "rank in the"), ("piling into", "entering"), ("pile into", "enter"),
           ("flocking to", "entering"), ("flock to", "enter"), ("rushing into", "entering"),
           ("rush into", "enter"), ("do the needful and share", "tell"), ("do the needful", " "),
           ("kindly share", "tell"), ("please share", "tell"), ("pls share", "tell"),
           ("green development", "green growth"), ("output target", "output"), ("output goal", "output"),
           ("by the end of", "by"), ("by end of", "by"), ("at the end of", "at"), ("at stake", " "),
           ("inside", "in"), ("within", "in"),
           # telling the public, making a thing public, is announcing it
           ("told the public", "announced"), ("tell the public", "announce"), ("made public", "announced"),
           ("make public", "announce"),
           # the capital is Beijing (capital alone is money: "capital expenditure")
           ("the capital city", "Beijing"), ("the chinese capital", "Beijing"),
           ("china's capital", "Beijing"), ("the capital", "Beijing"),
           # putting one's name to a thing is signing it; a car that leaves the plant is delivered
           ("put its name to", "signed"), ("put their name to", "signed"), ("put pen to paper", "signed"),
           *((f"{verb} the {works}", "delivered from the plant") for verb in ("leave", "left", "leaves")
             for works in ("plant", "factory", "works")),
           # a phone's autocorrect: words it turns into other words, where only the word it replaced
           # makes sense ("phrase 2" is phase 2, "never vehicles" NEVs, "mass protection" production)
           *((f"phrase {n}", f"phase {d}") for n, d in (("1", 1), ("2", 2), ("3", 3), ("one", 1),
                                                         ("two", 2), ("three", 3))),
           *((f"{n} phrases", f"{n} phases") for n in ("how many", "two", "three", "2", "3")),
           ("each phrase", "each phase"), ("per phrase", "per phase"), ("never vehicles", "NEVs"),
           ("never vehicle", "NEV"), ("never cars", "NEVs"), ("never sales", "NEV sales"),
           ("never market", "NEV market"), ("mass protection", "mass production"),
           # the false friends of a speaker of Spanish, French or Italian (producción en serie, el
           # personal, el equipo, su sede, cuota de mercado, subvenciones)
           ("etape", "phase"), ("etapes", "phases"), ("fabric", "factory"), ("fabrics", "factories"),
           ("production in series", "mass production"), ("series production", "mass production"),
           ("how many personal", "how many personnel"), ("the personal of", "the personnel of"),
           ("the equipment of", "the team of"), ("has its seat", "is headquartered"),
           ("have their seat", "are headquartered"), ("its seat", "its headquarters"),
           ("the real number", "the actual number"), ("the real figure", "the actual figure"),
           ("the real total", "the actual total"), ("quota of market", "market share"),
           ("market quota", "market share"), ("subventions", "subsidies"), ("subvention", "subsidy"),
           # and of a speaker of German (Bauabschnitt, Handelsregister, Grundstück, Markteinführung,
           # Fördergeld, im Moment)
           ("construction section", "construction phase"), ("construction sections", "construction phases"),
           ("entered in the trade register", "registered"), ("entered into the trade register", "registered"),
           ("trade register", "registration"), ("commercial register", "registration"),
           ("ground piece", "plot"), ("market introduction", "launch"), ("promotion money", "subsidies"),
           ("at the moment", " "),
           # and of a speaker of Russian (очередь, генеральный директор, ввод в эксплуатацию, серийное
           # производство)
           ("queue", "phase"), ("queues", "phases"), ("general director", "CEO"), ("director general", "CEO"),
           ("put into exploitation", "opened"), ("into exploitation", "operational"),
           ("serial production", "mass production"),
           # and of a speaker of Japanese (第1期, 決算, 発表会, トップ, 動き, 稼働開始)
           ("how many periods", "how many phases"), ("per period", "per phase"),
           ("each period", "each phase"),
           ("settlement announcement", "results"), ("quarter settlement", "quarter results"),
           ("announcement event", "unveiling"), ("top person", "head"), ("the top of", "the head of"),
           *((f"the top of the {text}", f"the start of the {text}") for text in ("article", "story", "piece",
                                                                                "text", "report")),
           ("member number", "headcount"), ("member count", "headcount"), ("movement", "moves"),
           ("operation start", "operational"),
           # and of a translation engine's, word by word (发布会, 同期增长, 目标实现了吗)
           ("release conference", "unveiling"), ("same period growth", "year-on-year growth"),
           *((f"{aim} {realized}", f"{aim} met") for aim in ("goal", "target")
             for realized in ("realized", "realised")),
           # a phase by its number, in the others' words for one: "the first queue", "2nd period",
           # "the third construction section" (Bauabschnitt, очередь, 期)
           *((f"{nth} {stage}", f"phase {n}") for stage in ("construction section", "queue", "period")
             for n, nth in ((1, "first"), (2, "second"), (3, "third"), (1, "1st"), (2, "2nd"), (3, "3rd"))),
           # a thing described for want of its name, as a child does: a firm's main office, a part of the
           # factory, a company made official, a phone number (which the dataset gives of none)
           ("main office", "headquarters"), ("main offices", "headquarters"),
           *((f"{nth} part of the {works}", f"{phase} of the {works}") for works in ("factory", "plant")
             for nth, phase in (("first", "phase 1"), ("second", "phase 2"), ("third", "phase 3"),
                                ("each", "each phase"), ("every", "each phase"))),
           ("made official", "registered"), ("become official", "registered"),
           ("became official", "registered"), ("phone number", "telephone number"),
           # what a firm was registered as or under is the unit registered ("which company was the ev
           # business registered as", "what name was it registered under"); to step into a trade is
           # to enter it (a "step" alone is a phase); to shake hands on a deal is to sign it
           ("registered as", "registered as the unit"), ("registered under", "registered as the unit"),
           ("register as", "registered as the unit"), ("register under", "registered as the unit"),
           ("shake hands on", "sign"), ("shook hands on", "signed"),
           ("step into", "enter"), ("steps into", "enters"), ("stepped into", "entered"),
           ("stepping into", "entering"), ("come into", "enter"), ("comes into", "enters"),
           ("came into", "entered"), ("coming into", "entering"),
           # a headline's words: a thing unveiled takes its wraps off, a name better known, a side a part
           *((f"{verb} {the}wraps off", done) for verb, done in (("takes", "unveils"), ("take", "unveil"),
                                                                ("took", "unveiled"), ("pulls", "unveils"))
             for the in ("the ", "")),
           ("better known as", "alias"), ("commonly known as", "alias"), ("south side", "southern part"),
           ("north side", "northern part"),
           # British colloquial English: a thing announced comes out with, a figure worked out at, what a
           # thing is "when it's at home", a thing tried had a crack at, a firm run as a show, a car
           # sold flogged, the country the UK and the US the States
           ("come out with", "announce"), ("came out with", "announced"), ("comes out with", "announces"),
           *((f"{verb} out {at}", " ") for verb in ("work", "works", "worked", "working")
             for at in ("at", "to")),
           ("when it's at home", " "), ("when its at home", " "), ("when it is at home", " "),
           *((f"{verb} a {go} at", into) for go in ("go", "crack", "punt", "bash", "stab")
             for verb, into in (("have", "get into"), ("has", "gets into"), ("having", "getting into"),
                                ("had", "got into"))),
           ("running the show", "running"), ("run the show", "run"), ("runs the show", "runs"),
           ("ran the show", "ran"), ("flog", "sell"), ("flogs", "sells"), ("flogging", "selling"),
           ("flogged", "sold"), ("the uk", "Britain"), ("in the states", "in the US"),
           # the trade's words: an assembly plant is the plant, a geographic position a location
           ("assembly plant", "plant"), ("assembly plants", "plants"), ("geographic position", "location"),
           ("geographical position", "location"), ("geographic location", "location"),
           ("geographical location", "location"),
           # American business idiom: a thing done in one shot or in waves, who quarterbacks it, its game
           # plan, its bread and butter, what comes online or sticks the landing
           ("in one shot", "in a single stage"), ("in a single shot", "in a single stage"),
           ("in waves", "in phases"), ("each wave of", "each phase of"), ("per wave", "per phase"),
           ("quarterbacking", "running"), ("quarterbacks", "runs"), ("quarterbacked", "ran"),
           ("game plan", "plan"),
           ("bread and butter", "main business"), ("skin in the game", "investment"),
           ("how much skin", "how much money"), ("come online", "operational"),
           ("comes online", "operational"), ("came online", "operational"), ("slated to", "expected to"),
           ("stick the landing", "meet"), ("stuck the landing", "met"), ("sticks the landing", "meets"),
           ("how many bodies", "how many staff"), ("blow past", "beat"), ("blew past", "beat"),
           ("blown past", "beaten"),
           # and a young person's: "bands" are money
           ("how many bands", "how much money"),
           # Australian English: "fair dinkum" (truly) says nothing asked, a deal is signed on the dotted
           # line, a factory knocks out cars, money is chucked at a thing, a plot nabbed, a plan that
           # fails goes pear-shaped, a place out of the centre at its south end, where a thing rocks up is
           # where it is; and what any English speaker may say beside it: "as well" is also, "a bit of"
           # says nothing asked, a "proper name" the official one
           ("fair dinkum", " "), ("as well as", "and"), ("as well", "also"), ("a bit of", " "),
           ("a fair bit of", " "), ("proper name", "official name"), ("blokes and sheilas", "people"),
           *((f"{sign} on the dotted line", sign) for sign in ("sign", "signs", "signed", "signing")),
           ("knock out", "make"), ("knocks out", "makes"), ("knocking out", "making"),
           ("knocked out", "made"), ("chuck", "throw"), ("chucks", "throws"), ("chucked", "threw"),
           ("chucking", "throwing"), ("nab", "get"), ("nabs", "gets"), ("nabbed", "got"),
           ("nabbing", "getting"), ("percentage-wise", "percent"), ("percentage wise", "percent"),
           ("percentagewise", "percent"),
           *((f"{go} pear{dash}shaped", fail) for dash in ("-", " ", "")
             for go, fail in (("go", "fail"), ("goes", "fails"), ("went", "failed"), ("gone", "failed"))),
           ("south end", "southern part"), ("north end", "northern part"),
           *((f"{rock} up", "be") for rock in ("rock", "rocks", "rocked", "rocking")),
           # a German or Dutch speaker's false friends: "collaborators" (Mitarbeiter) are staff, the
           # "ground" (Grund) for a phase is its land; the USA the US
           ("how many collaborators", "how many staff"), ("ground for", "land for"),
           ("bought ground", "bought land"), ("the usa", "the US"),
           *((f"{sales} {fall}", f"{sales} decline") for sales in ("sales", "sale")
             for fall in ("fall", "falls")),
           # Irish and Scottish English (with the words read in dialect.py): staff are "lads and
           # lassies", a plan that fails goes tits up, a trade got into a "game" or "caper", a company
           # a "crowd", a thing a "yoke"; what a figure "comes to" is what it amounts to
           ("lads and lassies", "people"), ("lads and lasses", "people"),
           *((f"{go} tits{dash}up", fail) for dash in ("-", " ")
             for go, fail in (("go", "fail"), ("goes", "fail"), ("went", "failed"), ("gone", "failed"))),
           *((f"into the {trade} {game}", f"into the {trade} sector")
             for trade in ("nev", "ev", "car", "auto") for game in ("game", "caper")), ("yoke", "thing"),
           *((f"{trade} crowd", f"{trade} company") for trade in ("car", "ev", "nev", "motor", "auto")),
           *((f"{does} {that} come to", f"{does} {that} amount to") for does in ("does", "would", "will")
             for that in ("that", "it", "this")), ("that comes to", "that amounts to"),
           # an analyst's words: a regulator's sign-off is its approval, a firm's legal name its official
           # one, what a firm operates out of or has a presence, footprint or exposure in is where it is
           # based, a growth trajectory growth, an agreement's scope its purpose
           ("sign-off", "approval"), ("signoff", "approval"), ("legal name", "official name"),
           ("operate out of", "be based in"), ("operates out of", "is based in"),
           ("operating out of", "based in"),
           *((f"{has} a {presence} in", f"{be} based in") for presence in ("presence", "footprint")
             for has, be in (("have", "be"), ("has", "is"), ("had", "was"))),
           ("presence in", "based in"), ("exposure in", "based in"), ("growth trajectory", "growth"),
           ("scope of", "purpose of"),
           # and a student's: the passage read is the article, a starting price the price; and a
           # lawyer's: the quantum of a sum is its amount
           ("the passage", "the article"), ("this passage", "the article"), ("starting price", "price"),
           ("quantum of", "amount of"),
           # and a child's: a grown-up name is the official one, the bottom part of a map its south,
           # work going ok is on track, clever factories are smart manufacturing (not "on time", which
           # asks whether a target was met, nor "signed up", which may be a deal signed)
           ("grown-up name", "official name"), ("bottom part of", "south of"), ("going ok", "on track"),
           ("going okay", "on track"), ("clever factories", "smart manufacturing"),
           ("clever factory", "smart manufacturing"))

PHRASE_WORDS = dict(PHRASES)


@functools.cache
def _phrases() -> re.Pattern[str]:  # one for them all, longest first ("new energy vehicles" first)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PHRASE_WORDS), key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


def rephrased(text: str) -> str:
    """The text with each of its phrases in the words it stands for ("on schedule": on track)."""
    return _phrases().sub(lambda m: PHRASE_WORDS.get(m.group().casefold(), m.group()), text)


# Groups of words that mean the same here: each word of a group stands for all of them.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("car", "cars", "vehicle", "vehicles", "ev", "evs", "nev", "nevs", "electric", "automobile",
     "auto", "autos", "automotive", "motor", "motors", "mobility", "electro", "hybrid", "hybrids"),
    ("factory", "plant", "facility", "gigafactory", "gigafactories", "megafactory"),
    ("make", "makes", "made", "making", "produce", "produced", "production", "manufacture",
     "turn", "fabricate", "fabricates", "fabricated", "fabricating", "fabrication"),
    ("build", "built", "building", "construct", "constructed", "construction", "erect", "groundbreaking"),
    ("approve", "approved", "approval", "permission", "permit", "permitted", "allow", "allowed",
     "licence", "license", "licensed", "authorise", "authorised", "authorize", "authorized", "regulator",
     "regulators", "admission"),
    ("capacity", "output", "max", "maximum", "nameplate", "capa"),
    ("year", "years", "yr", "yrs", "annually", "annual", "yearly", "annum", "annualised", "annualized"),
    ("staff", "employee", "employees", "team", "people", "person", "workers", "worker",
     "personnel", "headcount", "fte", "ftes", "work", "workforce", "manpower", "engineers", "employ",
     "employs", "hire", "hired", "hires", "recruit", "recruited", "recruits", "specialists", "collective",
     "blokes"),
    ("money", "invest", "investment", "spend", "spending", "budget", "fund", "funding", "pledge",
     "pledged", "promise", "promised", "dollars", "usd", "billion", "commitment", "committed", "commit",
     "cash", "bet", "sum", "outlay", "capital", "inversion", "inversions", "dosh"),
    ("ceo", "boss", "head", "heads", "chief", "executive", "officer", "runs", "run", "founder",
     "chairman", "title", "job", "lead", "leads"),
    ("lead", "leads", "leader", "leaders", "leading"),  # a CEO leads, and so does a firm ahead of others
    ("operator", "operate", "operates", "run", "runs", "for", "offtaker"),
    ("register", "registered", "registration", "founded", "established", "incorporated", "setup",
     "organised", "organized", "created", "formed", "constituted", "constitution", "inscription"),
    ("deal", "agreement", "contract", "signed", "sign", "cooperation", "agree", "agreed", "ink", "inked",
     "pact", "partnership"),
    ("where", "whereabouts", "location", "located", "site", "city", "municipality", "district", "place",
     "based", "base", "jurisdiction", "bases", "host", "hosts", "hosted", "hosting", "borough", "county",
     "locality", "standort"),
    ("world", "global", "globally", "worldwide", "international", "earth", "planet"),
    ("sales", "sale", "sell", "sold", "selling", "buy", "buyers", "purchase", "commercial", "vend", "vended",
     "vends", "realization", "realisation"),
    ("grow", "growth", "grew", "growing", "increase", "rise", "rose", "percent", "fast", "faster", "fastest",
     "expand", "expanding", "expansion", "augment", "augmented", "augments", "augmentation", "footprint",
     "jump", "jumps", "jumped", "extend", "extends", "extended", "extending",
     # and a fall, which is a rise's figure asked the other way ("why did nev sales fall"; not the
     # season: "in fall 2022")
     "fell", "decline", "declined", "decrease", "decreased"),
    ("forecast", "expected", "expect", "estimate", "estimates", "predicted", "projection",
     "whole", "full", "guidance", "outlook", "prognosis", "tipping", "tipped"),
    ("phase", "phases", "stage", "stages", "tranche", "tranches", "step", "steps"),
    ("target", "goal", "aim", "plan", "planned", "purpose", "objective", "rationale", "finality"),
    ("start", "started", "starts", "begin", "began", "begun", "commence", "commenced"),
    ("matter", "matters", "significance", "significant", "important", "importance", "milestone",
     "mean", "means"),
    ("part", "unit", "subsidiary", "parent", "division", "subdivision", "arm", "owned", "belong", "belongs",
     "relationship", "relation", "connection", "connected"),
    ("met", "hit", "achieve", "achieved", "reached", "delivered", "deliver", "deliveries",
     "delivery"),
    ("largest", "biggest", "rank", "ranking", "ranked"),
    ("research", "r&d", "researcher", "researchers", "scientist", "scientists"),
    ("support", "supports", "supporting", "supported", "help", "helps", "helping", "helped", "encourage",
     "encourages", "encouraging", "promote", "promotes", "promoting", "contribute", "contributes",
     "contributing", "contributed", "contribution"),
    ("information", "computer", "computers", "internet", "software", "digital"),
    # a month by its short name too ("Jan-Oct" is January to October)
    *((name, name[:3]) for name in ("january", "february", "march", "april", "june", "july", "august",
                                    "october", "november", "december")),
    ("september", "sep", "sept"),
    # a direction asked is answered by the one the article gives ("is Daxing in the north": southern)
    ("south", "southern", "north", "northern", "east", "eastern", "west", "western", "direction", "compass"),
    ("land", "plot", "plots", "parcel", "parcels"),
    ("actual", "actually", "really", "outcome"),  # not "real": E-Town's "real economy"
    ("headquarters", "hq", "hqs", "headquartered", "resident", "residents", "centre", "center", "domicile",
     "domiciled", "tenant", "tenants"),
    ("role", "roles", "mandate", "remit"),
    ("medicine", "medicines", "medical", "pharma", "pharmaceutical", "pharmaceuticals", "biopharma",
     "biopharmaceutical", "biopharmaceuticals"),
    ("report", "results", "quarter", "q3", "third", "third-quarter", "financial", "trimester"),
    ("industry", "industries", "sector", "sectors", "segment", "segments", "field", "fields", "branch",
     "branches", "space", "specialise",
     "specialize", "specialises", "specializes", "specialty", "speciality", "specialities", "specialties"),
    ("track", "progress", "schedule"),
    ("project", "projects", "effort", "efforts", "programme", "program", "initiative", "venture"),
    ("decade", "ten"),
    ("finished", "finish", "completed", "complete", "completion", "ready", "open", "opened", "opening",
     "operational", "commissioning", "commissioned", "terminated", "inauguration", "inaugurated"),
    ("company", "corporation", "corp", "inc", "firm", "business", "startup", "startups", "player", "players",
     "enterprise", "enterprises", "society", "giant", "giants", "mob"),
    ("price", "prices", "priced", "cost", "costs", "rmb", "yuan", "cny", "msrp", "sticker", "pay", "paid",
     "pays", "cheap", "cheaper", "cheapest", "expensive", "pricey", "affordable"),
    ("alias", "name", "named", "called", "known"),
    ("statement", "announce", "announced", "announcement", "issue", "issued", "release", "released",
     "communicate", "communicated", "communique"),
    # a report released is published (not every statement: "when did the statement come out")
    ("release", "released", "publish", "published", "publication"),
    ("unveil", "unveiled", "unveiling", "reveal", "revealed", "debut", "debuted", "present", "presented",
     "introduce", "introduced", "premiere", "premiered"),
    ("enter", "entry", "entering", "entered", "join", "joins", "joined", "joining", "flood", "floods",
     "flooding"),
    ("maker", "makers", "manufacturer", "manufacturers", "carmaker", "carmakers", "automaker",
     "automakers", "producer", "producers", "oem", "oems"),
)
# Chinese words a question may use, in the English the dataset is written in (names of entities
# are matched through their Chinese aliases instead).
CHINESE = {
    "宣布": "announce", "目标": "target", "工厂": "factory", "厂": "factory", "机器人": "robotics",
    "产能": "capacity", "建什么": "build what", "生物技术": "biotechnology",
    "产量": "output", "销量": "sales", "销售": "sales", "投资": "investment", "员工": "staff", "团队": "team",
    "量产": "mass production", "总部": "headquarters", "注册": "registration", "预计": "estimate",
    "估计": "estimate", "增长": "growth",
    "增长了多少": "growth percent", "增长多少": "growth percent", "增幅": "growth percent", "又叫": "alias",
    "又称": "alias", "汽车": "car", "电动车": "electric vehicle",
    "新能源": "NEV", "市场": "market", "产业": "industry", "行业": "industry", "协议": "agreement",
    "签署": "signed", "签约": "signed", "交付": "delivered", "阶段": "stage", "期": "phase",
    "多少": "how much", "多少钱": "how much money", "花多少钱": "how much money spent", "花": "spend",
    "什么时候": "when", "哪里": "where", "谁": "who", "几": "how many",
    "年": "year", "时间": "date", "日期": "date", "亿": "hundred million", "万": "ten thousand",
    "区": "district", "城市": "city", "名字": "name", "名称": "name", "开始": "start",
    "建设": "construction", "建造": "construction", "开工": "construction began", "生产": "production",
    "计划": "plan", "公司": "company", "价格": "price", "售价": "price", "发布": "unveiled",
    "上市": "launched", "土地": "land", "批准": "approved", "完成": "completed", "人数": "headcount",
    "第三季度": "third quarter", "季度": "quarter", "财报": "financial report",
    "工人": "workers", "百分之": "percent", "研发": "research", "研究": "research",
    "电动汽车": "electric vehicle",
    "职位": "job", "职务": "job", "车企": "carmakers",
    "造车": "make cars", "钱": "money", "卖": "sales", "卖了": "were sold",
    "卖了多少": "how many were sold", "卖多少钱": "price",
    "一期": "phase 1", "二期": "phase 2", "三期": "phase 3", "全年": "full year", "最大": "largest",
    "定": "set", "制定": "set", "设定": "set",
    "南部": "south", "北部": "north", "东部": "east", "西部": "west",
    "管委会": "management committee", "开发区": "development area", "位置": "location", "地点": "location",
    "辆": "vehicles", "美元": "US dollars",
    "首席执行官": "CEO", "董事长": "chairman", "创始人": "founder", "中国": "China", "政府": "government",
    # question words
    "什么": "what", "哪个": "which", "哪些": "which", "哪座": "which", "哪家": "which", "哪": "where",
    "在哪": "where", "在哪里": "where", "在哪儿": "where", "哪儿": "where", "在什么地方": "where",
    "何时": "when", "哪天": "what day", "哪一天": "what day", "几号": "what day", "哪年": "which year",
    "哪一年": "which year", "哪位": "who", "什么人": "who", "什么样": "what kind of",
    "什么样的地方": "what kind of", "多大": "how big", "多久": "how long", "多长时间": "how long",
    "为什么": "why", "怎么样": "how", "如何": "how", "哪国": "what", "有多少": "how many",
    # time
    "月": "month", "个月": "months", "天": "day", "之前": "before", "以前": "before", "之后": "after",
    "以后": "after", "后": "after", "同期": "same period", "同比": "year on year", "今年": "this year",
    "去年": "last year", "现在": "now", "目前": "currently", "每年": "per year", "每": "per",
    "平均": "average", "一年": "a year", "每一期": "per phase", "每期": "per phase",
    # things and doings
    "车": "car", "多少人": "how many people", "几个人": "how many people", "子公司": "subsidiary",
    "意义": "significance", "项目": "project", "进展": "progress", "顺利": "on track", "消息": "statement",
    "声明": "statement", "国内外": "foreign and domestic", "国外": "foreign", "外资": "foreign",
    "国内": "China", "越来越多": "more and more", "进入": "enter", "加入": "join", "龙头": "leader",
    "领先": "leading", "美国": "US", "绿色发展": "green growth", "绿色": "green", "态度": "stance",
    "政策": "policy", "南边": "south", "南方": "south", "北边": "north", "东边": "east", "西边": "west",
    "东南": "south-east", "地方": "place", "实体经济": "real economy", "经济": "economy",
    "贡献": "contribute", "信息技术": "information technology", "智能制造": "smart manufacturing",
    "智能": "smart", "制造": "manufacturing", "主导": "major", "主要": "major", "支柱": "pillar",
    "大健康": "big health", "健康": "health", "生物医药": "biomedicine", "医药": "medicine",
    "发改委": "NDRC", "资质": "approval", "许可": "permit", "拿到": "got", "获得": "got",
    "实现了": "met", "达到": "reached", "达成": "met", "建成": "completed", "竣工": "completed",
    "完工": "completed", "工程": "works", "用地": "land", "地块": "plot", "买下": "bought",
    "购买": "bought", "买": "buy", "实际": "actual", "预测": "forecast", "准确": "accurate",
    "正确": "correct", "大约": "about", "左右": "about", "还是": "or", "或者": "or", "金额": "amount",
    "总额": "amount", "最低": "starting", "起售价": "starting price", "起价": "starting price",
    "超过": "more than", "多于": "more than", "少于": "less than", "续航": "range", "里程": "mileage",
    "年纪": "age", "年龄": "age", "多大年纪": "age", "几岁": "age", "多少岁": "age", "股价": "share price",
    "股票": "stock", "手机": "smartphone", "设计师": "designer", "人口": "population", "补贴": "subsidy",
    "建厂": "build a factory", "建": "build", "位于": "in", "设在": "in", "落户": "based", "坐落": "in",
    "属于": "in", "成立": "founded", "第一批": "first", "首批": "first", "首次": "first",
    "第一次": "first time", "下线": "rolled off the line", "扩张": "expanding", "扩大": "expand",
    "扩产": "expand capacity", "做什么": "doing what", "承诺": "pledge", "规模": "size", "业务": "business",
    "担任": "serve as", "头衔": "title", "老板": "boss", "全球": "world", "世界": "world",
    "国家": "country", "数字": "number", "数据": "data", "来源": "source", "出处": "source", "指": "mean",
    "不是": "not", "工作": "job", "不": "not", "没": "not", "面积": "area", "说": "said", "表示": "said",
    "企业": "companies", "部门": "unit", "关系": "role", "投入": "invest", "投产": "start production",
    "开售": "go on sale", "交车": "delivered", "他": "he", "她": "she", "成本": "cost", "花费": "cost",
    "造价": "cost", "卖出": "sold", "售出": "sold", "公布": "announced", "披露": "disclosed",
    "签": "signed", "在": "in", "和": "and", "与": "and", "跟": "with", "会": "will", "将": "will",
    "要": "will", "能": "can", "可以": "can", "两": "two", "时候": "when", "年产": "annual output",
    "产": "make", "造": "make", "做": "do", "中心": "centre", "超级工厂": "gigafactory", "超级": "super",
    "上海": "Shanghai", "新": "new", "行政区": "district", "目的": "purpose", "台": "units",
    "当年": "that year",
    # firms, sayings, plans, figures, and what the dataset does not hold
    "怎么": "how", "怎样": "how", "多少家": "how many", "叫什么": "what name", "叫": "called",
    "是真的吗": "true", "真的": "true", "对吗": "right", "对不对": "right", "第几": "which", "最多": "most",
    "最少": "least", "合作": "partner", "合作伙伴": "partner", "伙伴": "partner", "机构": "body",
    "有限公司": "company", "集团": "group", "角色": "role", "扮演": "play", "作用": "role", "定位": "role",
    "功能": "function", "地位": "standing", "人员": "staff", "职工": "staff", "雇员": "employees",
    "厂长": "plant manager", "负责人": "head", "领导": "leader", "华为": "Huawei", "比亚迪": "BYD",
    "理想汽车": "Li Auto", "吉利": "Geely", "长城汽车": "Great Wall", "玩家": "players",
    "进入者": "entrants", "新玩家": "new entrants", "竞争": "competition", "赛道": "sector",
    "科技": "technology", "最新": "latest", "外国": "foreign", "本土": "domestic", "评价": "describe",
    "称为": "called", "形容": "describe", "介绍": "describe", "描述": "describe", "文章": "article",
    "报道": "report", "新闻": "news", "原文": "article", "提出": "set", "宣称": "said", "透露": "disclosed",
    "根据": "according to", "据": "according to", "全称": "full name", "简称": "short name",
    "别称": "alias", "又名": "alias", "也叫": "alias", "关于": "about", "有关": "about", "打算": "plan",
    "进度": "progress", "符合预期": "on track", "按计划": "on track", "预期": "expected",
    "预估": "estimate", "最终": "final", "最后": "final", "后来": "later", "结果": "outcome",
    "实际上": "actually", "发展": "develop", "推动": "drive", "支持": "support", "鼓励": "encourage",
    "进军": "enter", "亮相": "unveiled", "首发": "unveiled", "正式": "officially", "开业": "opened",
    "投入使用": "operational", "运营": "operation", "启用": "opened", "签订": "signed", "砸": "spend",
    "投": "invest", "资金": "money", "投资额": "investment", "总投资": "investment", "预算": "budget",
    "价格区间": "price", "业绩": "results", "三季度": "third quarter", "大规模": "mass", "工商": "business",
    "选址": "located", "地址": "location", "具体": "exactly", "当地": "local", "新一代": "next-generation",
    "一代": "generation", "除了": "besides", "还有": "other", "其他": "other", "隶属于": "unit of",
    "隶属": "unit of", "比": "than", "比例": "share", "比较": "compare", "另外": "other",
    "截至": "as of", "截止": "as of", "以来": "since", "自从": "since", "竞得": "won", "拍得": "won",
    "拿下": "won", "批文": "approval", "资格": "approval", "牌照": "licence", "车型": "model",
    "首款": "first model", "交付量": "deliveries", "电池": "battery", "供应商": "supplier",
    "身价": "net worth", "占地": "area", "亩": "mu", "公里": "km", "加速": "acceleration", "秒": "seconds",
    "营收": "revenue", "收入": "revenue", "利润": "profit", "门店": "stores", "股票代码": "stock ticker",
    "代码": "code",
    "原本": "originally", "官宣": "announced", "意味着": "significance", "跨界": "enter a new sector",
    "动向": "doing", "动作": "doing", "涨": "rise", "涨了": "rose", "涨了多少": "growth percent",
    "多人": "plus people", "南面": "south", "北面": "north",
    "东面": "east", "西面": "west", "厂商": "makers", "厂房": "factory", "做到": "met", "到底": "actually",
    "建好": "built", "老大": "leader", "官方": "official", "亏": "loss", "亏损": "loss",
    "用电量": "power consumption", "地": "land", "拿": "won", "地区": "area", "满产": "full capacity",
    "基地": "base", "落在": "in", "城": "city",
    "分期": "in phases", "一次": "at once", "全资": "wholly owned", "定下来": "set", "时间表": "timeline",
    "干什么": "doing what", "搞": "do", "合资": "joint venture", "工资": "salary", "薪水": "salary",
    "落地": "located", "何处": "where", "何地": "where", "何方": "where", "哪一方": "who", "哪方": "who",
    "如期": "on time", "按期": "on time", "按时": "on time", "规模最大": "largest",
    "全名": "full name", "干嘛": "doing what", "里程碑": "milestone", "提到": "mentioned",
    # places the dataset does not know, as their English names, so that a question names them
    "武汉": "Wuhan", "广州": "Guangzhou", "深圳": "Shenzhen", "天津": "Tianjin", "南京": "Nanjing",
    "杭州": "Hangzhou", "重庆": "Chongqing", "合肥": "Hefei", "德国": "Germany", "日本": "Japan",
    "印度": "India", "欧洲": "Europe",
}
# Words of Chinese grammar with no English to them ("的", "吗", "了"), and a verb that adds nothing to
# what it governs ("实现量产": mass production): read as nothing, so that what is left of a question
# in Chinese is words the dataset does not know ("续航里程": range)
CHINESE_PARTICLES = frozenset((
    "的", "是", "吗", "了", "呢", "吧", "啊", "呀", "么", "嘛", "哦", "都", "也", "还", "就", "很", "这",
    "那", "这个", "那个", "这份", "这家", "一家", "个", "一个", "有没有", "给", "把", "被", "让", "向",
    "从", "到", "过", "着", "请问", "一下", "告诉我", "知道", "我想", "我", "你", "它", "们", "其", "该",
    "此", "一共", "总共", "已经", "已", "曾", "再", "又", "才", "只", "就是", "也是", "些", "一些", "情况",
    "是否", "否", "是不是", "能不能", "可不可以", "会不会", "这么", "那么", "名", "座", "次", "这次",
    "以外", "之外", "时",
    "算不算", "是不是在", "啊", "呗", "实现",
))
