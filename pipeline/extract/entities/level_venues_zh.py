"""Folded Chinese text + a document's matches → a division's public venue named by its level alone (市体育中心).

A city's or a district's report names its own public venues by the level word and the venue's kind, without the
division's name: 完成市体育中心及周边改造 ('the city sports centre'), 区体育馆, 县文化广场. The kind (a sports
centre, a stadium, a convention centre, a plaza: rules "level_venues.kinds") is a site, never a body that acts (a
library or a museum is left out: it holds events and acts as a body), so the level + kind is one place, named as
written (an alias of the full name: 深圳市体育中心). Read only where the level word opens a word of its own: not
after a character that makes a frequent word with it (城市体育中心 'city sports centres', 都市, 上市), nor after a
determiner or a scope word that makes the phrase a kind (各市, 全区, 本县, 两区: rules "not_after"), nor inside a
name already read (深圳市体育中心). Rules: entities_zh.json "level_venues".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer_zh import CJK
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.word_bounds_zh import frequent_words


@lru_cache(maxsize=2)
def _pattern(levels: str, kinds: tuple[str, ...]) -> re.Pattern[str]:
    kind = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    return re.compile(f"[{re.escape(levels)}](?:{kind})")


def level_venues(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` and a place for each level + venue kind that opens a word of its own (see the module)."""
    kinds, levels = tuple(rules.get("kinds", ())), str(rules.get("levels", ""))
    if not kinds or not levels:
        return matches
    stops, words = str(rules.get("not_after", "")), frequent_words()
    seps, marks = str(rules.get("list_seps", "")), tuple(rules.get("kind_items", ()))
    new: list[Match] = []
    for m in _pattern(levels, kinds).finditer(folded):
        s, e = m.start(), m.end()
        if any(x.start < e and s < x.end for x in matches):
            continue  # 深圳市体育中心: the name already read
        before = folded[s - 1] if s > 0 else ""
        if before and (before in stops or CJK.match(before) is not None and before + folded[s] in words):
            continue
        if before and before in seps and _kind_item_before(folded, s - 1, seps, marks):
            continue  # 推动县级图书馆、县体育馆免费开放: a list of kinds (every county's)
        new.append(Match(s, e, "", "PLACE", "", "", {"level_venue": "1"}))
    return sorted(matches + new, key=lambda x: x.start) if new else matches


def _kind_item_before(folded: str, sep: int, seps: str, marks: tuple[str, ...]) -> bool:
    """Whether the list item that ends at the separator `sep` holds a level class or a scope word (县级图书馆, 各区)."""
    k = sep
    while k > 0 and sep - k < 12 and CJK.match(folded[k - 1]) is not None and folded[k - 1] not in seps:
        k -= 1
    return any(mark in folded[k:sep] for mark in marks)
