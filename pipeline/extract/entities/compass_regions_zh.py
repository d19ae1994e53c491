"""Folded Chinese text + matches → the matches with a province's compass region (闽东, 粤西, 川西) followed by a
second compass point read as the compound-direction region it names (闽东北, 闽西南, 川西北).

A province's parts are named by its one-character short form and a compass point (闽东 'eastern Fujian', 粤西,
苏北: gazetteer regions). Chinese writes a compound direction east or west first (东北, 东南, 西北, 西南), so a
region ending in 东 / 西 with 南 / 北 right after it names another part of the province, the north-east or south-west
(闽东北 and 闽西南, Fujian's two co-ordinated development areas; 川东北, 川西北, Sichuan's economic regions): the
region written first is no mention of its own. The second point has to end the name: a boundary, a character that
is no Chinese, a numeral that opens a count (两大协同发展区), or a region head (地区, 经济区, 协同发展区 …) follows it; otherwise it starts the next word and the
region stays as written. Rules: "compass_regions" in pipeline/data/entities_zh.json.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from pipeline.extract.entities.gazetteer_zh import CJK as _CJK


def compound_regions(folded: str, matches: list[Any], boundary: set[str], type_of: Callable[[str], str],
                     rules: dict[str, Any]) -> list[Any]:
    """`matches` (chinese.Match) with each known compass region + 南 / 北 widened to the compound region."""
    firsts, seconds = str(rules["firsts"]), str(rules["seconds"])
    heads, types, counts = tuple(rules["heads"]), set(rules["types"]), str(rules["count_starts"])
    out = []
    for m in matches:
        e = m.end
        if m.label == "PLACE" and m.entity.startswith("id:") and e - m.start == 2 and folded[e - 1] in firsts and \
                e < len(folded) and folded[e] in seconds and type_of(m.entity[3:]) in types and \
                (e + 1 == len(folded) or folded[e + 1] in boundary or folded[e + 1] in counts
                 or not _CJK.match(folded[e + 1]) or folded.startswith(heads, e + 1)):
            m = replace(m, end=e + 1, entity="", alias="", extra={**m.extra, "compound_compass": "1"})
        out.append(m)
    return out
