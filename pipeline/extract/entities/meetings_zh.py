"""召开的市委常委会, 举行省政府常务会议: a standing committee written as the object of a verb of holding (召开, 举行)
is its meeting, an event (DECISIONS 21), no mention of the body; the committee acting (市委常委会召开会议) stays a body.
Rules are data (pipeline/data/entities_zh.json, "held_meetings")."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def held_meetings(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` without the committees a verb of holding governs (召开的市委常委会首站就选在惠城)."""
    verbs, heads = tuple(rules["verbs"]), tuple(rules["heads"])
    return [m for m in matches if not (m.label == "INSTITUTION" and folded[m.start:m.end].endswith(heads)
                                       and folded.endswith(verbs, 0, m.start))]
