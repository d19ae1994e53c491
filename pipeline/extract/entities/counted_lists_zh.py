"""Folded Chinese text + a document's matches → the settlements a local text lists with their count and kind.

A local report names its villages, communities and towns by their short names in a list and then says how many and
of which kind; the count vouches for the list, as it does after 辖 (administered_zh), wherever the list stands:
- anywhere in a clause, the kind with or without its classifier: 双溪、大湾、罗新4村实现垃圾收运 (4村: four
  villages), 甲、乙等2个社区, 甲、乙和丙3个行政村. The list opens at a clause's boundary or after the clause's verb
  (重点整治甲、乙等2个村: the list starts after 整治) or a place found (某县甲、乙2个村); every item is a place of the kind counted where the count equals
  the number of items;
- a count and a kind, then a bracket listing the units: 下辖7个社区居委会(甲、乙…、戊社区居委会). The kind written
  after the last item is every item's (戊社区居委会: the community 戊社区, its committee no part of the place).
An item a longer name already covers keeps that name; a shorter reading inside a village's or community's item (a
town's short form read inside the village's name) gives way to the item: the count says what the item is. A list
of common words only, or half of them (建设、管理2个村…; 贫困、低收入、边远3个村: kinds of village; 文明、卫生2个村), or
with an ordinal among its items (第一、第二2个社区) is no list of names; a clause's verb the generated verbs lack (整治,
建设, 组织: "list_verbs") opens the list after it too (重点建设甲、乙2个社区: items 甲, 乙). The kind closes a word: 社区卫生服务中心, 村党支部, 社区工作者 count no settlements
("kind_not_before"). The items of an uncounted list closed by 等 + 村 (甲、乙等村) that were read as places are named
as villages too (甲村), so the short and the full name are one place. Rules: entities_zh.json "counted_lists".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ORDINAL = re.compile("第[0-9一二两三四五六七八九十百零〇]+")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _patterns(kinds: tuple[str, ...], not_after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    number = "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
    tail = f"(?![{re.escape(not_after)}])" if not_after else ""
    counted = re.compile(f"等?{number}个?({_alt(kinds)}){tail}")
    bracketed = re.compile(f"{number}个({_alt(kinds)})[（(]([^（）()\\n]{{4,200}})[）)]")
    return counted, bracketed


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if written.startswith("十"):
        return 10 + (_DIGITS.get(written[1:], 0) if len(written) > 1 else 0)
    if "十" in written:
        tens, _, ones = written.partition("十")
        return _DIGITS.get(tens, 0) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(written, 0)


def _split(text: str, joiners: str) -> list[tuple[int, str]]:
    """(offset, item) of a list joined by 、, its last item also by one of `joiners` (甲、乙和丙)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in text.split("、"):
        out.append((pos, part))
        pos += len(part) + 1
    if out:
        off, last = out[-1]
        for j in joiners:
            a, sep, b = last.partition(j)
            if sep and a and b:
                out[-1:] = [(off, a), (off + len(a) + 1, b)]
                break
    return out


