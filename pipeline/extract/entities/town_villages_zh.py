"""Folded Chinese text + a document's matches → the village or community written right after its town (乌塘镇新屋村).

A local text names a village by its town and its own name, as an address is written: 某某镇新屋村, 某某街道迳口社区.
Many village names are ordinary words with the settlement word after them (新屋村 'new house village', 老屋村, 大塘村),
and alone such a run is as often a kind of village as a name; right after a town it is the town's village, a place
(the town before it vouches for it, as the county does for a town). Read only where the town (a place ending in
镇 / 乡 / 街道) ends right where the village's 2-3 characters start, the village's word (村 / 社区) closes a word (no
村民, 村级, 社区居委会 after it: a body or a kind of the town's villages), the run opens with no verb, preposition
or scope word (乌塘镇新建村道, 某镇在新屋村举行, 某镇所有村, 部分村: no village there), its body ends in no classifier
(某镇三个村, 多个社区: a count) and in no word of a kind of village (某镇贫困村, 示范村, 城中村, 新农村, 美丽乡村,
老旧社区: the town's poor, model or urban villages, no names).
The town itself is read there too: a one-character level (镇, 乡) followed by more characters is otherwise taken for
a word going on (suffix_zh.short_word_follows: 镇 + 石桥村 read as one run), so a town the gazetteer does not know by
itself (a name many counties' towns share: 白沙镇) was lost before its village. Before a village's 2-3 characters and
its 村 / 社区 the level ends the town's name: the town is built as the suffix rules build a town standing alone
(SuffixNames.from_unknown, the same body checks). A Guangxi village's hamlet (屯, the natural village) is written after
its village the same way (新龙村岜样屯): a place, where its name is no common word (某村所有屯 is no hamlet).
Rules: entities_zh.json "town_villages".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_verbs
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _village(words: tuple[str, ...], not_after: str) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"([{_CJK}]{{2,3}}?)(?:{alt})(?![{re.escape(not_after)}])")


def town_villages(folded: str, matches: list[Match], rules: dict[str, Any], names: Any = None) -> list[Match]:
    """`matches` with the village (or community) written right after a town, and that town (see the module);
    `names` (suffix_zh.SuffixNames) builds a town the scan left out."""
    if not rules:
        return matches
    village = _village(tuple(rules["village_words"]), str(rules["not_after"]))
    towns = tuple(rules["town_ends"])
    if names is not None:
        matches = _towns_before(folded, matches, village, tuple(rules["short_levels"]), names)
    matches = _children(folded, matches, towns, village, rules)
    single = rules.get("single_villages", {})  # 古辣镇蔡村: a one-character village's name after its town
    if single:
        matches = _children(folded, matches, towns, re.compile(
            f"([{_CJK}])(?:{'|'.join(map(re.escape, single['words']))})(?![{re.escape(str(rules['not_after']))}])"),
            {**rules, "not_first": str(rules["not_first"]) + str(single["not_first"])})
    hamlets = rules.get("hamlets", {})  # 新龙村岜样屯: a village's hamlet, the same way
    if hamlets:
        matches = _children(folded, matches, tuple(hamlets["after"]), _village(tuple(hamlets["words"]), str(
            hamlets["not_after"])), rules, common_words("zh_common_words.json"))
    return matches


def _children(folded: str, matches: list[Match], parents: tuple[str, ...], child: re.Pattern[str],
              rules: dict[str, Any], words: frozenset[str] = frozenset()) -> list[Match]:
    """A place for each run `child` matches right after a place ending in one of `parents` (see the module)."""
    verbs = clause_verbs("zh_clause_verbs.json")
    kinds = tuple(rules.get("kind_ends", ()))  # 某镇贫困村: a kind of the town's villages
    new: list[Match] = []
    for m in matches:
        if m.label != "PLACE" or not folded[m.start:m.end].endswith(parents):
            continue
        v = child.match(folded, m.end)
        if v is None:
            continue
        body = v.group(1)
        if body[0] in rules["not_first"] or body[:2] in verbs or body[:2] in rules["not_opening"] or body in words or \
                body.endswith(kinds) or body[-1] in rules.get("not_ending", "") or \
                any(x.start < v.end() and m.end < x.end for x in matches if x is not m):
            continue  # 某镇在新屋村, 某镇新建村: a clause, no village; 某村所有屯: a word; a name found there stays
        new.append(Match(m.end, v.end(), "", "PLACE", "", "", {"town_village": "1"}))
    return sorted(matches + new, key=lambda x: x.start) if new else matches


def _towns_before(folded: str, matches: list[Match], village: re.Pattern[str], levels: tuple[str, ...],
                  names: Any) -> list[Match]:
    """The towns (某某镇) the scan lost before a village's name (see the module)."""
    new: list[Match] = []
    for lv in levels:
        if lv not in names.suffixes:
            continue  # a level the suffix rules do not build a name on (乡: 家乡, 城乡) builds no town here either
        for k in [i for i in range(2, len(folded)) if folded.startswith(lv, i)]:
            te = k + len(lv)
            if village.match(folded, te) is None or any(m.start < te and k < m.end for m in matches):
                continue  # a name found there (a town, a longer name) stays
            known = [(m.start, m.end, m.label) for m in matches if m.end <= k]
            span = names.from_unknown(folded[:te] + "，", 0, k, te, lv, known)
            if span is not None and span.end == te and te - span.start >= len(lv) + 2:
                new.append(Match(span.start, te, "", "PLACE", "", "", {"town_village": "1"}))
    return sorted(matches + new, key=lambda x: x.start) if new else matches
