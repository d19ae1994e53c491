"""Chinese place matches → without the places that only open a label's or an event's name.

Names that open with a place and name no place: an anniversary event (anniversaries_zh: 某经济特区建立40周年庆祝大会),
an emission standard's stage and a state symbol. Vehicle emission standards are named by the body that set them and
the stage: 歐盟前期 (pre-Euro), 歐盟 IV期 (Euro IV), 欧盟I至III期, as the English 'Euro IV' is (the rule of session 20
for English: a standard's label is no mention of Europe); a vehicle 'of the pre-Euro stage' is a kind of vehicle
(DECISIONS 21: places inside designations are not listed). The state's anthem, flag and emblem carry its formal name
(奏唱中华人民共和国国歌), as a law's title does. Data: `place_labels` of pipeline/data/entities_zh.json (the places, the
label pattern after them). Places inside an office's, a fair's, a branch's or a plan's name: inner_places_zh.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.anniversaries_zh import anniversary_events
from pipeline.extract.entities.inner_places_zh import drop_inner_places
from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _label(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def label_places(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places that start an anniversary event's name or a label's (欧盟IV期, 中华人民共和国国歌)."""
    labels = [(frozenset(k["places"]), _label(k["after"])) for k in rules["place_labels"]]
    kept = drop_inner_places(folded, anniversary_events(folded, matches, rules["anniversary_event_after"]), rules)
    _cut_actors(folded, matches, kept)
    return [m for m in kept if not (m.label == "PLACE" and any(folded[m.start:m.end] in places and after.match(folded, m.end)
                                                             for places, after in labels))]


def _cut_actors(folded: str, before: list[Match], kept: list[Match]) -> None:
    """A place cut after a lead word (並非廣華醫院 → 廣華醫院) that names a facility the text made an institution by
    its acts (acting_zh: 廣華醫院昨日公布…) is that institution too: one facility, one label in every mention
    (DECISIONS-zh 18; session 26, zhinsthk)."""
    spans = {(m.start, m.end) for m in before}
    actors = {folded[m.start:m.end] for m in kept if m.label == "INSTITUTION" and not m.entity.startswith("id:")}
    for m in kept:
        if m.label == "PLACE" and (m.start, m.end) not in spans and folded[m.start:m.end] in actors:
            m.label = "INSTITUTION"
