"""Folded Chinese text + a known name found at a position → the shorter known name to take instead when a
longer known name crosses its end (新界 + 北部都會區 in 新界北部都會區, not 新界北 + 部都會區).

The scanner takes the longest known name at each position, left to right. Where that name's tail starts
a longer known name, the longer one is the name the writer meant, provided the text before it is a
known name of its own: both are then matched, and no characters are left over or shared.
"""

from __future__ import annotations


def crossing_cut(folded: str, i: int, found: str, by_first: dict[str, list[str]], known: dict[str, str]) -> str:
    """The known name folded[i:j] to match instead of `found` ('' to keep `found`)."""
    end = i + len(found)
    for j in range(i + 1, end):
        head = folded[i:j]
        if head not in known:
            continue
        for key in by_first.get(folded[j], ()):
            if len(key) > len(found) and j + len(key) > end and key in known and folded.startswith(key, j):
                return head
    return ""
