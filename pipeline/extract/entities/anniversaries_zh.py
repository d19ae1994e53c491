"""Chinese matches → no place at the start of an anniversary event's name (深圳经济特区建立40周年庆祝大会).

An anniversary celebration is named by the place whose founding it marks: 深圳经济特区建立40周年庆祝大会, 茂名建市60周年
庆祝大会, 某县解放70周年纪念大会. The place only names the event there (DECISIONS 21: places inside event names are not
listed; devset-real DECISIONS 27), as it does in a festival's or a forum's name (programme_heads). The digits of the
anniversary break the run the programme-head rule reads, so the event is recognised by its own pattern (data:
pipeline/data/entities_zh.json "anniversary_event_after"); a place followed by a bare anniversary with no event word
(在经济特区建立40周年之际) is kept.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match


def anniversary_events(folded: str, matches: list[Match], pattern: str) -> list[Match]:
    """`matches` less the places that start an anniversary event's name."""
    after = re.compile(pattern)
    return [m for m in matches if not (m.label == "PLACE" and after.match(folded, m.end))]
