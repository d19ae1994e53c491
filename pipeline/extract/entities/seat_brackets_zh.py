"""Chinese place matches → without a division written alone in brackets inside another name, the name's seat.

A national body's or a company's local unit, a project or a fund is named with the city or province that hosts it in
brackets inside the name: 国家超算(某市)中心 (the national supercomputing centre in that city), 某新能源(某市)储能电池项目,
某合资南海(某市)石化, 某省(某市)制造业转型发展基金. The bracket is part of the name, which runs on right after it with no
break (DECISIONS-zh 21: a place inside a name is no mention; README session 19: a city in brackets inside a show's name,
中国(某市)国际车展). Kept: a bracket after a complete site's name locates the site (某职教城(某市)初具规模, 某新区(某高新区):
the character before the bracket ends a site, `site_end_chars`), a bracket after a place (某市(某区)举行: the bracket
locates it), a bracket a verb of holding follows (某市民中心(某区)举行: `held_verbs`), a bracket a punctuation mark, a space or a function word
follows (某项目(某市)、…; (某市)的), and anything not a gazetteer division (`division_types`: a zone or a park in brackets is
another name of the zone before it). Rules: entities_zh.json "seat_brackets".
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.entities.gazetteer_zh import CJK
from pipeline.extract.entities.quoted_zh import Match

_OPEN, _CLOSE = "(（", ")）"


def seat_brackets(folded: str, matches: list[Match], type_of: Callable[[str], str], rules: dict[str, Any]) -> list[Match]:
    """`matches` less the divisions alone in brackets glued inside a name (某名(某市)某名)."""
    types = frozenset(rules.get("division_types", ()))
    if not types:
        return matches
    ends = str(rules.get("site_end_chars", ""))
    stops = str(rules.get("not_after", ""))
    held = tuple(rules.get("held_verbs", ()))  # 某中心(某区)举行: the bracket locates a venue, the name ends there
    placed = {m.end for m in matches if m.label == "PLACE"}  # 某市(某区)举行: the bracket locates the place before it

    def seat(m: Match) -> bool:
        s, e = m.start, m.end
        if m.label != "PLACE" or s < 2 or e + 1 >= len(folded) or folded[s - 1] not in _OPEN or folded[e] not in _CLOSE:
            return False
        before, after = folded[s - 2], folded[e + 1]
        return s - 1 not in placed and not folded.startswith(held, e + 1) and bool(CJK.match(before)) and before not in ends and bool(CJK.match(after)) and after not in stops and \
            m.entity.startswith("id:") and type_of(m.entity[3:]) in types
    return [m for m in matches if not seat(m)]
