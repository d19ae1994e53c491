"""Where a lead-in's list ends: English punctuates a list whose items close with ';' (or '; and', '; or') by closing
its last item with '.'. A line that closes with '.' after such items is the last item, so the lines after it are no
longer governed by the lead-in, even where no blank line separates them (a page flattened to single lines:
'comprising:' / '- 1.1 million records of phone numbers;' / '223,000 records of IDs.' / 'During October, …')."""

from __future__ import annotations

import re

_CONTINUES = re.compile(r"[;](?:\s*(?:and|or))?\s*$")
_CLOSES = re.compile(r"\.[\"'’”)]?\s*$")


def continues_list(line: str) -> bool:
    """The line is an item closed by ';' (or '; and'): more items follow."""
    return bool(line.strip()) and _CONTINUES.search(line) is not None and not line.rstrip().endswith(":")


def closes_list(line: str) -> bool:
    """The line closes with '.': after items closed by ';' it is the list's last item."""
    return bool(line.strip()) and _CLOSES.search(line) is not None
