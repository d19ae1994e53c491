"""A district's report + its own division → the short forms of the other districts of its city (联动南海, 携手顺德).

A district's or county's report names the other districts and counties of its own prefecture as its neighbours and
partners, by their short forms and without their full names (佛山市禅城区's report: 联动南海, 对接顺德; 与三水合作).
The gazetteer keeps no short form of a district that is also an ordinary word or another place's name (南海 the
South China Sea, 顺德 'virtue', 清新 'fresh', 龙门 'dragon gate'), and written_short_zh reads such a short form only
where the text writes the district's full name. Within the report of a sibling, the short form names the sibling:
the prefecture is the report's own and its districts are at home there. Because the short form may still be the
ordinary word, it counts only as a word of its own: after an edge (a boundary, a non-CJK character, a two-character
clause verb: 联动, 对接; the copula 是; a known place ending there) and before a boundary or a non-CJK character
(联动南海, / 与三水、), never inside a word (空气清新度), never a frequent Chinese word (和平, 新兴:
pipeline/data/zh_frequent_words.json) unless that word is itself a place's name (南海: its frequency is the sea's,
and a district's report names its sibling, not the sea), nor before a level or a site's kind (南海港: `not_before`).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from pipeline.extract.entities.gazetteer_zh import CJK as _CJK


def sibling_shorts(folded: str, own: str, parent: str, children: dict[str, list[tuple[str, str, str]]],
                   taken: list[tuple[int, int]], edge: Callable[[int], bool], boundary: Container[str],
                   frequent: Container[str], not_before: tuple[str, ...], known: Container[str] = (),
                   context: dict[str, tuple[str, ...]] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, entry id, short form) of the short forms of `own`'s siblings (the other children of `parent`,
    `children`: prefecture id → (full name, short form, id)) standing as words of their own (see the docstring);
    `taken`: spans already read (a homonym's match of exactly the short form is not taken: the caller reassigns it);
    `known`: the names the gazetteer reads as a place (a frequent word that is another place's name, 南海 the sea,
    is the sibling's name here); `context`: sibling_* lists of the rules (see _sibling_not_left)."""
    ctx = context or {}
    out: list[tuple[int, int, str, str]] = []
    for _full, short, eid in children.get(parent, ()):
        if eid == own or len(short) < 2 or short in frequent and short not in known:
            continue
        i = folded.find(short)
        while i >= 0:
            e = i + len(short)
            if edge(i) and (e == len(folded) or folded[e] in boundary or not _CJK.match(folded[e])) and \
                    not folded.startswith(not_before, e) and not ordinary_word(folded, i, e, ctx) and \
                    not any(s < e and i < t and (s, t) != (i, e) for s, t in taken):
                out.append((i, e, eid, short))
            i = folded.find(short, e)
    return out


def ordinary_word(folded: str, i: int, e: int, context: dict[str, tuple[str, ...]]) -> bool:
    """Whether a district's short form at [i, e) that is also an ordinary word (高明, 光明: sibling_not_words) reads as
    that word (entities_zh.json _sibling_not_left): after 为/是/的 or an open quote, before 的/之, or anywhere outside a
    list or a partnering verb (更为高明的决策, 前途是光明的, 坚持“三水”统筹; review revzh M1). A short form that is no
    ordinary word stays a place before 的 (海北的带动作用)."""
    if folded[i:e] not in context.get("sibling_not_words", ()):  # 发挥西宁、海东、海北的带动作用: 海北 is no word
        return False
    if folded.endswith(context.get("sibling_not_left", ()), 0, i) or folded.startswith(context.get("sibling_not_right", ()), e):
        return True
    return not (folded.endswith(context.get("sibling_list_before", ()), 0, i) or
                folded.startswith(context.get("sibling_list_after", ()), e))
