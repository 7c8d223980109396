"""Questions in Chinese, read in the English the dataset is written in: traditional characters as
the simplified ones, numbers, months and years in figures and English words ("三十万", "前11个月",
"2021年"), the words synonyms.CHINESE knows in their English ("工厂": factory) and its words of
grammar as nothing ("的", "吗"), a slip of a pinyin input method first put right ("公四": 公司).
What is left, names and words it does not know, stays as typed. `ask` reads a question so, after
putting its names in English (ask._read), and the learned model (learned.py) counts the words of
the English `in_english` gives, names as typed, so a question in Chinese shares what questions in
English taught."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .english import MONTHS
from .synonyms import CHINESE, CHINESE_PARTICLES

# Traditional characters as the simplified ones the dataset is written in ("雷軍" is 雷军, "廠" 厂)
_TRADITIONAL = (  # each traditional character, then its simplified one
    "萬万業业東东麼么億亿產产價价會会興兴冊册軍军準准幾几劃划務务動动區区協协賣卖廠厂發发"
    "員员團团國国場场處处莊庄開开總总報报數数時时術术來来標标電电資资車车這这進进連连選选鐵铁銷销長长間间隊队"
    "階阶預预馳驰鵬鹏經经濟济簽签約约紅红級级職职議议設设計计誰谁財财錢钱裡里裏里稱称執执創创們们個个嗎吗兩两"
    "與与對对張张當当擴扩擔担機机積积規规說说諾诺貢贡輛辆領领額额於于為为後后現现實实體体問问題题點点線线認认"
    "識识還还樣样氣气網网營营運运華华廣广買买達达節节觀观將将無无優优勢势師师爾尔讓让應应該该極极證证據据備备"
    "統统況况錄录類类離离難难雙双風风飛飞鏈链裝装組组織织幣币匯汇險险帶带頭头傳传專专歲岁並并權权續续購购貨货"
    "質质費费貴贵見见視视隨随邊边遠远縣县鎮镇鄉乡陽阳歷历園园圖图書书樓楼條条層层漲涨減减紀纪雖虽寧宁慶庆導导"
    "內内項项順顺軌轨構构結结單单負负責责醫医藥药製制綠绿聯联絡络馬马號号從从話话沒没門门辦办築筑測测試试驗验"
    "亞亚歐欧納纳羅罗蘭兰韓韩澤泽灣湾臺台週周複复復复餘余廳厅戶户關关係系鐘钟"
)
_SIMPLIFIED = str.maketrans(_TRADITIONAL[0::2], _TRADITIONAL[1::2])


def has_chinese(text: str) -> bool:
    """Whether a text holds Chinese characters."""
    # not a pattern: a character class over the range costs 1.5 ms to compile
    return not text.isascii() and any("\u4e00" <= ch <= "\u9fff" for ch in text)


# The longest patterns are compiled when a question first needs them (most need none): every `ask`
# is a new process, and compiling them all cost a few milliseconds of its start-up.
@functools.cache
def _words() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, [*CHINESE, *CHINESE_PARTICLES]), key=len, reverse=True)))


def _in_english(match: re.Match[str]) -> str:
    return f" {CHINESE.get(match.group(), '')} "


# Months and years in Chinese ("10月", "1到10月", "前11个月", "头十个月", "2021年"), as a question in English
# names them
@functools.cache
def _months() -> re.Pattern[str]:
    return re.compile(r"(?:(\d{1,2})\s*月?\s*(?:到|至|-|~|\u2014)\s*)?(\d{1,2})\s*月(?:份)?"
                      r"|[前头]\s*(\d{1,2})\s*个?\s*月|(?<!\d)(\d{4})\s*年(?!代)|([零〇一二三四五六七八九]{4})年")


@functools.cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile("[\u4e00-\u9fff]+")


def _cn_month(match: re.Match[str]) -> str:
    start, end, first, year, numerals = match.groups()
    if first:
        return f" first {first} months "
    if year or numerals:  # "2021年", "二零二四年": in that year
        return f" in {year or ''.join(str(_CN_DIGITS[c]) for c in numerals)} "
    names = [MONTHS[int(m) - 1] if 1 <= int(m) <= 12 else m for m in (start, end) if m]
    return f" {' to '.join(names)} "


# Numbers written in Chinese ("三十万" is 300,000, "30万" too, "100亿" 10 billion): in figures, as a
# question in English gives them. A run of numerals counts only with a unit of ten or more in it, so
# that "第一" (first) and "统一" stay words. \u3007 is the ideographic zero.
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"\u3007": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}


@functools.cache
def _numbers() -> re.Pattern[str]:
    numerals = "零\u3007一二两三四五六七八九十百千"
    return re.compile(rf"(\d+(?:\.\d+)?)([千万亿]+)|[{numerals}万亿]*[十百千万亿][{numerals}万亿]*(?!分之)")


def _cn_value(match: re.Match[str]) -> str:
    """A Chinese number in figures; the text as it was when it is not one ("万一": in case)."""
    digits, units = match.groups()
    if digits:  # "30万", "2.54千万"
        value = float(digits)
        for unit in units:
            value *= _CN_BIG.get(unit) or _CN_UNITS[unit]
        return _in_millions(value)
    text = match.group()
    if text[0] in _CN_BIG:
        return text
    hundred_millions = ten_thousands = section = number = 0
    for char in text:
        if char in _CN_DIGITS:
            number = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            section += (number or 1) * _CN_UNITS[char]
            number = 0
        elif char == "万":  # what came before it since the last 亿 is counted in ten thousands
            ten_thousands += (section + number) * 10**4
            section = number = 0
        else:  # 亿: and all before it in hundred millions
            hundred_millions += (ten_thousands + section + number) * 10**8
            ten_thousands = section = number = 0
    return _in_millions(hundred_millions + ten_thousands + section + number)


def _in_millions(value: float) -> str:
    """A number in figures, or in millions or billions as an English question gives it when it
    counts them ("300万": 3 million, then read as "3 million" is)."""
    for scale, word in ((10**9, "billion"), (10**6, "million")):
        if value >= scale and value % (scale // 100) == 0:
            return f" {value / scale:g} {word} "
    return f" {value:.0f} "


# Names the dataset does not list, as ones it does: E-Town's short name, BJEV's without its "Co., Ltd."
_NAMES = {"经开区": "亦庄", "北京新能源汽车公司": "北汽新能源", "北京新能源汽车": "北汽新能源"}


# The characters of GB 2312 by their first reading in pinyin, without tones (tools/make_pinyin.py)
PINYIN = Path(__file__).resolve().parent / "lexicon" / "pinyin.tsv"


@functools.cache
def _readings() -> dict[str, str]:
    readings: dict[str, str] = {}
    for line in PINYIN.read_text(encoding="utf-8").splitlines():
        sound, _, chars = line.partition("\t")
        readings.update(dict.fromkeys(chars, sound))
    return readings


def _sound(word: str) -> str:
    """How a word of Chinese characters reads in pinyin without tones, each character by its first
    reading ("公司": "gong si"; none where a character has none)."""
    readings = _readings()
    return " ".join(readings[char] for char in word) if all(char in readings for char in word) else ""


@functools.cache
def _known_sounds(names: tuple[str, ...]) -> dict[str, str]:
    """Each word of two or more characters it knows, and the names given, by how it sounds."""
    words: dict[str, set[str]] = {}
    for word in {*CHINESE, *_NAMES, *names}:
        if len(word) > 1 and (sound := _sound(word)):
            words.setdefault(sound, set()).add(word)
    return {sound: found.pop() for sound, found in words.items() if len(found) == 1}  # not 简称, 建成


def _all_known(piece: str, known: frozenset[str]) -> bool:
    """Whether a piece is words it knows, written as typed ("买了": bought, not 卖了, sold)."""
    if not piece:
        return True
    return any(piece[:n] in known and _all_known(piece[n:], known) for n in range(len(piece), 0, -1))


@functools.cache
def _known(names: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """The words it knows written as typed, and the longest one's length."""
    known = frozenset({*CHINESE, *CHINESE_PARTICLES, *_NAMES, *names})
    return known, max(map(len, known))