def counted_lists(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` and a place for each item of a list whose count and settlement kind follow it (see the module)."""
    if not rules:
        return matches
    kinds = tuple(rules["kinds"])
    counted, bracketed = _patterns(kinds, str(rules.get("kind_not_before", "")))
    longest, joiners = int(rules["max_item"]), str(rules.get("last_joiners", ""))
    bounds = set(str(rules["boundaries"]))
    verbs = clause_verbs("zh_clause_verbs.json") | frozenset(rules.get("list_verbs", ()))  # 重点建设甲、乙2个社区
    openers = tuple(rules.get("openers", ()))
    words = common_words("zh_common_words.json")
    found: list[tuple[int, int, str]] = []
    for c in counted.finditer(folded):
        s = c.start()
        a = s
        while a > 0 and folded[a - 1] not in bounds and s - a <= (longest + 1) * 40:
            a -= 1
        body = folded[a:s]
        if "、" not in body:
            continue
        items = _backward(folded, a, body, longest, joiners, lambda part, at: _opening(part, at, verbs, openers, matches))
        if items and items[0][1].startswith(tuple(rules.get("first_not_start", ()))):
            continue  # 全镇甲、乙2村: a scope word before the list, no item's first character
        if _listed(items, _number(c.group(1)), longest, words):
            found += [(p, p + len(it), c.group(2)) for p, it in items]
    places = rules.get("place_words", {})
    for b in bracketed.finditer(folded):
        items = _split(b.group(3), joiners)
        p, last = items[-1]
        own = next((k for k in sorted(kinds, key=len, reverse=True) if last.endswith(k) and len(last) > len(k)), "")
        bare = items[:-1] + [(p, last[:len(last) - len(own)])]  # 戊社区居委会: the kind after the last item is the list's
        if _listed(bare, _number(b.group(1)), int(rules.get("max_bracket_item", longest)), words):
            spans = bare[:-1] + [(p, bare[-1][1] + (places.get(own, "") if own else ""))]
            found += [(b.start(3) + q, b.start(3) + q + len(it), b.group(2)) for q, it in spans]
    matches = _add(folded, matches, found, tuple(rules.get("town_kinds", ())), places)
    return _kinded(folded, matches, rules, places)


def _kinded(folded: str, matches: list[Match], rules: dict[str, Any], places: dict[str, str]) -> list[Match]:
    """甲、乙、丙等村: items of an uncounted list closed by 等 + a village's kind, already read as places by their
    short names, are named as the villages (甲村) the list's kind says they are, as a counted list's items are: the
    bare short name and the written full name (甲村) elsewhere in the text are one place."""
    kinds = tuple(rules.get("uncounted_kinds", ()))
    if not kinds:
        return matches
    spans: dict[tuple[int, int], str] = {}
    for k in re.finditer(f"等({_alt(kinds)})(?![{re.escape(str(rules.get('kind_not_before', '')))}])", folded):
        e, run = k.start(), [m for m in matches if m.end <= k.start()]
        while run and run[-1].end == e and run[-1].label == "PLACE" and not run[-1].entity and \
                "canonical_name" not in run[-1].extra:
            m = run.pop()
            spans[(m.start, m.end)] = folded[m.start:m.end] + places.get(k.group(1), "")
            if m.start < 1 or folded[m.start - 1] != "、":
                break
            e = m.start - 1
    return [Match(m.start, m.end, m.entity, m.label, m.alias, m.special, {**m.extra, "canonical_name": spans[(m.start, m.end)]})
            if (m.start, m.end) in spans and not folded[m.start:m.end].endswith(tuple(places.values())) else m
            for m in matches]


def _opening(part: str, at: int, verbs: frozenset[str], openers: tuple[str, ...], matches: list[Match]) -> int:
    """Where the list's first item starts in `part` (the run before its first 、, at `at` in the text): after the
    clause's verb (重点走访甲、乙), an opener (辖甲、乙), a joiner closing an earlier list (…3个工业园区及甲、乙) or a
    place found (某县甲、乙)."""
    cut = clause_end(part, verbs)
    cut = max([cut] + [k + len(o) for o in openers if (k := part.rfind(o, 0, len(part) - 1)) >= 0])
    return max([cut] + [m.end - at for m in matches if m.label == "PLACE" and at <= m.start and m.end - at <= len(part) - 2])


def _backward(folded: str, a: int, body: str, longest: int, joiners: str, opening: Any) -> list[tuple[int, str]]:
    """The items of the list that ends `body` (at `a` in the text), read from its end: every part between 、 a
    short name, the last one split at a joiner (甲和乙), the first one cut where the list opens (`opening`)."""
    parts = [(a + off, part) for off, part in _split(body, "")]
    *rest, (lp, last) = parts
    items = [(lp + off, it) for off, it in _split(last, joiners)]
    for p, part in reversed(rest):
        if 2 <= len(part) <= longest and re.fullmatch(f"[{_CJK}]+", part) and p != a:
            items.insert(0, (p, part))
            continue
        cut = opening(part, p)
        tail = part[cut:]
        for j in joiners + "、":
            if j in tail[:-1]:
                tail = tail[tail.rindex(j) + 1:]
        items.insert(0, (p + len(part) - len(tail), tail))
        break
    return items


def _listed(items: list[tuple[int, str]], count: int, longest: int, words: frozenset[str]) -> bool:
    return len(items) >= 2 and len(items) == count and \
        all(2 <= len(it) <= longest and re.fullmatch(f"[{_CJK}]+", it) for _, it in items) and \
        2 * sum(it in words for _, it in items) < len(items) and \
        not any(_ORDINAL.fullmatch(it) for _, it in items)  # 建设、管理; 文明、卫生; 第一、第二: no names


def _add(folded: str, matches: list[Match], found: list[tuple[int, int, str]], town_kinds: tuple[str, ...],
         places: dict[str, str]) -> list[Match]:
    """Each item a place named by the item and its kind's place word (黄溪口 of 4村: 黄溪口村, not the town 黄溪口镇 its
    short form also reads as); an item already ending in that word keeps its own name."""
    out = list(matches)
    for s, e, kind in found:
        over = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or e < m.end or m.label != "PLACE" for m in over):
            continue  # a longer name (or a body) covers the item: it keeps that name
        if over and kind in town_kinds:
            continue  # a town's item already read (its short form) stays as read
        item, word = folded[s:e], places.get(kind, "")
        extra = {"listed": "1"} if not word or item.endswith(word) else {"listed": "1", "canonical_name": item + word}
        if not word and any(m.entity.startswith("id:") and (m.start, m.end) == (s, e) for m in over):
            continue  # a known river listed as written (东江 of 4条河流) keeps its entry
        if any(m.entity.startswith("id:") and (m.start, m.end) != (s, e) for m in over):
            continue  # a known place inside the item (甲县乙: the list's edge misread) stays as found
        out = [m for m in out if m not in over] + [Match(s, e, "", "PLACE", "", "", extra)]
    return sorted(out, key=lambda m: m.start) if found else matches
