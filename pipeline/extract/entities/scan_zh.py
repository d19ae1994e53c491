"""Chinese text → gazetteer matches: the longest known name (or special word: 政府, 市政府, 省委) at each
position, with the boundaries Chinese needs because it has no spaces (海地 in 沿海地区, 教育局 in 市教育局,
福田 in 北汽福田, 高县 in 提高县区) and no counted kind (六所國家…中心) read as one named body.

A mixin of `chinese.ZhEntityMatcher` (split from it unchanged: the matcher builds the index and runs the
stages, this scans the text); rules are data (pipeline/data/entities_zh.json: boundary_chars, left_ok_words,
left_blocked, left_blocked_first, blocked_inside_words, after_place_blocked, right_blocked, last_char_right_blocked,
both_boundary_aliases, bare_alias_blocked_after, blocked_word_verb_after, special_left_ok, left_free_specials).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.overlap_zh import crossing_cut
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.suffix_zh import SuffixNames

_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千万亿多余][所家间个座项名条类]$")


class ZhScan:
    """The gazetteer scan over the matcher's index (`by_first`, `index`, `entries`, `specials`, `rules`) and the
    boundary sets it builds (`left_strict`, `both_strict`, `glued_short`, `hk_stems` …)."""

    rules: dict[str, Any]
    boundary: set[str]
    index: dict[str, str]
    entries: dict[str, Entry]
    specials: dict[str, str]
    by_first: dict[str, list[str]]
    left_strict: set[str]
    left_boundary: frozenset[str]
    left_blocked: set[str]
    every_level: re.Pattern[str]
    both_strict: set[str]
    glued_short: frozenset[str]
    hk_stems: set[str]
    right_words: tuple[str, ...]
    verbs_left: tuple[str, ...]
    left_ok_words: tuple[str, ...]
    count_before: re.Pattern[str]
    glued_ok: tuple[str, ...]
    partner_words: tuple[str, ...]
    place_heads: re.Pattern[str]
    suffix_names: SuffixNames

    def is_place(self, key: str) -> bool:  # 携手中山, 到訪南區: a place after a verb of partnering or of motion
        return key in self.index and self.entries[self.index[key]].table == "place"

    def coordinated(self, folded: str, i: int, j: int) -> bool:
        """檢討北區和元朗: a clause verb before a name and a conjunction with a known place after it make it one of
        coordinated places (a compass district needs a boundary on its left: verb_left_places; 華南區和廣州 stays
        none: 華南 is no verb)."""
        return folded[j:j + 1] in ("和", "及", "与", "、") and any(
            folded[i - n:i] in self.suffix_names.lead_verbs for n in (2, 3, 4) if i >= n) and any(
            folded.startswith(k, j + 1) and self.is_place(k) for k in self.by_first.get(folded[j + 1:j + 2], ()))

    def left_ok(self, folded: str, i: int, prev_end: int) -> bool:
        if i == 0 or i == prev_end:
            return True
        ch = folded[i - 1]
        return ch in self.boundary or not _CJK.match(ch) or folded.endswith(self.left_ok_words, 0, i) or \
            bool(self.count_before.search(folded, max(0, i - 2), i))  # 七十萬|房屋委員會的租戶: a count, then the body

    def glued(self, folded: str, i: int) -> bool:
        """A name at `i` glued to the Chinese character before it: no boundary, clause verb or place word there."""
        return i > 0 and bool(_CJK.match(folded[i - 1])) and folded[i - 1] not in self.boundary and \
            not any(folded[i - n:i] in self.suffix_names.lead_verbs for n in (2, 3, 4) if i >= n) and \
            not folded.endswith(self.glued_ok, 0, i) and folded[i - 1] not in self.suffix_names.lead_singles

    def verb_before(self, folded: str, i: int, key: str) -> bool:
        """牽涉發展局, 授權政府: a clause verb right before a short name is its left edge, as a boundary is; not for
        the names listed as needing a boundary (加快建设银行网点: 建设 belongs to the clause, no bank)."""
        return key not in self.left_boundary and any(folded[i - n:i] in self.suffix_names.lead_verbs
                                                     for n in (2, 3, 4) if i >= n)

    def right_ok(self, folded: str, j: int) -> bool:
        if j >= len(folded):
            return True
        ch = folded[j]
        return ch in self.boundary or not _CJK.match(ch)

    def joins_bodies(self, folded: str, i: int) -> bool:
        """The conjunction at i follows a word (县人大和, 监督和: no place, no boundary, no preposition before it) and a
        level-only body follows it (县政协): it joins the body to what comes before."""
        before = folded[i - 1:i]
        return bool(_CJK.match(before)) and before not in self.boundary and \
            before not in self.rules["conjunction_names"]["not_after"] and any(
                self.specials.get(k) == "relative" and folded.startswith(k, i + 1) for k in self.by_first.get(folded[i + 1:i + 2], ()))

    def scan(self, folded: str, start: int, end: int) -> list[Match]:
        out: list[Match] = []
        i, prev_end = start, -1
        while i < end:
            found = None
            for key in self.by_first.get(folded[i], ()):
                if i + len(key) > end or not folded.startswith(key, i):
                    continue
                if out and out[-1].end == i and out[-1].label == "PLACE" and (key in self.rules["after_place_blocked"] or
                                                                            folded.startswith(tuple(self.rules["after_place_blocked_before"].get(key, ())), i + len(key))):
                    continue  # 屯門區議會: the district's council, one name (extend builds it); 東涌北區議員: 東涌北's councillor
                if folded[i - 1:i] and (folded[i - 1] in self.rules["left_blocked"].get(key, "") or
                                        folded[i - 1] in self.rules["left_blocked_first"].get(key[0], "")) or \
                        key in self.left_blocked and self.every_level.search(folded, max(0, i - 16), i):
                    continue  # 当中东涌: 中 ends 当中, no 中东; 扩大澳门: no 大澳; 各市、州、县人民政府: every one of them
                if any(i >= w.index(key) and folded.startswith(w, i - w.index(key)) for w in self.rules.get("blocked_inside_words", {}).get(key, ())):
                    continue  # 博贺疏港铁路: 港铁 inside a port-access railway's word, no MTR (收集港鐵乘客 keeps it)
                if len(key) == 2 and folded[i - 1:i + 1] in self.suffix_names.lead_words:
                    continue  # 提高县区: 高 ends the verb 提高, no 高县 (a two-character name inside a clause word)
                if key[0] in self.rules["conjunction_names"]["joins"] and not (out and out[-1].end == i) and \
                        self.joins_bodies(folded, i):
                    continue  # 县人大和县政协, 监督和县政协的支持: 和 joins a level-only body, no 和县 (Anhui's He County)
                if ((key in self.specials and self.specials[key] not in ("compound", "relative") and
                     key not in self.rules["left_free_specials"]) or key in self.left_strict) and \
                        not self.left_ok(folded, i, prev_end) and not self.verb_before(folded, i, key) \
                        and not (key in self.specials and folded[i - 1] in self.rules["special_left_ok"]) \
                        and not (key in self.both_strict and folded.endswith(self.verbs_left, 0, i)) \
                        and not (self.is_place(key) and folded.endswith(self.partner_words, 0, i)) \
                        and not (key in self.rules["verb_left_places"] and (folded.endswith(self.verbs_left, 0, i) or
                                                                           self.coordinated(folded, i, i + len(key)))):
                    continue  # (港鐵上水站, 到訪南區, 檢討北區和元朗: after an operator, a verb of motion; coordinated)
                if key in self.left_strict and key[0] in self.rules["port_after_place"] and out and out[-1].end == i \
                        and out[-1].label == "PLACE":
                    continue  # 湛江港大型码头, 钦州港大榄坪: 港 right after a place is its port, no 港大 (HKU) across it
                if key in self.glued_short and i != prev_end and self.glued(folded, i):
                    continue  # 北汽福田: a company's name (district_short_forms)
                if key in self.hk_stems and out and out[-1].end == i and out[-1].label == "PLACE":
                    continue  # 深圳市旅游发展局: the city's own bureau (extend builds it), not Hong Kong's
                after = folded[i + len(key):i + len(key) + 1]
                if after and after in self.rules["right_blocked"].get(key, ""):
                    continue
                if after and after in self.rules["last_char_right_blocked"].get(key[-1], ""):
                    continue  # 教育部门, 发展局面: the name's last character starts another word
                if key in self.both_strict and not ((self.left_ok(folded, i, prev_end) or folded.endswith(self.verbs_left, 0, i))
                                                    and (self.right_ok(folded, i + len(key)) or
                                                         self.place_heads.match(folded, i + len(key)) or
                                                         folded.startswith(self.right_words, i + len(key)))):
                    continue  # 海地 in 沿海地区, 加纳 in 增加纳入, 联想 the verb (港鐵上水站, 前往上水站, 途經新田連接 are names)
                blocked = self.rules["bare_alias_blocked_after"].get(key, [])
                if any(folded.startswith(b, i + len(key)) and not (folded[i + len(key) + len(b):][:1] and
                       folded[i + len(key) + len(b)] in self.rules["blocked_word_verb_after"].get(b, "")) for b in blocked):
                    continue  # 政府计划 (a plan), but 政府计划于…设立 (the government plans to)
                found = key
                break
            if found is None:
                i += 1
                continue
            found = crossing_cut(folded, i, found, self.by_first, self.index) or found  # 新界 + 北部都會區
            counted = _COUNTED.search(folded[max(start, i - 3):i])
            if counted and found in self.index and self.entries[self.index[found]].table == "institution" and \
                    not folded.startswith(tuple(self.rules["name_body_persons"]), i + len(found)):  # 多名立法會議員: members
                i += 1  # 六所國家工程技術研究中心: a kind of thing being counted, not one named body
                continue
            special = self.specials.get(found, "")
            eid = self.index.get(found, "")
            label = ""
            if eid:
                label = "PLACE" if self.entries[eid].table == "place" else "INSTITUTION"
            out.append(Match(i, i + len(found), f"id:{eid}" if eid else "", label, found, special))
            i = prev_end = i + len(found)
        return out
