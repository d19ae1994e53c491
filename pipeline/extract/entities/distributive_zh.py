"""各镇 … 镇政府: a level's body written by the level alone in a sentence that speaks of every division of that
level (我县各镇相继召开人民代表大会，…选举产生新一届镇人大班子和镇政府班子; 各区要…，区政府负责) is each division's
body, a generic reference (GUIDELINES-zh 13, as 各区人民政府 is), no one body of the home division.

The check is bounded: the characters before the body back to the sentence's start (at most `_WINDOW`)."""

from __future__ import annotations

__all__ = ["every_level"]

_STOPS = "。！？!?；;\n"
_WINDOW = 120
_NOT_LEVEL = "场域城直属级民"  # 各市场 (markets), 各区域 (areas), 各县城, 各市民; 各市直部门 / 各市属国企 / 各县级单位: the city's own departments (review revzh M6)


def every_level(folded: str, start: int, level: str) -> bool:
    """Whether 各 + `level` (各镇, 各区, 各县) stands earlier in the sentence that reaches `start`."""
    seg = folded[max(0, start - _WINDOW):start]
    cut = max(seg.rfind(c) for c in _STOPS)
    seg = seg[cut + 1:]
    i = seg.find("各" + level)
    while i >= 0:
        if seg[i + 2:i + 3] not in _NOT_LEVEL or i + 2 >= len(seg):
            return True
        i = seg.find("各" + level, i + 2)
    return False
