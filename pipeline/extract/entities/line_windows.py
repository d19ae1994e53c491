"""Text + a cheap gate pattern → the lines (start, end) that hold a hit of the gate, for a rule whose matches never
cross a line break and always hold one of the gate's hits (mendspeed, session 25: the English rules run after the
entities — joined events, trade names, works facilities — tried their patterns at every capital of a long document;
most lines hold none of the words that close their names, and those lines are now skipped).

`pattern.finditer(text, start, end)` over such lines finds exactly the matches `pattern.finditer(text)` finds: no
match crosses a line's end, a lookbehind still reads the character before the line, and a rule whose lookahead reads
past the line's end passes `reach=True` to get an end one character past the line break and the blank run after it
(so a '\\s*$' sees the same 'not the text's end' it saw in the whole text)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NOT_SPACE = re.compile(r"\S")


def gated_lines(text: str, gate: re.Pattern[str], reach: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `text` that holds a hit of `gate`, in order, each once."""
    end = -1
    for hit in gate.finditer(text):
        if hit.start() < end:
            continue  # (a line already given)
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        if reach and end < len(text):
            more = _NOT_SPACE.search(text, end)
            yield start, more.end() if more else len(text)
        else:
            yield start, end
        end += 1 if end < len(text) else 0


__all__ = ["gated_lines"]
