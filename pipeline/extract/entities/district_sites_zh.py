"""Suffix-built Chinese place names → a Hong Kong district written with its mark 區 locates the site after it.

A district written with the mark 區 added to its name (葵青區, 大埔區) and then a site's name (某某道運動場, 某某海濱公園)
names two places, the district and the site, as a district written with its mark before an area does (北區沙嶺:
README, session-11 ruling); the site's own name starts right after 區, even where it opens with a character that
otherwise ends a name (和宜合道運動場: 和 is no conjunction here). Districts whose names end in 區 themselves (東區,
西區, 北區) are untouched: 西區副食品批發市場 is one name. `districts` is districts_zh.district_names: the districts
whose names do not end in 區. A kind word alone after the mark (葵青區體育館, 沙田區社區會堂: the suffix, no name
body of its own) names no second site: the span stays whole.
"""

from __future__ import annotations

from typing import Callable

from pipeline.extract.entities.suffix_zh import Span

_MARK = "区"


def marked_district_sites(folded: str, spans: list[Span], known: list[tuple[int, int, str]],
                          districts: dict[str, str], suffix_at: Callable[[str, int], str]) -> list[Span]:
    """`spans` with each one that opens with a marked district and runs on past it cut to start after the mark."""
    marked = {s: e + 1 for s, e, label in known if label == "PLACE" and folded.startswith(_MARK, e)
              and folded[s:e] in districts}  # the scan matches 葵青; the mark 區 follows it
    out = []
    for sp in spans:
        e = marked.get(sp.start, -1)
        named = e > 0 and sp.end - e >= 3 and len(suffix_at(folded[e:sp.end], sp.end - e)) < sp.end - e  # 體育館: a kind
        out.append(Span(e, sp.end, sp.label, False) if sp.label == "PLACE" and sp.alias_of is None and named else sp)
    return out
