"""A table of contents' page numbers: a number right after a run of leader dots ('Who Should Pay? ........ 20',
'Introduction …… 2'; an ellipsis of three dots is prose) is the page a heading starts on, never a count, even when a contents list flattened onto one
line puts the next heading after it ('........ 20 Helping Singaporeans Manage ........ 23 Reserves')."""

from __future__ import annotations

import re

_LEADER = re.compile(r"(?:\.[ \t]?){4,}[ \t]*$|…{2,}[ \t]*$|(?:·[ \t]?){4,}[ \t]*$")  # not an ellipsis ('fell... 20')
_REACH = 16


def after_leader_dots(text: str, start: int) -> bool:
    """The number starting at `start` follows a contents line's leader dots."""
    return _LEADER.search(text, max(0, start - _REACH), start) is not None
