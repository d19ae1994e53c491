"""Chinese place matches → without the places inside a quoted slogan that names a goal, a positioning or a framework.

A report names its development goal, positioning or theme as a quoted slogan and then the noun that says what it is:
“建设某某宜居城市”的发展目标, “某地交通物流中心、某某组团式城市中心”的发展定位, “统筹城乡发展，建设幸福某地”的
发展主题. The quote is one name (DECISIONS-zh 21: quoted programme names give no place), however long and whatever
punctuation it holds (a positioning lists its titles with 、, a theme may join two clauses with a comma), so the places
inside it are no mentions (quoted_zh.quoted_parts reads only short quotes without a sentence's punctuation as names).
A numbered framework quoted with its parts in brackets, “四区(甲、乙及丙片区)五园(甲工业园、乙产业园)”, is such a slogan
too (GUIDELINES-zh 9: 一核一带一区, 双区驱动): its bracketed parts spell out the slogan's numbers, no places of their
own. Rules: `slogan_quotes` of pipeline/data/entities_zh.json (the nouns after the quote, the framework's opening);
each pattern is compiled once and the document's quotes are found once, whatever the number of places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=2)
def _patterns(after: str, framework: str, longest: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    body = rf"[“「]([^”」“「\n]{{2,{longest}}})[”」]"
    return re.compile(body + rf"(?=(?:{after}))"), re.compile(rf"[“「]((?:{framework})[^”」“「\n]{{2,{longest}}})[”」]")


def slogan_spans(folded: str, rules: dict[str, Any]) -> list[tuple[int, int]]:
    """The inside of each quoted goal, positioning, theme or numbered framework of the text, in order."""
    named, framed = _patterns(rules["after"], rules["framework"], int(rules["longest"]))
    return sorted({q.span(1) for rx in (named, framed) for q in rx.finditer(folded)})


def drop_slogan_places(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the places that lie inside a quoted slogan naming a goal, a positioning or a framework."""
    if "“" not in folded and "「" not in folded:
        return matches
    spans = slogan_spans(folded, rules)
    if not spans:
        return matches
    starts = [s for s, _e in spans]

    def inside(m: Match) -> bool:
        i = bisect_right(starts, m.start) - 1
        return i >= 0 and m.end <= spans[i][1]
    return [m for m in matches if not (m.label == "PLACE" and inside(m))]
