"""Mentions → those that stand outside a web address's path (zhinsthk, session 25).

A page copied with its markup keeps its addresses: an image's file name or a story's slug spells the words of the
story (.../2017/06/食物及衞生局-HKU-陳肇始-2017….jpg, .../column/news/government-plans-…), but a word inside an
address's path names nothing the text says: the bodies and places a slug repeats are read where the text writes them.
The host stays readable: a site's host names its outlet in a source line ('Source: https://www.scmp.com/…',
source_lines_en), and so may a body's own address. A mention that starts inside a path is dropped, a figure too (a
date folder '2031/06', a percent-encoded byte '%E6%96' read as 96%). A path ends at a space, a quote, a bracket, a
Chinese punctuation mark or Chinese words the address does not go on after, so a sentence written right after an
address, glued or not, is read."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TypeVar

# an address: a scheme and a host, then its path up to a space, a quote, a bracket, a Chinese punctuation mark or
# a run of Chinese characters that the address does not go on after: a notice glues its next words to an address
# (登录https://…/residents/查看…), while a Chinese file name, slug or folder in a path is followed by '-', '_', '.'
# or '/' and more of the address (…/食物及衞生局-HKU-….jpg, …/政策/解读/2024/…)
_STOP = "\\s\"'<>()\\[\\]，。、；：「」（）《》！？"
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_URL_PATH = re.compile(
    rf"(?:https?|ftp)://[^{_STOP}/]+(/(?:[^{_STOP}{_HAN}]|[{_HAN}]+(?=[-_./][^{_STOP}]))*)"
)

M = TypeVar("M")


def path_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every address's path in `text` (the '/' after the host through the address's end)."""
    if "://" not in text:
        return []
    return [m.span(1) for m in _URL_PATH.finditer(text)]


def outside_paths(text: str, mentions: Sequence[M]) -> list[M]:
    """`mentions` without the names and figures that start inside an address's path."""
    spans = path_spans(text)
    if not spans:
        return list(mentions)
    starts = [s for s, _ in spans]

    def inside(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]

    return [m for m in mentions if not inside(getattr(m, "start"))]
