"""Industrial parks and bases described in common words: a kind, no name (DECISIONS-zh 25).

An industrial park or a base is named by a proper element written before its kind word: a
place, a firm or a village (麻车荔枝产业园, 某某新材料产业园, 某镇光电产业园). Running text also describes such sites by
what they hold or do: 推进装备产业园建设 ('the equipment park'), 轨道产业园引入…, 入驻乡村振兴产业园, 布局功能性产业园.
A body written only in common words (jieba's reviewed dictionary, zh_common_words.json, plus the hand list
generic_bodies) names a kind, no one site, and gives no row. Only the kinds listed in
`common_word_kinds` are read so: parks, buildings and sub-areas are named by common words too (人民公园, 国际大厦,
凤凰片区).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data


@lru_cache(maxsize=4)
def common_words(name: str) -> frozenset[str]:
    return frozenset(str(load_json_data(name)["words"]).split())


class CommonKinds:
    """`kind(suffix, body)`: the body before one of the listed kind words is common words only."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.suffixes = frozenset(rules.get("common_word_kinds", ()))
        self.leads = str(rules.get("common_kind_leads", ""))  # 前英军军营: the former barracks, a kind
        self.levels = str(rules.get("common_kind_levels", ""))  # 省特色产业园区: a grade before a designation
        self.grades = tuple(rules.get("common_kind_grades", ()))
        self.towns = tuple(rules.get("separate_after_known", ()))  # 镇, 村, 街道: a town or village's own name
        name = str(rules.get("common_words", ""))
        self.words = common_words(name) | frozenset(rules.get("generic_bodies", ())) if name and self.suffixes \
            else frozenset()
        self.fields = frozenset(rules.get("generic_fields", ()))  # 新材料 + 实验室: a field of industry, any length
        self.lengths = sorted({2, 3} | {len(w) for w in self.fields})
        words = rules.get("common_kind_words", (1, 99))  # 化学 + 研究所: one discipline may name one institute
        self.min_words, self.max_words = int(words[0]), int(words[1])
        self.named_kinds = frozenset(rules.get("kind_ends_after_name", ()))  # 茂名产业合作园: a place's own park

    def ends(self, body: str, suffix: str, kind_ends: dict[str, tuple[str, ...]], known: bool) -> bool:
        """The body ends in a word of the suffix's kind (kind_body_ends: 产业合作园, 配套片区). For the suffixes of
        `kind_ends_after_name` only where nothing but common words (or one character, the tail of a word the
        body's length cap cut) stands before that word: a known place (茂名 + 产业合作园, body after it: 产业) or a
        name of its own (太仓中德合作园) before it names one park or area part."""
        end = next((x for x in kind_ends.get(suffix, ()) if body.endswith(x)), None)
        if end is None or suffix not in self.named_kinds:
            return end is not None
        lead = body[:len(body) - len(end)]
        return not known and (len(lead) < 2 or self.split(lead))  # 境外并|购 + 产业: a word's tail is no name

    def kind(self, suffix: str, folded: str, b: int, s: int, after_place: bool = False) -> bool:
        """True when the body folded[b:s] (Simplified) splits into common words of two or three characters from end
        to end before a listed kind word (装备 + 产业园, 前期 + 农业 + 产业园, 乡村 + 振兴 + 产业园). A body written right
        after a known place (`after_place`) or a town or village of its own name (稔山镇 + 食品 + 产业园; not 乡村, 城镇:
        common words) is named by that place: a name (town_sites_zh)."""
        body = folded[b:s]
        if after_place or suffix not in self.suffixes or len(body) < 2:
            return False
        town = next((t for t in self.towns if folded.endswith(t, 0, b)), "")  # 石岐街道: the word is 岐街道, no 街道
        if town and folded[max(0, b - 1 - len(town)):b] not in self.words:
            return False
        lead = body[0] in self.leads or (body[0] in self.levels and body.startswith(self.grades, 1))  # 市高新…: own
        return self.split(body) or (len(body) > 2 and lead and self.split(body[1:]))  # 前英军

    def split(self, body: str) -> bool:
        """The body is common words from end to end, as many as `common_kind_words` allows ([1, 99] for places; [2, 2]
        for bodies: 人工 + 智能 + 研究院), or a field of industry and at most one word more (新材料 + 实验室)."""
        ways: list[set[tuple[int, bool]]] = [{(0, False)}] + [set() for _ in body]  # (words, a field among them)
        for i in range(len(body)):
            for k, field in ways[i]:
                for n in self.lengths:
                    w = body[i:i + n]
                    if i + n <= len(body) and k < self.max_words and (n < 4 and w in self.words or w in self.fields):
                        ways[i + n].add((k + 1, field or w in self.fields))
        return any(self.min_words <= k or field for k, field in ways[-1])