def corrected(text: str, names: tuple[str, ...] = ()) -> str:
    """A text with each slip of a pinyin input method put right: two to four characters that sound
    as a word it knows (or one of the `names`) sounds, longer than any word written as typed there,
    are that word ("小米是一家什么公四": 公司; "雷君": 雷军 of the names); not where words it knows
    are written there ("买了": bought, not 卖了), nor where two words it knows sound the same."""
    if not has_chinese(text):
        return text
    (known, longest), sounds = _known(names), _known_sounds(names)
    out: list[str] = []
    i = 0
    while i < len(text):
        written = max((n for n in range(1, longest + 1) if text[i:i + n] in known), default=0)
        heard = next(((n, sounds[sound]) for n in range(4, max(written, 1), -1)
                      if len(piece := text[i:i + n]) == n and (sound := _sound(piece)) in sounds
                      and not _all_known(piece, known)), None)
        if heard is not None:
            out.append(heard[1])
            i += heard[0]
        else:
            out.append(text[i:i + max(written, 1)])
            i += max(written, 1)
    return "".join(out)


def simplified(text: str) -> str:
    """A text in simplified characters, and the names the dataset does not list as ones it does."""
    text = text.translate(_SIMPLIFIED)
    for name, listed in _NAMES.items():
        if name in text:
            text = text.replace(name, listed)
    return text


def in_figures(text: str) -> str:
    """A text's Chinese numbers, months and years in figures and English words."""
    return _months().sub(_cn_month, _numbers().sub(_cn_value, text))


def words_in_english(text: str) -> str:
    """A text's Chinese words in English, its words of grammar dropped, spaces made single."""
    return " ".join(_words().sub(_in_english, text).split())


def unread(text: str) -> list[str]:
    """The runs of two or more Chinese characters left in a text read into English: words it does
    not know, or names it does not ("续航里程", "比亚迪")."""
    return [run for run in _cjk_run().findall(text) if len(run) > 1]


def in_english(text: str) -> str:
    """A whole text read into English, as far as it can be."""
    return words_in_english(in_figures(corrected(simplified(text)))) if has_chinese(text) else text
