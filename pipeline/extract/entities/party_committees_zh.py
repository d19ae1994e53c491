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
            named.setdefault((party_of.get(c.group(1), c.group(1)), level_of[c.group(3)]), folded[c.start():c.end()])
    starts = {m.start for m in matches}
    spans: list[Match] = []
    for c in found:
        inside = [m for m in matches if m.start < c.end() and c.start() < m.end]
        if not inside or c.group(2) and c.start(2) not in starts:
            continue  # another block's, or no division the scan read there
        extra = {"party_committee": "1"}
        key = (party_of.get(c.group(1), c.group(1)), level_of.get(c.group(3), ""))
        if not c.group(2) and key in named:
            extra["canonical_name"] = named[key]  # 民盟区委 after 民盟闵行区委: the same committee
        spans.append(Match(c.start(), c.end(), "", "INSTITUTION", "", "", extra))
    if not spans:
        return matches
    spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and o is not s for o in spans)]
    out = [m for m in matches if not any(s.start < m.end and m.start < s.end for s in spans)]
    return sorted(out + spans, key=lambda m: m.start)
