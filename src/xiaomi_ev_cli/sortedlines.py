"""Sorted lines searched where they lie in a file, a few bytes read at a time, never read whole.

A line's key is what comes before its first tab (all of it when it has none); the lines of the
part of the file searched, from `low` to `end`, are sorted by key, byte by byte.
"""

from __future__ import annotations

import os


def read(fd: int, start: int, end: int) -> bytes:
    """The bytes of an open file from `start` to `end`."""
    os.lseek(fd, start, os.SEEK_SET)
    pieces: list[bytes] = []
    left = end - start
    while left > 0:
        piece = os.read(fd, left)
        if not piece:
            raise OSError(f"the file ends before byte {end}")
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


def line_at(fd: int, low: int, middle: int, end: int) -> tuple[int, bytes]:
    """Where the line that `middle` is in starts (not before `low`, where a line starts), and the
    line, without its newline; lines end at a newline or at `end`."""
    back = 64
    while True:
        begin = max(low, middle - back)
        piece = read(fd, begin, min(end, middle + back))
        start = piece.rfind(b"\n", 0, middle - begin) + 1
        stop = piece.find(b"\n", middle - begin)
        if (start or begin == low) and (stop >= 0 or begin + len(piece) >= end):
            return begin + start, piece[start:stop if stop >= 0 else len(piece)]
        back *= 2  # a line longer than what was read


def first_at_or_after(fd: int, low: int, end: int, target: bytes) -> int:
    """Where the first line whose key is not below `target` starts (`end` if there is none)."""
    high = end
    while low < high:
        start, line = line_at(fd, low, (low + high) // 2, end)
        if line.partition(b"\t")[0] < target:
            low = start + len(line) + 1
        else:
            high = start
    return min(low, end)


def lines_with_key(fd: int, low: int, end: int, target: bytes) -> list[bytes]:
    """Every line whose key is `target`, in the order they lie."""
    found: list[bytes] = []
    start = first_at_or_after(fd, low, end, target)
    prefix = target + b"\t"
    while start < end:
        _, line = line_at(fd, start, start, end)
        if line != target and not line.startswith(prefix):
            break
        found.append(line)
        start += len(line) + 1
    return found
