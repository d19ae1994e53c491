"""Chinese name matches → names extended to an institution: a known name + name body + institution suffix
(香港微電子研發院, 深圳市科技創新局) is one institution; a place that starts a programme or plan name
(大灣區青年就業計劃) is no mention of its own.

A mixin of `chinese.ZhEntityMatcher` (split from it: the matcher scans names, this extends them); rules are
data (pipeline/data/entities_zh.json: institution_suffixes, name_body_verbs, programme_heads,
inner_conjunctions, suffix_false_words, complete_name_ends, verb_noun_heads, extend_generic_cores).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from pipeline.extract.entities.bracketed_events_zh import bracketed_event_places
from pipeline.extract.entities.departments_zh import Departments
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.suffix_zh import SuffixNames

_COUNTED_INSIDE = re.compile(r"[0-9一二两三四五六七八九十百千万亿][所家间个座项名条类位]")
# 在粤东粤西沿海集中布局一批重大产业项目: a count before the programme head makes the stretch a clause about
# projects (a batch of them), not one project's name that the place opens
_BATCH_INSIDE = re.compile(r"[0-9一二两三四五六七八九十百千万亿][批个项]")


class ZhExtension:
    """Name extension over the matcher's data (`rules`, `boundary`, `suffixes`, `programme_heads`,
    `suffix_names`, `departments`, `entries`)."""

    rules: dict[str, Any]
    boundary: set[str]
    suffixes: list[str]
    programme_heads: list[str]
    suffix_names: SuffixNames
    departments: Departments
    entries: dict[str, Entry]

    @cached_property
    def long_heads(self) -> tuple[str, ...]:
        """Programme heads that end in a boundary character (博览会, 交易会: 会 also means 'will')."""
        return tuple(h for h in self.programme_heads if len(h) > 1 and h[-1] in self.boundary)

    def run_after(self, folded: str, end: int, limit: int) -> str:
        """The characters after a name up to a boundary (a name body can only be this long)."""
        j = end
        while j < min(len(folded), end + limit) and _CJK.match(folded[j]):
            if folded[j] in self.boundary and folded[j] not in self.rules["inner_conjunctions"] and not any(
                    len(suf) > 1 and folded[end:j + 1].endswith(suf) for suf in self.suffixes) and \
                    not folded[end:j + 1].endswith(self.long_heads) and \
                    not folded.startswith(tuple(self.rules["run_inner_words"]), j):
                break  # 会 ends 委员会 and 博览会 as well as meaning 'will' (not in 会展); 及 joins 工商及创新科技事务委员会
            j += 1
        return folded[end:j]

    def extend(self, folded: str, matches: list[Match]) -> list[Match]:
        """Known name + body + institution suffix → one institution; a place starting a programme → none."""
        out: list[Match] = []
        k = 0
        while k < len(matches):
            m = matches[k]
            run = self.run_after(folded, m.end, int(self.rules["max_extension"]))
            # an institution match ends the run (深圳 … 香港特別行政區政府 are two names); after an
            # institution, any match does (超算中心由香港…公司)
            for later in matches[k + 1:]:
                if later.start >= m.end + len(run):
                    break
                gap = folded[m.end:later.start]
                if later.special != "compound" and (later.label == "INSTITUTION" or later.special or
                                                    m.label == "INSTITUTION") or \
                        any(c in gap for c in self.rules["inner_conjunctions"]):
                    run = run[:later.start - m.end]
                    break
            after = folded[m.end + len(run):m.end + len(run) + 2]  # 處 + 於: the run stops at 於, a boundary
            body = self.suffix_end(run, single_ok=m.label == "PLACE", after=after) if not m.special else 0
            if body and m.label == "PLACE" and any(run.startswith(p, j) and j + len(p) > body for j in range(
                    max(0, body - 3), body) for p in self.suffix_names.suffixes if len(p) > 1):
                body = 0  # 龙岗国际大学城: a place suffix runs over the body's end (大学 + 城), a site, no institution
            if m.label == "INSTITUTION" and run.startswith(tuple(self.rules["verbs_after_complete_name"])):
                body = 0  # 深圳大学建设世界一流大学: a known body, then what it builds
            if m.label == "PLACE" and self.departments.follows(folded, m.end, self.entries.get(m.entity[3:])):
                body = 0  # 宁波市卫健委和市市场监管局: a department's name ends at its head (departments_zh)
            adv = next((a for a in self.rules.get("conjunction_adverbs", ()) if run.startswith(a)), "")  # 茂名陆续与某集团
            if run[len(adv):len(adv) + 1] in self.rules["inner_conjunctions"] and (
                    m.label == "INSTITUTION" or adv or run[:1] in self.rules["inner_only_conjunctions"]):
                body = 0  # 路政署和機場管理局: two bodies, not one name; 深圳与华为公司: 与 opens no name body
            head = next((suf for suf in self.suffixes if run[:body].endswith(suf)), "") if body else ""
            core = run[:body - len(head)]
            if head in self.rules["verb_noun_heads"]["heads"]:  # 核電運營管理有限責任公司: nouns of the name
                core = re.sub("|".join(self.rules["verb_noun_heads"]["words"]), "", core)
            verbs = [core.find(v) for v in self.rules["name_body_verbs"] if v in core]
            if body and verbs and min(verbs):  # 广州实验室纳入国家实验室: a name may end before the verb
                body = self.suffix_end(run[:min(verbs)], single_ok=m.label == "PLACE")
                core = run[:body - len(next((suf for suf in self.suffixes if run[:body].endswith(suf)), ""))]
            if m.label == "PLACE" and folded[m.start:m.end] in self.rules["deictic_places"]:
                body = 0  # 本港大學: 'this territory's universities', a kind; no place names the body
            if body and (any(v in core for v in self.rules["name_body_verbs"]) or
                         _COUNTED_INSIDE.search(run[:body]) or core in self.rules["extend_generic_cores"]
                         or core.startswith(tuple(self.rules["extend_generic_starts"]))
                         or any(w in core for w in self.rules["extend_generic_inside"])  # 法定機構駐內地辦事處
                         or any(c in core for c in self.rules["institution_names"]["reference_chars"])):
                body = 0  # 在香港設立實驗室: a verb, not a name body; 立法會如何透過其委員會: its committees
            if body:
                end = m.end + body
                out.append(Match(m.start, end, "", "INSTITUTION", "", "", {"extended": "1", "base": m.label}))
                while k < len(matches) and matches[k].start < end:
                    k += 1
                continue
            at = min((run.find(h) for h in self.programme_heads if h in run[:12]
                      and not folded.startswith(tuple(h + c for c in self.rules["programme_head_verb_after"]),
                                                m.end + run.find(h))),
                     default=-1)  # 把大嶼山規劃為…: 規劃 + 為 is the verb 'plan as', no plan's head
            if m.label == "PLACE" and folded[m.start:m.end] not in self.rules["deictic_places"] and (  # 本港外匯基金
                    at >= 0 and not any(v in run[:at] for v in self.rules["name_body_verbs"] +
                                        self.rules["project_qualifiers"])  # 北京重大项目
                    and (run.startswith(tuple(self.rules["attributive_verbs"])) or  # 中国出口商品交易会
                         not self.suffix_names.lead_length(run[:at]))  # 简阳市跻身全国百强县
                    and not (run[:1] in self.rules["inner_conjunctions"] and  # 视察广东和出席…运动会: and + a verb,
                             self.suffix_names.lead_length(run[1:at]))  # a second predicate, no name's body
                    or self.in_designation(folded, m.end)):  # 元朗南發展正進行…規劃: a verb first
                m.extra["designation"] = "1"  # kept as a known name until place_names, then dropped
            out.append(m)
            k += 1
        for i in range(len(out)):  # 中国（某市）国际汽车展: an event's name holds both places (bracketed_events_zh)
            for k in bracketed_event_places(folded, i, out, self.rules["event_heads"], self.event_clause,
                                            int(self.rules["max_extension"])):
                out[k].extra["designation"] = "1"
        for a, b in zip(out[-2::-1], out[:0:-1]):  # right to left over neighbours
            if a.label == b.label == "PLACE" and b.extra.get("designation") and b.start == a.end + 1 and \
                    folded[a.end] in "、":
                a.extra["designation"] = "1"  # 横琴、前海总体发展规划: coordinated places share the plan's head
        return out

    def event_clause(self, stretch: str) -> bool:
        """A verb (举办) or an institution suffix (研究院) between a bracket and an event's head: no event's name."""
        return any(v in stretch for v in self.rules["name_body_verbs"]) or bool(self.suffix_end(stretch)) or any(
            stretch[k:k + n] in self.suffix_names.lead_verbs for k in range(len(stretch)) for n in (2, 3, 4))

    def heads_after(self, folded: str, end: int, heads: list[str] | None = None) -> bool:
        """A programme head (or one of `heads`) follows `end` in its run with no verb before it (…|建设先锋)."""
        run = self.run_after(folded, end, int(self.rules["max_extension"]))
        head = min((run.find(h) for h in heads or self.programme_heads if h in run[:12]), default=-1)
        return head >= 0 and not any(v in run[:head] for v in self.rules["name_body_verbs"])

    def in_designation(self, folded: str, end: int) -> bool:
        """大嶼山小蠔灣第一期有機資源回收中心計劃: a place that starts a long plan or project name (no verb
        up to the next boundary, which the name's programme head meets)."""
        j = end
        while j < min(len(folded), end + 30) and (folded[j] not in self.boundary or folded[j] in
                                                   self.rules["inner_conjunctions"]) and folded[j] != "\n":
            j += 1
        stretch = folded[end:j]
        return j < len(folded) and stretch.endswith(tuple(self.programme_heads)) and \
            folded[j] not in self.rules["programme_head_verb_after"] and \
            not any(v in stretch for v in self.rules["name_body_verbs"] + self.rules["project_qualifiers"]) and \
            not _BATCH_INSIDE.search(stretch) and not self.verb_object(stretch)
        # 北大嶼其他主要發展計劃: the place's other plans, no plan's name

    def verb_object(self, stretch: str) -> bool:
        """博罗县新增省重点项目, 金湾区晋升中国工业百强区: a verb right after the place with its object before the
        programme head opens the clause the place is the subject of; a verb right before the head is a compound
        noun of the name (东涌填海计划: the reclamation plan)."""
        if stretch.startswith(tuple(self.rules["attributive_verbs"])):
            return False  # 出口商品交易会: the trade verb modifies the noun after it
        k = next((n for n in (4, 3, 2) if stretch[:n] in self.suffix_names.lead_verbs), 0)
        return k > 0 and len(stretch) > k and not stretch[k:].startswith(tuple(self.programme_heads))

    def word_after(self, text: str, n: int, suffix: str) -> bool:
        """The suffix ending at n starts a word with the character after it (大学 + 生: 大学生), as for unknown names
        (extension_word_after: the characters, and the words that keep the name: 某大学生命科学学院)."""
        chars, words = self.rules["extension_word_after"].get(suffix, ("", ()))
        return bool(chars) and text[n:n + 1] in chars and not text.startswith(tuple(words), n)

    def suffix_end(self, run: str, single_ok: bool = True, after: str = "") -> int:
        """Length of the longest prefix of `run` that ends in an institution suffix (0 if none).

        A one-character suffix (局, 署, 處) only follows a place name (深圳市科技創新局) and a
        long enough body; words such as 部署 or 大局 are no names.
        """
        best = 0
        for n in range(len(run), 0, -1):
            prefix = run[:n]
            if any(prefix.endswith(w) for w in self.rules["suffix_false_words"]) or \
                    any(w in prefix for w in self.rules["name_body_persons"]):
                continue
            for suf in self.suffixes:
                if prefix.endswith(suf):
                    body = n - len(suf)
                    word = (run + after)[n - 1:n + 1]
                    if len(suf) == 1 and (not single_ok or body < int(self.rules["single_char_suffix_min_body"]) or
                                          word in self.rules["bracketed_bodies"]["unit_false_ends"] and not (
                                              n == len(run) and after[1:2] in self.rules["date_after_yu"])):
                        continue  # 嚴謹處理, 正處於: 處 starts a word ('handle', 'be in'), no suffix; 某處於今日: a date
                    if len(suf) > 1 and body < 1 and suf not in self.rules["suffixes_after_bare_place"]:
                        continue
                    if self.word_after(run + after, n, suf):
                        continue  # 揭阳大学生: 大学生 'university students', no university
                    best = n
                    break
            if best:
                return self.first_of_two(run[:best]) or best
        return 0

    def first_of_two(self, name: str) -> int:
        """廣州生物醫藥研究院和自動化研究所, 荆州市人民政府与中建三局集团: a conjunction after a complete name (one
        that already ends in a suffix of two characters or more, or in a body's head word) joins two names; the
        first ends there (0: one name)."""
        ends = tuple(suf for suf in self.suffixes if len(suf) > 1) + tuple(self.rules["complete_name_ends"])
        long_ends, verbs = tuple(suf for suf in ends if len(suf) > 1), tuple(self.rules["verbs_after_complete_name"])
        for i, ch in enumerate(name):
            if ch in self.rules["inner_conjunctions"] and i and name.endswith(ends, 0, i):
                return i
            if i and name.startswith(verbs, i) and name.endswith(long_ends, 0, i):
                return i  # 南方科技大学建设世界一流大学: the university, then what it builds
        return 0
