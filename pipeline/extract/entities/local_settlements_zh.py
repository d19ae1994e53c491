"""Folded Chinese text + a document's final matches → the local names a county or town text writes with a marker:
a name glossed by its kind, a natural village, a town's market seat.

Three facts of how local Chinese texts name small places:
- a name the text itself glosses by its kind in brackets (某某(山名), 某某（村名）, 某某(地名)): the gloss says the
  run before it is a name of that kind, a place (a mountain, a village, a river …), however unusual its words
  (通天蜡烛(山名): a peak called "the candle reaching heaven"); the name starts after the last boundary, known name or
  clause verb before the bracket (suffix_zh.SuffixNames.left_edge);
- a natural village (自然村, the hamlet inside an administrative village) is written 某某自然村 right after its
  village or town (某镇某村某某自然村): it is a place of its own; an unknown name the suffix rules built across it
  (某村码头 from a hamlet called 码头) is cut back to what stands before the hamlet, and a town + village left
  there (某镇某村) is read as the two places, as an address is;
- a town's market seat (圩镇 / 墟镇, the town's built-up centre) is written after the town's short form (某某圩镇)
  and is a place of its own where the document names that town;
- a division's bounds are written by compass point and 至 / 起 / 抵 (东至某某河, 南起某水道, 北至某某山): a name there
  ending in a water's or a hill's word is that river or hill, a place (roads, the other usual bounds, are no places).
Rules: entities_zh.json "local_settlements".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _patterns(glosses: tuple[str, ...], max_body: int, hamlets: tuple[str, ...], seats: tuple[str, ...]
              ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"([{_CJK}]{{2,{max_body}}})[（(](?:{alt(glosses)})[)）]"),
            re.compile(rf"(?:{alt(hamlets)})"),
            re.compile(rf"(?:{alt(seats)})"))


def _free(matches: list[Match], s: int, e: int, unknown_ok: bool = True) -> bool:
    """No match overlaps s..e (an unknown place built across it may, when `unknown_ok`)."""
    return not any(m.start < e and s < m.end and not (unknown_ok and m.label == "PLACE" and not m.entity.startswith("id:"))
                   for m in matches)


def _place(s: int, e: int) -> Match:
    return Match(s, e, "", "PLACE", "", "", {"local_settlement": "1"})


def local_settlements(folded: str, matches: list[Match], rules: dict[str, Any], names: Any) -> list[Match]:
    """`matches` with glossed names, natural villages and towns' market seats added."""
    if not rules:
        return matches
    gloss, hamlet, seat = _patterns(tuple(rules["glosses"]), int(rules["max_body"]), tuple(rules["hamlets"]),
                                    tuple(rules["seats"]))
    for g in gloss.finditer(folded):
        e = g.end(1)
        floor = max([g.start(1)] + [m.end for m in matches if m.end <= e and m.entity.startswith("id:")])
        s = names.left_edge(folded, e, floor)
        s += clause_end(folded[s:e], clause_verbs("zh_clause_verbs.json"))  # 源自某某(山名): the name after the verb
        if 2 <= e - s and _free(matches, s, e):
            matches = _replace(matches, s, e)
    for q in [h.start() for h in hamlet.finditer(folded)]:
        s = next((q - n for n in (2, 3) if q - n >= 0 and _opens(folded, q - n, q, matches, rules, names)), -1)
        if s < 0:
            continue
        matches = _cut_before(folded, matches, s, rules)
        e = q + next(len(w) for w in sorted(rules["hamlets"], key=len, reverse=True) if folded.startswith(w, q))
        if _free(matches, s, e):
            matches = _replace(matches, s, e)
    for b in re.finditer(str(rules.get("bound_pattern", "(?!)")), folded):
        s, e = b.start(1), b.end(1)
        if all(m.label == "PLACE" and (s <= m.start and m.end <= e or not m.entity.startswith("id:")) and
               (m.start, m.end) != (s, e) for m in matches if m.start < e and s < m.end):
            matches = _replace(matches, s, e)  # 东至某河, 北至某山: a division's bound is a river or a hill named
    towns = {folded[m.start:m.end] for m in matches if m.label == "PLACE"}
    for q in [t.start() for t in seat.finditer(folded)]:
        e = q + next(len(w) for w in sorted(rules["seats"], key=len, reverse=True) if folded.startswith(w, q))
        s = next((q - n for n in (2, 3) if q - n >= 0 and any(folded[q - n:q] + lv in towns for lv in rules["seat_levels"])), -1)
        if s >= 0 and all(m.label == "PLACE" and s <= m.start and m.end <= e for m in matches if m.start < e and s < m.end):
            matches = _replace(matches, s, e)
    return matches


def _opens(folded: str, s: int, q: int, matches: list[Match], rules: dict[str, Any], names: Any) -> bool:
    """A hamlet's name of 2-3 characters starts at `s` (its 自然村 at `q`): right after its village's or town's level
    character or committee (某村某某自然村, 某村委会某某自然村) or a name found. Not after a bare boundary or verb: there the
    2-3 characters are mostly a kind the text counts (偏远自然村, 空心自然村), not a hamlet's name."""
    body = folded[s:q]
    if not all(re.match(f"[{_CJK}]", c) for c in body) or body.endswith(tuple(rules["hamlet_openers"])) or \
            any(c in rules["hamlet_not_in_body"] for c in body) or names.verb_cut(body, False):
        return False  # 全镇共有自然村: a verb, a count or a determiner before the kind word, no hamlet's name
    return folded.endswith(tuple(rules["hamlet_openers"]), 0, s) or any(m.end == s for m in matches)


def _replace(matches: list[Match], s: int, e: int) -> list[Match]:
    return sorted([m for m in matches if not (m.start < e and s < m.end)] + [_place(s, e)], key=lambda m: m.start)  # 水头 in 水头圩镇


def _cut_before(folded: str, matches: list[Match], s: int, rules: dict[str, Any]) -> list[Match]:
    """An unknown place built across a hamlet's name (某村码头 over 某村码头自然村) ends before it: cut to what stands
    before the hamlet when that ends in a settlement's level (村, 镇 …), a town + village there read as two places."""
    out: list[Match] = []
    ends = tuple(rules["hamlet_openers"])
    for m in matches:
        if not (m.label == "PLACE" and not m.entity.startswith("id:") and m.start < s < m.end):
            out.append(m)
            continue
        head = folded[m.start:s]
        if not head.endswith(ends):
            continue
        k = max((i + 1 for i in range(2, len(head) - 3) if head[i] in rules["town_levels"]), default=0)
        if k and 3 <= len(head) - k <= 4:  # 某镇某村: the town, then the village
            out += [_place(m.start, m.start + k), _place(m.start + k, s)]
        else:
            out.append(_place(m.start, s))
    return sorted(out, key=lambda m: m.start)
