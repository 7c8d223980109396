"""Making untrusted text inert: nothing xev prints can act on a terminal or reorder what it shows."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

# Characters that a terminal could act on, or that reorder or hide text: shown as escapes.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def inert(text: str) -> str:
    """The text with control, bidi and invisible format characters written as visible escapes."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(obj: Any, ascii_only: bool = False) -> str:
    """JSON text: UTF-8 kept readable, but every control, bidi or invisible character escaped."""
    if ascii_only:
        return json.dumps(obj, ensure_ascii=True)
    return _UNSAFE.sub(_json_escape, json.dumps(obj, ensure_ascii=False))


def ascii_only(stream: TextIO) -> bool:
    """Whether the stream's encoding cannot carry all of Unicode (PYTHONIOENCODING=ascii, say)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return False
    try:
        "\u96f7\U0001f697".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return True
    return False


def error_json(code: str, message: str, exit_code: int, problems: list[str] | None = None) -> str:
    """An error as one JSON line, for scripts that asked for JSON."""
    return dumps({"error": {"code": code, "message": message, "exit_code": exit_code,
                            "problems": problems}}, ascii_only=True)
