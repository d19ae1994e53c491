"""A body's or a division's office stationed in another place (深圳市驻北京办事处, 中国贸促会驻香港代表处, 某省驻上海联络处,
某市驻深圳办, 某县驻京办): the owner, 驻 ('stationed in'), the place and the office's kind, with no break, are one
institution — the office. The owner and the place inside are no mentions of their own there (a place inside an
institution's name), and an office name the gazetteer knows for another owner (驻北京办事处 = the HKSAR Government's
Beijing Office) is not read after a Mainland owner. The document's own government (特區政府駐北京辦事處) and a Hong Kong
or Macao owner keep the gazetteer's office. Rules and their source: pipeline/data/zh_resident_offices.json."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    data: dict[str, Any] = load_json_data("zh_resident_offices.json")
    data["tail"] = re.compile("(?:" + "|".join(sorted(data["office_tails"], key=len, reverse=True)) + ")")
    return data


def _owner_ok(m: Match, entry_of: Any, rules: dict[str, Any]) -> bool:
    if m.special in rules["owner_types_not"]:
        return False
    entry = entry_of(m.entity[3:]) if m.entity.startswith("id:") else None
    return entry is None or entry.country_code not in rules["owner_countries_not"]


def resident_offices(folded: str, matches: list[Match], entry_of: Any) -> list[Match]:
    """`matches` with each owner + 驻 + place + office kind made one institution, the office."""
    if "驻" not in folded:
        return matches
    rules = _rules()
    tail, shorts = rules["tail"], tuple(rules["place_shorts"])
    by_start = {m.start: m for m in matches}
    spans: list[Match] = []
    for m in matches:
        if not folded.startswith("驻", m.end) or not _owner_ok(m, entry_of, rules):
            continue
        at = m.end + 1
        nxt = by_start.get(at) or by_start.get(m.end)  # 驻北京办事处 may be read with its 驻
        if nxt is not None and nxt.label == "PLACE" and nxt.start == at:
            place_end = nxt.end
        elif nxt is not None and nxt.label == "INSTITUTION" and tail.fullmatch(folded, _place_end(folded, at, nxt.end, tail), nxt.end):
            place_end = _place_end(folded, at, nxt.end, tail)  # 驻北京办事处 read whole as another owner's office
        elif folded.startswith(shorts, at):
            place_end = at + 1  # 驻京办
        else:
            continue
        t = tail.match(folded, place_end)
        if t is None or place_end <= at:
            continue
        spans.append(Match(m.start, t.end(), "", "INSTITUTION", "", "", {"resident_office": "1"}))
    if not spans:
        return matches
    out = [m for m in matches if not any(s.start < m.end and m.start < s.end for s in spans)]
    return sorted(out + spans, key=lambda m: m.start)


def _place_end(folded: str, start: int, end: int, tail: re.Pattern[str]) -> int:
    """Where the place inside a read office name (驻北京办事处 from `start` after 驻) ends: before its longest kind."""
    for i in range(start + 1, end):
        if tail.fullmatch(folded, i, end):
            return i
    return start
