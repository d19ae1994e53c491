"""A country written right before one of its own national bodies or before its special administrative region's name
is part of that body's or region's formal name (中国全国人大常委会, 中华人民共和国国务院, 中华人民共和国香港特别行政区):
the country names no place of its own there (GUIDELINES-zh 12: a place inside an institution's name does not count by
itself; the Basic Law's formal name of the region; fc22's gold lists no China for 中國全國人大常委會). Only the country's
names listed in the data, only a known entry right after them: a national body of that country (its entry's type is a
government or a legislature, its country code the country's) or the region's place entry."""

from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.entities.quoted_zh import Match


def own_country_prefixes(folded: str, matches: list[Match], entry: Callable[[str], Any],
                         rules: dict[str, Any]) -> list[Match]:
    """`matches` without a country's place right before its own national body or region (rules: 'names' the
    country's folded names → the country codes of its bodies, its regions' among them; 'body_types'; 'regions' the
    region entries' ids)."""
    names, types, regions = rules["names"], set(rules["body_types"]), set(rules["regions"])
    forms = tuple(rules.get("region_forms", ()))  # 中国香港特别行政区, not 中国香港队: only the formal name
    starts: dict[int, Any] = {m.start: entry(m.entity[3:]) for m in matches if m.entity.startswith("id:")}
    ends = {m.start: m.end for m in matches if m.entity.startswith("id:")}
    drop = set()
    for m in matches:
        codes = names.get(folded[m.start:m.end], ()) if m.label == "PLACE" else ()
        nxt = starts.get(m.end) if codes else None
        formal = nxt is not None and folded.endswith(forms, m.end, ends.get(m.end, m.end))
        if nxt is not None and (getattr(nxt, "id", "") in regions and formal or
                                getattr(nxt, "country_code", "") in codes and getattr(nxt, "type", "") in types):
            drop.add(m.start)
    return [m for m in matches if not (m.label == "PLACE" and m.start in drop)] if drop else matches
