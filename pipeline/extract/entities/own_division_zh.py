"""Folded Chinese text with no header → the division whose own report it is, by its short form (是高明…的一年).

A work report speaks for one district, county or county-level city: its bodies are written by their level alone
(区委, 区政府, 全区 for a district; 县委, 全县 for a county; 市委, 全市 for a city) and the division itself by its
short form, as the subject of the year's account (2022年…也是高明具有里程碑意义的一年, 是新会经济社会…的五年,
陆丰全力攻坚克难). An excerpt cut below the report's header (written_short_zh.own_short reads the header) still
writes both. So where the text writes a level's bare bodies, the short form of a division of that level counts as
the report's own division when the short form names no other division of any level in the country, and the text
writes it at least twice or once after a clause's start (a boundary or the copula 是, as the year's account does).
A short form that is a frequent word of Chinese (合作 for 合作市, 资源 for 资源县, 新建 for 新建区: jieba's dictionary,
pipeline/data/zh_frequent_words.json, built by scripts/build_zh_frequent_words.py) is no one's: a city's report
writes 开放合作 and 土地资源 far more often than any county's name. One division per text: the most often written
such short form, none on a tie. Rules are data
(pipeline/data/entities_zh.json, "written_short_forms": "own_level_words", "own_after").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_verbs
from pipeline.extract.entities.word_bounds_zh import frequent_words, left_edge


class OwnDivision:
    """Index of the nationally unique short forms (folded) of districts, counties and county-level cities."""

    def __init__(self, divisions: Iterable[tuple[str, str, str, str]], index: dict[str, str],
                 rules: dict[str, Any]) -> None:
        """`divisions`: (folded short form, entry id, the id its full name reads as, division type) of every
        division of the rules' types; `index`: folded name → id (a short form naming another place is no one's)."""
        frequent = frequent_words()
        self.verbs = clause_verbs("zh_clause_verbs.json")  # 推动新丰农业发展: a verb before the short form is an edge
        ids: dict[str, set[tuple[str, str, str]]] = {}
        for short, eid, read_as, kind in divisions:
            if len(short) >= 2 and short not in frequent:
                ids.setdefault(short, set()).add((eid, read_as, kind))
        self.unique = {short: (read_as, kind) for short, rows in ids.items() if len(rows) == 1
                       for _, read_as, kind in rows if index.get(short, read_as) == read_as}
        self.lengths = sorted({len(s) for s in self.unique}, reverse=True)
        self.level_words: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in rules["own_level_words"].items()}
        self.after = tuple(rules["own_after"])
        self.not_after = tuple(rules["own_level_not_after"])  # 特区政府, 自治区政府: no district's body

    def find(self, folded: str, boundary: set[str]) -> tuple[str, str] | None:
        """(short form, id) of the text's own division, or None (see the module's docstring)."""
        levels = {kind for kind, words in self.level_words.items() if any(self.written(folded, w) for w in words)}
        if not levels:
            return None
        counts: dict[str, list[int]] = {}  # short form → [times written, times after a clause's start]
        i = 0
        while i < len(folded):
            for n in self.lengths:
                short = folded[i:i + n]
                row = self.unique.get(short)
                if row is not None and row[1] in levels:
                    c = counts.setdefault(short, [0, 0])
                    c[0] += 1
                    c[1] += int(left_edge(folded, i, boundary) or folded.endswith(self.after, 0, i))
                    i += n - 1
                    break
            i += 1
        ranked = sorted(((c[0], s) for s, c in counts.items() if c[0] >= 2 or c[1]), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        short = ranked[0][1]
        return short, self.unique[short][0]

    def edge(self, folded: str, i: int, boundary: set[str], ends: set[int]) -> bool:
        """Whether the short form at i stands after an edge: a boundary, a non-CJK character, the copula (own_after),
        a two-character verb (推动新丰, 支持新丰) or a known place ending at i; not inside a word (区域合作)."""
        return left_edge(folded, i, boundary, ends) or folded.endswith(self.after, 0, i) or \
            folded[max(0, i - 2):i] in self.verbs

    def written(self, folded: str, word: str) -> bool:
        """Whether the level's body word stands in the text on its own (区政府, not 特区政府 nor 自治区政府)."""
        i = folded.find(word)
        while i >= 0:
            if not folded.endswith(self.not_after, 0, i):
                return True
            i = folded.find(word, i + 1)
        return False
