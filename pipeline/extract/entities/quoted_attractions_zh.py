"""Chinese place matches → a known area or island written right before a quoted attraction's name made one place.

Hong Kong texts name a sight by the area or island it stands on and its own name in quotes with nothing between
them: 馬灣「挪亞方舟」 (Noah's Ark on Ma Wan), 中環「大館」. The quoted name is the place the text names, and the
area only locates it, as a known area right before a site built on it makes one place (session 27 ruling): the
area's match takes the quote in and becomes the attraction, no mention of the area of its own. Only an area or an
island (an entry of a type in `place_types`) opens one; the quote holds `min_name`..`max_name` Chinese characters
(a Latin brand in quotes, 西九「M+」, is a body's name, no sight's) and the text goes on with a list mark, a
conjunction or a verb of opening (`followers`); a quoted slogan or title after a place (北部都會區「國際創科新城」, 某區「…中心」) ends in a head the rules list
(`not_ends`) and stays out. Rules: entities_zh.json "quoted_attractions".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _quote(opens: str, closes: str, low: int, high: int) -> re.Pattern[str]:
    o, c = re.escape(opens), re.escape(closes)
    return re.compile(rf"[{o}]([一-鿿]{{{low},{high}}})[{c}]")


def quoted_attractions(folded: str, matches: list[Match], type_of: Callable[[str], str],
                       rules: dict[str, Any]) -> list[Match]:
    """`matches` with each area or island written right before a quoted attraction's name made that attraction."""
    types = set(rules.get("place_types", ()))
    if not types:
        return matches
    quote = _quote(str(rules["opens"]), str(rules["closes"]), int(rules["min_name"]), int(rules["max_name"]))
    not_ends = tuple(rules.get("not_ends", ()))
    followers = str(rules.get("followers", ""))
    out: list[Match] = []
    taken = -1
    for m in matches:
        if m.start < taken:  # the quoted name read on its own inside the attraction's span
            continue
        if m.label == "PLACE" and m.entity.startswith("id:") and type_of(m.entity[3:]) in types:
            q = quote.match(folded, m.end)
            if q is not None and not q.group(1).endswith(not_ends) and \
                    (q.end() == len(folded) or folded[q.end()] in followers):
                m = Match(m.start, q.end(), "", m.label, "", m.special, {**m.extra, "suffix": "1"})
                taken = q.end()
        out.append(m)
    return out
