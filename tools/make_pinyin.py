"""Write src/xiaomi_ev_cli/lexicon/pinyin.tsv: the characters of GB 2312 (the 6,763 a Chinese input
method offers first) by their first reading in pinyin without tones, a line for each reading
("si" and every character read so), by which `ask` puts right a slip of such a method
(chinese.corrected: "公四" for 公司).

    pip install pypinyin==0.55.0 && python tools/make_pinyin.py

The readings are pypinyin's (MIT licence), from the pinyin-data project's, after Unicode's Unihan
database. Only this script needs pypinyin; xev reads the file it writes.
"""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, pinyin

OUT = Path(__file__).resolve().parent.parent / "src" / "xiaomi_ev_cli" / "lexicon" / "pinyin.tsv"


def main() -> None:
    read: dict[str, list[str]] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        first = pinyin(char, style=Style.NORMAL)[0][0]
        if first.isascii() and first.isalpha():
            read.setdefault(first, []).append(char)
    OUT.write_text("".join(f"{sound}\t{''.join(chars)}\n" for sound, chars in sorted(read.items())),
                   encoding="utf-8")
    print(f"{OUT}: {sum(map(len, read.values()))} characters, {len(read)} readings")


if __name__ == "__main__":
    main()
