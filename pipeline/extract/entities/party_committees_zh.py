"""Democratic parties' committees by division (民盟闵行区委, 民革东莞市委会, 九三学社广州市委员会, 致公党福田区总支): a
party's name followed with no break by a division and a committee word is that party's committee there, one
institution. The division inside is no place mention, and the 某区委 inside is no CPC committee (the CPC's own
committee is written 中共某区委 or bare 某区委). Written with its level alone (民盟区委, 民革市委) it is the same
party's committee of that level the text names with its division (one row), else a name as written. The division
must be one the scan read there (a place or a body starting right after the party's name: 民盟盟员参与区委 has none),
and the committee replaces what the scan read inside it. Rules and their source: pipeline/data/zh_party_committees.json."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match


_DIVISION = r"((?:(?![，。、；：,;:\s（）()“”「」])[一-鿿]){{0,{n}}}?)"


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], str, dict[str, str]]:
    data: dict[str, Any] = load_json_data("zh_party_committees.json")
    parties = "|".join(sorted(data["parties"], key=len, reverse=True))
    tails = "|".join(sorted(data["committee_tails"], key=len, reverse=True))
    block, division = "".join(data["not_after_party"]), _DIVISION.format(n=int(data["max_division"]))
    pattern = re.compile(rf"({parties})(?![{block}]){division}({tails})")
    one = data["one_character_short"]  # 社长宁区委: 九三学社's own short form, only where the text names it
    short = re.compile(rf"(?<!{one['not_before']})({one['short']}){division}({tails})(?!{one['not_after']})")
    return pattern, short, one["party"], {t: t[0] for t in data["level_tails"]}


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], tuple[str, ...]]:
    data: dict[str, Any] = load_json_data("zh_party_committees.json")
    return data["short_of"], tuple(data["unit_tails"])


def _canonical(party: str, division: str, level: str) -> str:
    """九三学社重庆市委员会, 九三学社重庆市委 → 九三学社重庆市委; 中国民主同盟某市委员会 → 民盟某市委."""
    return _names()[0].get(party, party) + division + level + "委"


def party_committees(folded: str, matches: list[Match]) -> list[Match]:
    """`matches` with each democratic party's committee made one institution (the names the scan read inside dropped)."""
    if not matches:
        return matches
    pattern, short, short_party, level_of = _rules()
    found = list(pattern.finditer(folded)) + (list(short.finditer(folded)) if short_party in folded else [])
    party_of = {short_party[-1]: short_party}  # 社 → 九三学社
    named: dict[tuple[str, str], str] = {}  # (party, level) → the committee's name written with its division
    for c in sorted(found, key=lambda c: c.start()):
        if c.group(2) and c.group(3) in level_of:
            party = party_of.get(c.group(1), c.group(1))
            named.setdefault((party, level_of[c.group(3)]), _canonical(party, _division(c), level_of[c.group(3)]))
    starts = {m.start for m in matches}
    lo, hi = min(m.start for m in matches), max(m.end for m in matches)
    swallowed = {(m.start, m.end) for m in matches}  # 农工党市第一人民医院 read as one name before 总支
    units = _names()[1]
    spans: list[Match] = []
    for c in found:
        inside = [m for m in matches if m.start < c.end() and c.start() < m.end]
        read = c.start(2) in starts or c.group(3) in units and (c.start(), c.end(2)) in swallowed
        within = lo <= c.start() and c.end() <= hi  # inside this block (its matches' stretch)
        if not (inside or within and not c.group(2)) or c.group(2) and not read:
            continue  # another block's, or no division the scan read there
        extra = {"party_committee": "1"}
        key = (party_of.get(c.group(1), c.group(1)), level_of.get(c.group(3), ""))
        if not c.group(2) and key in named:
            extra["canonical_name"] = named[key]  # 民盟区委 after 民盟闵行区委: the same committee
        elif c.group(2) and key[1]:
            extra["canonical_name"] = _canonical(key[0], _division(c), key[1])
        spans.append(Match(c.start(), c.end(), "", "INSTITUTION", "", "", {**extra, **_written(inside)}))
    spans += cpc_formal_committees(folded, matches)
    if not spans:
        return matches
    spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and o is not s for o in spans)]
    out = [m for m in matches if not any(s.start < m.end and m.start < s.end for s in spans)]
    return sorted(out + spans, key=lambda m: m.start)


def _division(c: re.Match[str]) -> str:
    """The division written in a committee's name without its level (重庆 in 九三学社重庆市委员会, 闵行 in 民盟闵行区委)."""
    return c.group(2)


def cpc_formal_committees(folded: str, matches: list[Match]) -> list[Match]:
    """中共广州市海珠区委员会: the CPC's district committee under its formal name (the city before the district), one
    body with the canonical its short forms take (中共海珠区委员会); only where the scan read a name there."""
    pattern = re.compile(load_json_data("zh_party_committees.json")["cpc_formal"])
    out = []
    for c in pattern.finditer(folded):
        whole = any(m.start == c.start() and m.end == c.end() and m.entity for m in matches)  # a known name: as read
        if not whole and any(m.start < c.end() and c.start() < m.end for m in matches):
            inside = [m for m in matches if m.start < c.end() and c.start() < m.end]
            out.append(Match(c.start(), c.end(), "", "INSTITUTION", "", "",
                             {"canonical_name": f"中共{c.group(2)}委员会", "party_committee": "1", **_written(inside)}))
    return out


def _written(inside: list[Match]) -> dict[str, str]:
    """The division a committee's name writes (its last place, or the division of a body read inside it), so the
    text's bare-level bodies (省委, 区政府) still find it: {"division": "id:…"} or {}."""
    ids = [m.extra["division"] if "division" in m.extra else m.entity for m in inside
           if "division" in m.extra or m.label == "PLACE" and m.entity.startswith("id:")]
    return {"division": ids[-1]} if ids else {}
