"""Folded Chinese text + matches → localities listed after the short name of the county or district they lie in.

A county or district report lists its villages, towns and scenic spots by the short name of the county they lie in
followed by their own two-character name, the items joined by 、 (甲丰新山、乙丰下埔、丙河北中成为乡村旅游热点: the
village 新山 of 甲丰 county …), the list closed by punctuation, a verb or 等 + a word for places. Each such item is one place, the longest span (README, session 13: a division written
right before a place inside it is one place), and what the scan read across the item's seam is no mention: 丙河 +
北中 holds no 河北 (Hebei), 乙丰下埔 no separate 乙丰. Two or more such items in one list make the reading; one
item alone (乙丰新区) is left to the other rules, and so is an item whose second half is a common word (乙丰发展:
jieba's words, zh_common_words.json) or a named division's short name (甲东博罗: two counties). A list one of
whose items is a county + a common word (高州荔枝, 连州菜心) lists a county's products or things, no localities
(session 21 review, revzh M3: 新会陈皮、英德红茶、高州荔枝).
"""

from __future__ import annotations

from pipeline.extract.entities.clause_verbs_zh import clause_verbs
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match

_MARK = "、"
# a place-name suffix right after the two characters: the locality's name goes on (下埔村, 新山镇), other rules read it
_NAME_GOES_ON = "镇乡村区县市港湾岛园路街"
# 等 + a word for places closes a list of places (甲丰新山、乙丰下埔等地); 等展演 closes a list of other things
_PLACES_AFTER_DENG = "地村镇乡处点个"


def county_localities(folded: str, matches: list[Match], keys: set[str]) -> list[Match]:
    """`matches` with each listed 'county short name + locality' item (`keys`: the named prefectures' district and
    county short names) made one place, the matches inside it dropped."""
    if _MARK not in folded or not keys:
        return matches
    items: list[tuple[int, int]] = []
    worded: list[tuple[int, int]] = []  # 高州荔枝, 连州菜心: a county and a common word, an item of things
    i = folded.find(_MARK)
    while i >= 0:
        for s in (i - 4, i + 1):  # the item before the mark and the item after it
            item = _item(folded, s, keys)
            if item and item not in items:
                items.append(item)
            elif item is None and _item(folded, s, keys, words=False) and (s, s + 4) not in worded:
                worded.append((s, s + 4))
        i = folded.find(_MARK, i + 1)
    # Chinese coordinates like with like: a list one of whose items is a county + a common word (新会陈皮、英德红茶、
    # 高州荔枝: a county's products) is a list of things, and none of its items is a locality
    listed = [(s, e) for s, e in items if any(_linked(folded, (s, e), o) for o in items if o != (s, e))
              and _closed(folded, _list_end(folded, e)) and not any(_linked(folded, (s, e), w) for w in worded)]
    if not listed:
        return matches
    kept = [m for m in matches if not any(s <= m.start and m.end <= e or m.start < e and s < m.end
                                          and m.label == "PLACE" for s, e in listed)]
    return sorted(kept + [Match(s, e, "", "PLACE", "", "", {"suffix": "1"}) for s, e in listed], key=lambda m: m.start)


def _item(folded: str, s: int, keys: set[str], words: bool = True) -> tuple[int, int] | None:
    """(start, end) of a 'two-character short name + two-character locality' item at `s`, or None (`words`: None
    too when the locality is a common word)."""
    e = s + 4
    if s < 0 or e > len(folded) or folded[s:s + 2] not in keys or folded[s + 2:e] in keys \
            or words and folded[s + 2:e] in common_words("zh_common_words.json"):  # 乙丰发展: a county and a word
        return None
    if not all(_CJK.match(c) for c in folded[s:e]) or e < len(folded) and folded[e] in _NAME_GOES_ON:
        return None
    before = folded[s - 1] if s else ""
    after = folded[e] if e < len(folded) else ""
    # the item is an item: a mark on one side, on the other a mark or the list's edge
    if before != _MARK and after != _MARK:
        return None
    return s, e


def _list_end(folded: str, e: int) -> int:
    """Where the list of four-character items holding the item that ends at `e` ends."""
    while folded.startswith(_MARK, e) and e + 5 <= len(folded) and all(_CJK.match(c) for c in folded[e + 1:e + 5]):
        e += 5
    return e


def _closed(folded: str, e: int) -> bool:
    """The list ends where a list of places ends: at punctuation or the text's end, at 等 + a word for places, or at
    a verb (…、丙河北中成为热点). 榕城青狮、普宁英歌、揭东乔林烟花火龙等展演 (a county's folk arts) goes on."""
    if e >= len(folded) or not _CJK.match(folded[e]):
        return True
    if folded[e] == "等":
        return folded[e + 1:e + 2] in tuple(_PLACES_AFTER_DENG)
    return folded[e:e + 2] in clause_verbs("zh_clause_verbs.json")


def _linked(folded: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two items joined by marks and other four-character items only (one list)."""
    (s1, e1), (s2, e2) = sorted((a, b))
    gap = folded[e1:s2]
    return all(part == "" or len(part) == 4 and all(_CJK.match(c) for c in part) for part in gap.split(_MARK)) \
        and gap.startswith(_MARK) and gap.endswith(_MARK) and len(gap) <= 16
