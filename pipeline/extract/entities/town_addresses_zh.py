"""A subdistrict's office written before a village: an address, the subdistrict and the village (某街道办事处某村).

A list of villages names each by its town and its own name (城北镇玉水村); a village of a subdistrict is written
after the subdistrict's office (金山街道办事处黄坑村, the village 黄坑村 of 金山街道), the office's name standing
for the subdistrict it runs, as a town's name stands for the town. There the office is no body acting, nothing
is done by or to it: the subdistrict is the place (its office's name an alias of it) and the village a place of its
own (as after a town: towns_zh, 威整红星村). Only the office (办事处) reads so: a town's government before a village
(某镇人民政府某村) is not how an address is written, and an office followed by anything but a village stays the body.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.quoted_zh import Match

_OFFICE = "办事处"
_LEVELS = ("街道", "镇", "乡")


def office_addresses(folded: str, matches: list[Match], village: re.Pattern[str]) -> list[Match]:
    """`matches` with each subdistrict office right before a village read as the subdistrict and the village."""
    starts = {m.start for m in matches}
    out: list[Match] = []
    for m in matches:
        name = folded[m.start:m.end]
        v = village.match(folded, m.end) if m.label == "INSTITUTION" and name.endswith(_OFFICE) else None
        town = name[:-len(_OFFICE)]
        if v is None or not town.endswith(_LEVELS) or len(town) < 3:
            out.append(m)
            continue
        out.append(Match(m.start, m.end, "", "PLACE", "", "", {"canonical_name": town, "town": "1"}))
        if m.end not in starts:
            out.append(Match(m.end, v.end(), "", "PLACE", "", "", {"town": "1"}))
    return sorted(out, key=lambda x: x.start)
