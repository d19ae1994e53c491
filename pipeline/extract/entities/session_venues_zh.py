"""Folded Chinese text + matches → the hall a local congress (or any meeting) is held in, one place.

A county's, a district's or a city's report and the news of its session open with where the session sits:
某县第十六届人民代表大会第二次会议在县大会堂开幕, 某区…会议在区委区政府会堂开幕, …全体会议在市会议中心举行. A hall
named by the level of the government that owns it (县大会堂, 县人民中心, 区委区政府七楼会议厅, 市会议中心) is that
county's or district's one hall, a named built structure (DECISIONS 17) though its words are common ones: the place
is the whole span, and the bodies inside it (区委, 区政府) are no mentions there (GUIDELINES: a name inside a longer
name). A hall named by a place (某某会堂) is found by the place suffixes already; one the text does not tie to a
level (博物馆报告大厅) stays unnamed. Rules (pipeline/data/entities_zh.json "session_venues"):
- the meeting: a meeting word (`meetings`: 会议, 大会) before 在, a time between them allowed (会议今天上午在…),
  or after the verb (市人大常委会在市会议中心举行第二次会议);
- the venue: a level character (`levels`: 县 区 市 镇) + up to `max_body` characters of the government's organs,
  levels and a floor (`body_words`, `floor`: 区委区政府三楼; 市委党校礼堂 is the school's hall, the school a mention)
  + a hall word (`halls`);
- the act: a verb of opening or holding right after the venue (`verbs`, 隆重 before it allowed).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _venue(meetings: tuple[str, ...], levels: str, halls: tuple[str, ...], verbs: tuple[str, ...],
           max_body: int, body_words: tuple[str, ...], floor: str, pointers: str) -> re.Pattern[str]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    body = rf"(?=[一-鿿0-9]{{0,{max_body}}}?(?:{alt(halls)}))(?:{alt(body_words)}|[{re.escape(levels)}]|{floor})*?"
    level = f"[{re.escape(levels)}]"
    # 该市会展中心: the pointer and its level say whose hall it is ('this city's'); the hall's name follows them
    hall = rf"(?:(?<=在[{re.escape(pointers)}]{level})|{level}{body})(?:{alt(halls)})+" if pointers else \
        rf"{level}{body}(?:{alt(halls)})+"
    at = rf"在(?:[{re.escape(pointers)}]{level}(?=(?:{alt(halls)})))?" if pointers else "在"
    return re.compile(rf"(?:{alt(meetings)})[^，。；,;在]{{0,8}}{at}({hall})(?:隆重)?(?:{alt(verbs)})"
                      rf"|{at}({hall})(?:隆重)?(?:{alt(verbs)})[^，。；,;]{{0,8}}?(?:{alt(meetings)})")


def session_venues(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """The matches, with each level-named hall a meeting is held in one place (the matches inside it dropped)."""
    if not rules or "在" not in folded or not any(v in folded for v in rules["verbs"]):
        return matches
    pattern = _venue(tuple(rules["meetings"]), rules["levels"], tuple(rules["halls"]), tuple(rules["verbs"]),
                     int(rules["max_body"]), tuple(rules["body_words"]), rules["floor"], rules.get("pointers", ""))
    halls = [hit.span(1) if hit.group(1) else hit.span(2) for hit in pattern.finditer(folded)]
    halls = [(s, e) for s, e in halls if not any(m.start <= s and e <= m.end and m.label == "PLACE" for m in matches)]
    if not halls:
        return matches
    kept = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in halls)]
    return sorted(kept + [Match(s, e, "", "PLACE", "", "", {"suffix": "1"}) for s, e in halls], key=lambda m: m.start)
