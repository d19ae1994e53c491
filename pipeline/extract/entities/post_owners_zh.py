"""Chinese place matches → the places that only open the name of a body whose head's title follows.

A post is named by its body: 某海关关长 (the head of a customs house), 某出入境边防检查站党委书记, 某经济开发区党工委副书记
(the secretary of the zone's Party working committee). A division or body before a post title names the post, no
mention (README, session 16: a body or division named only in its head's title gives no row), and so is the place
that opens the body's name, when the body itself is not one the gazetteers know: the place is read, the body is not.
The post is one of a list of attending officials: its holder's name follows (two or three characters, then a list or
clause mark), or a second post of the same person after 、. Rules: `post_owners` of pipeline/data/entities_zh.json
(the body's kinds, the Party organs, the heads' titles); no 的 / 了 / verb inside the body's name (在某市工作的局长 names no
post of the city; 在广州会见了中国银行行长: a clause, no body), and no place after 在 / 到 / 于 / 赴 (`not_after`: where
something happens, 到韶关看望市人民医院院长). One compiled pattern tried right after each place: no scan of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=4)
def _pattern(kinds: tuple[str, ...], organs: tuple[str, ...], titles: tuple[str, ...], not_inside: str) -> re.Pattern[str]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    body = f"(?:(?P<name>(?:(?![{not_inside}])[一-鿿]){{0,12}}?)(?:{alt(kinds)}))"
    organ = f"(?:{alt(organs)})"
    head = f"(?:常务)?[副代]?(?:{alt(titles)})"
    holder = r"(?=[一-鿿]{2,3}(?:[、，,。；;：:（(\s]|$)|、)"  # 某某关长林某某, / 党工委副书记、管委会副主任
    listed = "等[0-9一二三四五六七八九十两]+个?[省市县区镇]"  # 甲、乙等9市市长: the list's divisions, their heads
    return re.compile(f"(?:{body}{organ}?|{organ}){head}{holder}|{listed}{head}(?![会办])")


def owned_posts(folded: str, matches: list[Match], rules: dict[str, Any]) -> set[int]:
    """The starts of the places right before a body's name and its head's title (饶平海关关长林某: 饶平), or before a
    list's closing count and their heads' title (甲、乙等9市市长: 乙)."""
    pattern = _pattern(tuple(rules["kinds"]), tuple(rules["organs"]), tuple(rules["titles"]), rules["not_inside"])
    verbs = clause_verbs("zh_clause_verbs.json")
    return {m.start for m in matches if m.label == "PLACE" and (m.start == 0 or folded[m.start - 1] not in rules["not_after"])
            and (found := pattern.match(folded, m.end)) and not clause_end(found["name"] or "", verbs)}


def shared_posts(folded: str, matches: list[Match], named: set[int], posts: set[int]) -> set[int]:
    """The places of a 、-list whose last item names a post (甲、乙等9市市长; 甲、乙市政协主席: the list shares the
    post's head, so each of its places owns a post): the starts in `named` (places) or `posts` (bodies) grow leftwards
    over the places joined to them by 、."""
    out = set(named)
    starts = named | posts
    for m in sorted((m for m in matches if m.label == "PLACE"), key=lambda m: -m.start):
        nxt = m.end + 1
        if folded[m.end:nxt] == "、" and (nxt in starts or nxt in out):
            out.add(m.start)
            starts.add(m.start)
    return out
