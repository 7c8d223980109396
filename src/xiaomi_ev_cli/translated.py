"""A question a translation engine rendered from Chinese: the story's names as it renders them word
by word, read as the names ("Millet" is 小米, Xiaomi; "Thunder Army" 雷军, Lei Jun; "Weilai" 蔚来, NIO;
"Little Peng" 小鹏, XPeng; "Beijing Mercedes" 北京奔驰, Beijing Benz; "Beijing New Energy Automobile"
北京新能源汽车, BJEV; "the Economic Development Zone" 经济开发区, E-Town).
Read only where a sign of it is."""

from __future__ import annotations

import functools
import re

# each name, and what an engine writes for it (lower case: read whatever the case)
_RENDERED = (
    ("Xiaomi EV", r"millet (?:automobile|auto|motors?)(?: co\.?,? ltd\.?| company)?"),  # 小米汽车
    ("Xiaomi", r"millet"),
    ("Lei Jun", r"thunder army|lei army|thunder jun"),
    ("NIO", r"weilai|wei lai"),
    ("XPeng", r"little peng|(?<!he )xiao ?peng"),  # not He Xiaopeng, its founder
    ("Beijing Benz", r"beijing mercedes(?:[- ]benz)?"),
    # and "Beijing New Energy" as a name, in capitals ("beijing new energy car sales" are NEV sales)
    ("BJEV", r"(?:beijing|baic) new energy (?:automobile|automotive|vehicle)s?(?: co\.?,? ltd\.?| company)?"
             r"|(?-i:Beijing New Energy|BAIC New Energy)"),
    ("E-Town", r"(?:beijing )?economic(?: and technological)? development zone"),
)
_SIGNS = frozenset(("millet", "thunder", "army", "weilai", "wei", "peng", "xiaopeng", "mercedes", "energy",
                    "development"))


@functools.cache
def _rendered() -> re.Pattern[str]:
    names = "|".join(f"({words})" for _, words in _RENDERED)
    return re.compile(rf"(?i)(?<![\w'-])(?:{names})(?![\w-])")


def untranslated(text: str) -> str:
    """The question with the story's names as they are, where an engine rendered them word by word."""
    if _SIGNS.isdisjoint(re.findall(r"[a-z]+", text.casefold())):
        return text
    return _rendered().sub(lambda m: _RENDERED[(m.lastindex or 1) - 1][0], text)
