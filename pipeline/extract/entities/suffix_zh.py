"""Folded Chinese text + gazetteer matches → place names built on a suffix (X站, X口岸, X醫院, X新發展區 …).

Rules are data (pipeline/data/entities_zh.json, "place_names"). A place name is a name body and a
place suffix; the longest span wins over the names inside it:
- a known name (a gazetteer match) + a short body + a suffix: 啟德 + 郵輪 + 碼頭, 天水圍 + 醫院,
  海口 + 經濟圈; a compass point written before the known name belongs to it (北大嶼山醫院);
- an unknown body + a suffix, when the body stands alone between a boundary (punctuation, 的, 在, 和 …
  or a building verb such as 興建 / 重建) and the suffix, is no generic word (主題公園, 貨櫃碼頭, 網站)
  and has a length the suffix allows (马村港: 2 characters before 港; 兒童專科卓越醫療中心: 6);
- "N號" may open a body (10號貨櫃碼頭);
- words that open a clause (verbs, prepositions, adverbs, pronouns: 以, 依托, 提质, 介绍我国) are no part of
  an unknown body: they are stripped from its start (generated list pipeline/data/zh_lead_words.json from
  jieba's tags, scripts/build_zh_lead_words.py, plus "lead_words_hand"); a body of such words only is no name;
- route designations "X至Y線 / 段 / 繞道 / 連接路" are names of routes: the places in them are dropped.
Names are matched on folded (Simplified) text, so the data needs only one script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.extract.entities.address_chain_zh import street_end, street_rules
from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs, trade_clause_end, trade_start
from pipeline.extract.entities.conjoined_zh import conjoined_start
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.kind_bodies_zh import CommonKinds
from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.operators_zh import operator_start

_JOIN_DOTS = "·・‧•"
_NUMBERED = re.compile(r"[0-9]{1,3}号$")
# 二○一八年二月一日起委员会, 第三章委員會: a date or a chapter's number before a name ends before it starts
_DATED = re.compile(r"[0-9〇○零一二三四五六七八九十]+[年月日](?:起|至今|以来|后|前)?|第[0-9一二三四五六七八九十]+[章节条期]|首期")  # 第二期+竹篙灣
_NUMBER_PREFIX = re.compile(r"^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})号")  # 10號, 十號貨櫃碼頭


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    known: bool  # built on a gazetteer name
    alias_of: tuple[int, int] | None = None  # (start, end) of the known place this span is an alias of


class SuffixNames:
    """Compiled "place_names" (or "institution_names") rules; `find` returns the suffix-built spans of one block."""

    def __init__(self, rules: dict[str, Any], boundary: set[str], verbs: list[str]) -> None:
        self.boundary = boundary
        self.label = str(rules.get("label", "PLACE"))
        self.unknown_only = bool(rules.get("unknown_only", False))  # known + body + suffix is `extend`'s job
        self.suffixes: dict[str, tuple[int, int]] = {s: (int(lo), int(hi)) for s, (lo, hi) in
                                                     rules["suffixes"].items() if not s.startswith("_")}
        self.by_last: dict[str, list[str]] = {}  # last character → suffixes ending in it, longest first
        for suffix in sorted(self.suffixes, key=len, reverse=True):
            self.by_last.setdefault(suffix[-1], []).append(suffix)
        self.known_only = set(rules.get("known_body_only", ()))
        self.separate = set(rules.get("separate_after_known", ()))
        self.split_known = set(rules.get("split_after_known", ()))  # 大埔富蝶邨: the district, then the estate
        self.admin_ends = set(rules.get("admin_name_ends", ""))  # 永順縣澤家鎮: the county, then the town
        self.generic = set(rules["generic_bodies"])
        self.generic_ends = tuple(rules["generic_body_ends"]) + tuple(rules.get("kind_words", ()))
        self.category_starts = tuple(rules.get("category_starts", ()))
        self.operated = set(rules.get("operator_suffixes", ()))  # 宝钢湛江钢铁基地: operators_zh
        self.designation_starts = tuple(rules.get("designation_starts", ()))  # 国家 + 综合试验区: a title, no name
        self.designations = set(rules.get("designation_suffixes", ()))
        self.word_after = dict(rules.get("suffix_word_after", {}))  # 港口岸线: 岸线 is a word
        self.word_after_not = dict(rules.get("suffix_word_after_not", {}))  # 研究所有关负责人: 有关, the name ends
        self.word_after_re = {k: re.compile(v) for k, v in rules.get("suffix_word_after_pattern", {}).items()}  # 站上新起点
        self.word_after_last = dict(rules.get("suffix_word_after_last", {}))  # 发展区域: 区 + 域 is the word 区域
        self.left_verbs = sorted(rules["left_verbs"], key=len, reverse=True)
        self.verb_nouns = tuple(rules.get("left_verb_nouns", ()))
        self.compass = rules.get("compass_prefix", "")
        self.compass_suffixes = set(rules.get("compass_suffixes", ()))
        region_prefix = rules.get("region_prefixes", {})  # 环珠江口湾区, 大汕头湾区: 环 / 大 open the region's name
        self.region_suffixes = tuple(region_prefix.get("suffixes", ()))
        self.region_chars = str(region_prefix.get("chars", ""))
        self.max_known_body = int(rules.get("max_known_body", 0))
        self.known_body_max = {k: int(v) for k, v in rules.get("known_body_max", {}).items()}  # 東區尤德夫人那打素醫院
        self.known_body_min = {k: int(v) for k, v in rules.get("known_body_min", {}).items()}  # 香港商場: malls, a kind
        self.clause_checked = set(rules.get("known_body_clause_checked", ()))  # 广州市区新增商场: a clause, no mall
        self.known_kinds = set(rules.get("known_kind_bodies", ()))  # 新疆民用机场: a kind after a known place
        self.known_kind_ends = tuple(rules.get("known_kind_ends", ()))  # 惠州千万级干线机场, 深圳第二机场
        self.route = re.compile(rules.get("route_pattern", "(?!)"))
        self.route_back = re.compile(rules.get("route_demonstrative_head", "(?!)"))  # 這兩段: no route's head
        self.clause_verbs = tuple(rules.get("clause_verbs_after_known", ()))  # 沙頭角發展文化旅遊區: a clause
        self.former = set(rules.get("former_infix_suffixes", ()))  # 安達臣道前石礦場: the former quarry
        self.route_tail = re.compile(rules.get("route_abbreviation_tail", "(?!)"))
        self.strategy = re.compile(rules.get("strategy_pattern", "(?!)"))  # 京津冀协同发展: a policy's name
        self.counted = re.compile(rules["counted_body"])
        self.counted_before = re.compile(rules.get("counted_before_known", "(?!)"))  # 4个西江码头: a kind at 西江
        self.named_after_count = set(rules.get("named_after_count", ()))  # 1 250個柴灣邨單位: one estate
        self.known_stops = set(rules.get("known_body_stops", ""))
        self.stop_words = tuple(rules.get("known_body_stop_words", ()))  # 经济 holds the stop 经 ('via')
        short = rules.get("short_suffix_right", {"suffixes": [], "words": []})
        self.short_suffixes = set(short["suffixes"])
        self.short_right = tuple(short["words"])
        self.checked_after_known = set(short.get("checked_after_known", ()))
        self.verb_after = set(short.get("verb_after", ()))  # 长安镇推进…: a town's name ends before a clause verb
        self.adverb_after = set(short.get("adverb_after", ()))  # 某岛终于成为…: an island's also before an adverb
        self.port_words = tuple(short.get("port_words", ()))  # 港 starting another word after a known place
        self.chain_stops = tuple(rules.get("address_chain_stops", ()))  # 江门港新会港区|华津码头
        railed = rules.get("railed_stations", {})  # 沙中線|會展站: a line or an operator opens a station's name
        self.rail_suffixes, self.rail_openers = set(railed.get("suffixes", ())), tuple(railed.get("openers", ()))
        self.port_parts = set(rules.get("port_parts", ()))  # 珠海港|高栏港区: a port's parts after its name
        self.locative = set(rules.get("locative_suffixes", ()))
        self.route_after = tuple(rules.get("route_after", ()))
        self.road_suffixes = tuple(rules.get("road_suffixes", ()))
        self.streets = tuple(rules.get("street_suffixes", ()))  # 寶琳路; 紅磡庇利街 is 紅磡, then a street
        self.route_blocked = tuple(rules.get("route_after_blocked", ()))
        self.route_coordinated = tuple(rules.get("route_coordinated_ends", ()))
        self.quoted_article = re.compile(rules.get("quoted_article_before", "(?!)"))
        self.directions = tuple(rules.get("direction_bodies", ()))
        self.not_ends = tuple(rules.get("body_not_ends", ()))
        self.kind_ends = {k: tuple(v) for k, v in rules.get("kind_body_ends", {}).items()}  # 今明两年新酒店: a kind
        self.suffix_kinds = {k: frozenset(v) for k, v in rules.get("suffix_kind_bodies", {}).items()}  # 深圳新商场
        self.generic_named = {k: frozenset(v) for k, v in rules.get("generic_named_bodies", {}).items()}  # 中央商务区
        self.determiner_ends = tuple(rules.get("determiner_ends", ()))  # 延長不同口岸, 內地相關博物館: a kind
        self.slash_pair = set(rules.get("slash_pair_suffixes", ()))
        self.alias_after = {k: tuple(v) for k, v in rules.get("alias_after_ends", {}).items() if not k.startswith("_")}
        self.verbs = tuple(verbs)
        # 陳某關注海濱長廊: a verb anywhere in an unknown body ends the clause before the name (clause_verbs_zh)
        self.body_verbs = clause_verbs(rules["clause_verbs"]) if rules.get("clause_verbs") else frozenset()
        self.clause_body_max = int(rules.get("clause_body_max", 0))
        self.address_streets = street_rules(dict(rules.get("address_streets", {})))  # 香港花園道美利大廈: area, street, building
        self.dash_areas = set(rules.get("dash_area_suffixes", ()))  # 大田湾-文化宫-大礼堂文化风貌片区
        lead = load_json_data(rules["lead_words"]) if rules.get("lead_words") else {}
        # a company's name may open with a verb (远航国际物流): only the other words are stripped, and a verb is
        # no name only as the whole body (利用大學, 減輕大學: 'use the universities', 'ease the universities')
        self.verb_bodies = set(lead.get("verbs", ())) if rules.get("lead_verbs_kept") else set()
        self.generic_words_only = bool(rules.get("generic_words_no_name"))
        self.common_kinds = CommonKinds(rules)  # 装备产业园, 乡村振兴产业园: common words only, a kind (kind_bodies_zh)
        if rules.get("lead_verbs_kept"):
            lead = {k: v for k, v in lead.items() if k != "verbs"}
        self.lead_verbs = set(lead.get("verbs", ())) | set(rules.get("lead_words_hand", ()))
        self.lead_words = set(lead.get("words", ())) | self.lead_verbs
        self.verb_words, self.common_words = self.verb_bodies | self.lead_words, self.generic | self.lead_verbs  # (once)
        self.lead_singles = set(lead.get("singles", ())) | set(rules.get("lead_singles_hand", ()))  # 設
        self.lead_closed = set(lead.get("closed", ())) | self.lead_verbs  # 這些 + 新發展區: no name either
        self.lead_kept = set(rules.get("lead_kept_before", ""))
        self.references = set(rules.get("reference_chars", ""))  # 該委員會, 其常務委員會: a body referred to, unnamed
        self.reference_words = tuple(rules.get("reference_words", ()))  # 若干委員會: a count of a kind
        self.object_suffixes = set(rules.get("object_suffixes", ()))  # 帶入議會: the council is the verb's object
        joined = rules.get("conjoined_bodies", {})  # 財務及行政委員會: 及 joins two nouns of one name
        self.conjoined_joins = str(joined.get("joins", ""))
        self.conjoined_max = int(joined.get("max_left", 0))
        self.conjoined_stops = tuple(joined.get("left_not_ends", ()))
        self.conjoined_verbs = str(joined.get("verb_firsts", ""))  # 惠及, 涉及: 及 closes a verb
        self.listed_heads = tuple(joined.get("listed_heads", ()))  # 教育、科技和人才委員會: fields listed in a name
        self.listed_joins = str(joined.get("listed_joins", ""))
        self.task_heads, self.task_verbs = set(rules.get("task_heads", ())), tuple(rules.get("task_verbs", ()))
        self.task_builds, self.task_setups, self.task_joins = (tuple(rules.get(k, ())) for k in ("task_builds", "task_setups", "task_joins"))
        self.joined_only = set(joined.get("joined_only", ()))  # 局: a bureau named only by its joined fields

    def suffix_at(self, folded: str, end: int) -> str:
        """The longest suffix ending at `end` ('' if none)."""
        for s in self.by_last.get(folded[end - 1], ()) if end > 0 else ():
            if end - len(s) >= 0 and folded.startswith(s, end - len(s)):
                return s
        return ""

    def word_continues(self, folded: str, e: int, suffix: str) -> bool:
        """The suffix's last character opens a word with what follows (港口岸线, 站上新起点): no name ends at `e`."""
        return bool(folded[e:e + 1] and (folded[e] in self.word_after.get(suffix, "") or folded[e] in self.word_after_last.get(
            suffix[-1], "")) and not folded.startswith(tuple(self.word_after_not.get(suffix, ())), e) or suffix in
            self.word_after_re and self.word_after_re[suffix].match(folded, e))

    def body_ok(self, body: str, suffix: str, known: bool) -> bool:
        lo, hi = self.suffixes[suffix]
        if suffix in self.former and len(body) > 2 and body.endswith("前"):
            body = body[:-1]  # 安達臣道前石礦場: 前 ('former') is no part of the name's body
        bare = _NUMBER_PREFIX.sub("", body)
        if body.startswith(self.directions) or body.endswith(self.not_ends) or body.endswith(self.determiner_ends) or \
                self.common_kinds.ends(body, suffix, self.kind_ends, known) or body in self.suffix_kinds.get(suffix, ()):
            return False  # 北部都會區東面新市鎮: the new towns in its east, no name; 互聯互通 no interchange
        if known and suffix in self.clause_checked and clause_end(body, self.body_verbs):
            return False  # 广州市区新增商场: a clause verb between the place and the kind word, no site's name
        if known and suffix in self.streets and body:
            return False  # 紅磡庇利街: a street named by its own words after the place that locates it, no place's name
        if known:  # 深圳配合實施大灣: a verb in the body, no name; 北京協和醫院: 和 inside a body is fine
            # (大埔墟街市及北河街街市: a body holding the suffix holds a name of its own, so two names)
            first = re.split("[和及]", body)[0]
            if first != body and self.suffix_at(first, len(first)):
                return False  # 羅湖站及口岸: a name with a suffix of its own, then another kind
            if any(w in body[:-len(w)] for w in self.chain_stops) or street_end(body, suffix, self.address_streets, self.generic) or \
                    (suffix in self.port_parts and body.startswith("港") and len(body) > 1):
                return False  # 汕尾港口岸海丰港区, 珠海港高栏港区: a port's name, then its area's: two places
            return len(body) <= (self.known_body_max.get(suffix, self.max_known_body) if len(suffix) > 1 else 2) \
                and not self.counted.search(body) \
                and body not in self.known_kinds and not (self.known_kind_ends and body.endswith(self.known_kind_ends)) \
                and (len(suffix) < 2 or suffix not in body) \
                and not (body and (body[0] in self.known_stops and not body.startswith(self.stop_words)
                                   or body[0] in self.boundary)) \
                and not any((c in self.known_stops or c in self.boundary) and c not in "和及"
                            for c in self.without_stop_words(body)) \
                and not any(v in body for v in self.verbs) and not self.lead_length(body) \
                and not any(body.startswith(v) and len(body) > len(v) for v in self.clause_verbs)
            # 大嶼山隨著港珠澳大橋: a clause word after the known place ends it; the name starts later
        compass_named = suffix in self.compass_suffixes and len(body) >= 3 and body[-1] in self.compass
        if (suffix in self.known_only and not compass_named) or not (lo <= len(body) <= hi) or not bare:
            return False  # 吉首西互通: a name + a compass point names an interchange (互联互通 does not)
        if bare == body and body not in self.generic_named.get(suffix, ()) and (
                body in self.generic or body.endswith(self.generic_ends) or
                             body.startswith(self.category_starts) or
                             (suffix in self.designations and body.startswith(self.designation_starts))):
            return False  # 10號貨櫃碼頭: a number makes a kind (貨櫃碼頭) one named facility
        return not self.counted.search(body) and all(_CJK.match(c) for c in bare) and \
            not any(c in self.known_stops for c in self.without_stop_words(bare))  # 某某经济开发区: 经济 holds 经

    def without_stop_words(self, body: str) -> str:
        for word in self.stop_words:
            body = body.replace(word, "")
        return body

    def left_edge(self, folded: str, s: int, floor: int, task: bool = False) -> int:
        """Where an unknown body before position `s` starts: after a boundary or a building verb (a `task` group's own
        last word may be one: 大学城筹划及建设工作组, 项目建设工作专班)."""
        i = s
        while i > floor and (_CJK.match(folded[i - 1]) or folded[i - 1] == "号" or
                             (folded[i - 1].isdigit() and _NUMBERED.search(folded[i - 1:s + 1] or ""))):
            if folded[i - 1] in self.boundary:
                break
            i -= 1
        if i > floor and folded[i - 1].isdigit():  # 10号: take the number with it
            j = i
            while j > floor and folded[j - 1].isdigit():
                j -= 1
            if _NUMBERED.match(folded[j:s]) or re.match(r"[0-9]{1,3}号", folded[j:s]):
                i = j
        if i < s and folded[i] in "年月日" and i > floor and folded[i - 1].isdigit():
            i += 1  # 在2017年水泉澳邨竣工: a date's unit ends the date, the name starts after it
        i = max([i] + [d.end() for d in _DATED.finditer(folded, i, s)])
        i = max((k + len(w) for w in self.chain_stops if (k := folded.rfind(w, i, s - 1)) >= 0 and k + len(w) < s),
                default=i)  # 新会港区华津码头: the terminal's own name starts after its port area
        run = folded[i:s]  # 到訪林村: a verb whose first character is a boundary (到) ends inside the body
        cut = max([0] + [len(v) - j for v in self.left_verbs for j in range(1, len(v))
                         if i - j >= floor and len(v) - j < len(run) and folded.startswith(v, i - j)])
        before = folded[max(floor, i - 4):i]  # 成立 + 文化城筹划及建设: the setting-up verb may end at the run's start
        return i + max(cut, self.verb_cut(run, task and run.endswith(self.task_builds), before))

    def verb_cut(self, run: str, own_last: bool, before: str = "") -> int:
        """Where the last left verb of `run` ends; `own_last`: a group's closing task word is no left verb only after a
        setting-up verb (成立园区建设工作专班) or joined by 及 (文化城筹划及建设工作组); not after 推进 / 加强, nor 组建工作组."""
        cut = 0
        for v in self.left_verbs:
            k = run.rfind(v, 0, len(run) - own_last)
            while k >= 0 and any(run.startswith(n, k) for n in self.verb_nouns):
                k = run.rfind(v, 0, k)  # 啟動區國貿中心片區: 启动区 is a noun, not 启动 + 区
            if k >= 0:
                cut = max(cut, k + len(v))
        setup = (before + run[:cut]).endswith(self.task_setups) or (not cut and before.endswith(self.task_joins))
        return self.verb_cut(run, False) if own_last and not setup else cut

    def find(self, folded: str, start: int, end: int, known: list[tuple[int, int, str]]) -> list[Span]:
        """Suffix names in folded[start:end]; `known` holds (start, end, label) of gazetteer matches."""
        out: list[Span] = []
        places = [(s, e) for s, e, lab in known if lab == "PLACE"]
        for e in range(start + 1, end + 1):
            suffix = self.suffix_at(folded, e)
            if not suffix:
                continue
            s = e - len(suffix)
            if s < start or self.word_continues(folded, e, suffix):
                continue
            if any(ks <= s and e <= ke and (ks, ke) != (s, e) for ks, ke, _ in known):
                continue  # the suffix is part of a known name (香港國際機場); 文昌國際 + 航天城 may extend one
            span = None if self.unknown_only or suffix in self.separate or suffix in self.split_known else \
                self.from_known(folded, start, s, e, suffix, places)
            if span is not None and span.known and suffix in self.operated and span.alias_of is None:
                span = Span(operator_start(folded, span.start, start, places, self), e, span.label, True)
            if span is None:
                span = self.from_unknown(folded, start, s, e, suffix, known)
            if span is None and suffix in self.separate and not self.unknown_only:
                span = self.town_of_known(folded, start, s, e, suffix, places)
            if span is None and suffix in self.split_known and not self.unknown_only:
                span = self.from_known(folded, start, s, e, suffix, places, True)  # 黃大仙上邨; 元朗 + 朗屏邨
            if span is not None and suffix in self.dash_areas:
                span = Span(self.dash_start(folded, span.start, start), span.end, span.label, span.known, span.alias_of)
            if span is not None:
                out.append(span)
        return longest(out)

    def dash_start(self, folded: str, s: int, floor: int) -> int:
        """Where an area's name starts when places joined by dashes open it (大田湾-文化宫-大礼堂文化风貌片区)."""
        while s - 1 > floor and folded[s - 1] in "-—―－":
            k = self.left_edge(folded, s - 1, floor)  # after a boundary or a verb (推进大田湾-…)
            if not 2 <= s - 1 - k <= 6 or not all(_CJK.match(c) for c in folded[k:s - 1]):
                break
            s = k
        return s

    def from_known(self, folded: str, start: int, s: int, e: int, suffix: str,
                   places: list[tuple[int, int]], nearest: bool = False) -> Span | None:
        pair = next(((ks1, ke2) for ks1, ke1 in places for ks2, ke2 in places if ke2 == s and ks2 == ke1 + 1
                     and folded[ke1] in "/╱／"), None) if suffix in self.slash_pair else None
        if pair is not None:
            return Span(pair[0], e, "PLACE", True)  # 福田/落馬洲口岸: one crossing under two names
        best = None
        for ks, ke in places:
            if ke + self.known_body_min.get(suffix, 0) <= s and ks < s and \
                    (best is None or (ks > best[0] if nearest else ks < best[0])) \
                    and (self.body_ok(folded[ke:s], suffix, True) or self.adjacent(ke, s, places, folded)) \
                    and not any(ke <= ks2 and ke2 <= s for ks2, ke2 in places if not self.adjacent(ke, ks2, places, folded)):
                best = (ks, ke)
        if best is not None and suffix not in self.named_after_count and \
                self.counted_before.search(folded[max(start, best[0] - 4):best[0]]):
            return None  # 力争4个西江码头项目建成: wharves of a kind on the river, no named wharf (a count)
        compass_named = best is not None and suffix in self.compass_suffixes and s - best[1] == 1 and \
            folded[best[1]] in self.compass  # 惠州北站高鐵: a station named by a compass point ends there
        port = best is not None and best[1] == s and suffix == "港" and bool(self.port_words)
        if best is None or ((best[1] < s or suffix in self.checked_after_known)
                            and (folded.startswith(self.port_words, s) if port else
                                 self.short_word_follows(folded, e, suffix)) and not compass_named):
            return None  # 南沙粤港澳: with a body between, 港 starts 港澳 (屯門站延伸 stays a station)
        if best[1] == s and len(suffix) == 1 and folded[s - 1] in self.admin_ends and best[1] - best[0] > 2:
            return None  # 宁远县湾井镇: a one-character suffix right after a county's full name starts the next name
            # (a two-character city name ending in 州 is no full name: 惠州港, 广州站 are the port and the station)
        if best[1] == s and (suffix in self.locative or folded.endswith(self.alias_after.get(suffix, ()), best[0], s)):
            return Span(best[0], e, "PLACE", True, best)  # 啟德發展區 is 啟德; 皇崗口岸管制站 is 皇崗口岸
        if best[1] == s and (s, e) in places:
            return Span(best[0], e, "PLACE", True, (s, e))  # 添馬政府總部: an area + a known site in it is the site
        ks = best[0]
        region = suffix in self.region_suffixes  # 以环珠江口湾区: 环 after a preposition
        if region and best[1] < s and self.suffix_at(folded[best[1]:s], s - best[1]) != folded[best[1]:s]:
            return None  # 云浮‘东融湾区’: a bay area is named by its bay or city (杭州 + 湾) alone, no words between
        c = ks - 2 if ks - 2 >= start and not region and folded[ks - 2] in self.compass and folded[ks - 1] in self.compass \
            else ks - 1  # 西北九龍填海區: two compass points
        if c >= start and (folded[ks - 1] in self.compass or region and folded[ks - 1] in self.region_chars) and \
                (c == start or folded[c - 1] in self.boundary or not _CJK.match(folded[c - 1])
                 or (region and folded[c - 1] in self.lead_singles)
                 or folded.endswith(tuple(self.left_verbs), start, c)):
            ks = c  # 北大嶼山醫院, 設置東荃灣站
        return Span(ks, e, "PLACE", True)

    def town_of_known(self, folded: str, start: int, s: int, e: int, suffix: str,
                      places: list[tuple[int, int]]) -> Span | None:
        """沙田镇, 长安镇: 镇 / 村 right after a known name that is no division's full name (a district's short form, a
        Hong Kong area) names a town or village of that name, one place of its own (Hong Kong has no 镇); after a
        full name (永顺县泽家镇) the suffix starts the next name."""
        ks = next((a for a, b in places if b == s and a >= start and s - a >= 2), -1)
        if ks < 0 or folded[s - 1] in self.admin_ends or self.short_word_follows(folded, e, suffix):
            return None
        return Span(ks, e, self.label, False)

    @staticmethod
    def adjacent(end: int, start: int, places: list[tuple[int, int]], folded: str = "") -> bool:
        """Known names written one right after another from `end` up to `start` (湛江 + 粤西 + 机场: a
        city locating a facility named after its region is one name), or joined by a middle dot (广东·海南
        特别合作区: a zone the two share)."""
        while end < start:
            if end + 1 == start and folded[end:start] in _JOIN_DOTS:
                return True
            end = next((ke for ks, ke in places if ks == end or
                        (ks == end + 1 and folded[end:end + 1] in _JOIN_DOTS)), start + 1)
        return end == start

    def from_unknown(self, folded: str, start: int, s: int, e: int, suffix: str,
                     known: list[tuple[int, int, str]]) -> Span | None:
        floor = max([start] + [ke for ks, ke, _ in known if ke <= s and (ks, ke) != (s, e)])
        b = self.left_edge(folded, trade_start(folded, s, floor, suffix), floor, suffix in self.task_heads)
        if suffix in self.rail_suffixes:  # 沙中線會展站: 會 ('will') is no boundary between a line and its station
            b = min([b] + [k + len(w) for w in self.rail_openers if (k := folded.rfind(w, max(start, s - 8), s)) >= 0
                           and 2 <= s - k - len(w) <= 5 and all(_CJK.match(c) for c in folded[k + len(w):s])])
        if b == floor > start:
            b += street_end(folded[b:s], suffix, self.address_streets, self.generic)  # 香港花園道|美利大廈: the building after its street
        cut = trade_clause_end(folded[b:s], self.body_verbs, suffix, not b == floor > start)  # 华信建设|有限公司: a business line, no clause
        if cut <= self.lead_length(folded[b:s], self.lead_closed):
            cut = 0  # 确保首钢曹妃甸钢铁基地: a verb the lead words strip anyway leaves the body as long as it was
        if cut == s - b > 0:
            return None  # 未納入海濱長廊: the kind word alone after the clause, no name
        b += cut  # 議員關注伊利沙伯醫院: the name starts after the clause's verb (and its clause words: 期望屆時口岸)
        if any(c in self.references for c in folded[b:s]) or any(w in folded[b:s] for w in self.reference_words):
            return None  # 關注該委員會, 人大及其常務委員會: a demonstrative or 其 refers to a body, names none
        if suffix in self.object_suffixes and any(folded[s - n:s] in self.verb_bodies for n in (2, 3) if s - n >= b):
            return None  # 把聲音帶入議會, 破壞議會: a verb right before the common noun takes it as its object
        lead = self.lead_length(folded[b:s], self.lead_closed)
        while suffix in self.task_heads and lead and folded[b:b + lead].endswith(self.task_verbs):
            lead -= next(len(v) for v in self.task_verbs if folded[b:b + lead].endswith(v))  # 發展低空經濟工作組: its task
        jb = conjoined_start(self, folded, b, floor, suffix) if not lead else b
        joined = jb < b  # 創新及科技諮詢委員會: two fields, a name (籌劃及建設工作組: verbs joined, a task)
        if suffix in self.joined_only and not joined:
            return None  # 科技局 alone is a kind of bureau; 科技及通訊局 (two fields joined) names one
        railed = suffix in self.rail_suffixes and not lead and folded.endswith(self.rail_openers, 0, b)
        if (lead and lead == s - b) or self.verbs_only(folded[min(jb, b + lead):s]) or not joined and not railed and (
                self.common_only(folded[b + lead:s]) or self.common_kinds.kind(
                    suffix, folded, b + lead, s, b + lead == floor > start) or
                self.generic_words_only and self.common_only(folded[b + lead:s], verb_needed=False)):
            return None  # 深化新区, 谋划机场: a verb and a kind of place; 综合改革试验区: common words only
        b += lead  # 依托珠港新城, 以华侨试验区: the name starts after the verb or preposition
        if cut and s - b > self.clause_body_max:
            return None  # 能夠以視頻方式祝賀某醫院: a long rest after the clause's verb is more clause, no name
        if floor < b and b + 1 < s and len(self.suffix_at(folded, b + 1)) > 1:
            b += 1  # 了解某湾开发区|某湾经济开发区 (lines joined): a body opens after another name's suffix
        if suffix in self.port_parts and b == floor > start and folded[b] == "港":
            b += 1  # 珠海港高栏港区: 港 is the known place's port, the area's name comes after it
        body = folded[b:s]
        if b == floor > start and len(self.suffix_at(folded, b + 1)) > 1:
            return None  # 南沙港|区国际通用码头: the body's first character ends the known place's 港区
        if not self.body_ok(body, suffix, False) or (b > 0 and folded[b - 1].isdigit()):
            return None  # 3小時經濟圈: after a number the body is a unit (a measure), not a name
        if suffix in self.region_suffixes and body[:1] not in self.region_chars \
                and not self.suffix_at(body, len(body)):
            return None  # 人文湾区, 国际一流湾区: an unknown region is opened by 环 / 大 or named by a site (雷州半岛湾区)
        if self.short_word_follows(folded, e, suffix):
            return None  # 做好港深合作: 港 starts the next word
        if b > 0 and folded[b - 1] in "「“『" and self.quoted_article.search(folded, max(0, b - 4), b - 1):
            return None  # 發展成一個「國際創科新城」: after an article the quoted words describe a vision, no name
        if any(ks < e and b < ke and (ks, ke) != (s, e) for ks, ke, _ in known):
            return None  # a known name overlaps: the known path decides
        return Span(conjoined_start(self, folded, b, floor, suffix), e, self.label, False)

    def lead_length(self, body: str, whole: set[str] | None = None) -> int:
        """How many characters of clause-opening words (协同构建, 介绍我国, 以) start an unknown body. Only a
        verb may take the whole body (深化 + 新区: no name), and so may the `whole` words (the closed classes, for an
        unknown body: 這些 + 新發展區); an adverb before the kind word is the name's own first word (奋勇 + 高新区)."""
        k = 0
        while k < len(body):
            w = next((n for n in (4, 3, 2) if body[k:k + n] in self.lead_words and k + n <= len(body)), 0)
            if not w and body[k] in self.lead_singles:
                w = 1
            if not w or (k + w == len(body) and body[k:] not in (self.lead_verbs if whole is None else whole)) or \
                    (k + w < len(body) and body[k + w] in self.lead_kept):
                break  # 胜利巷老街区: a word before a street's head character starts the street's name
            k += w
        return k

    def verbs_only(self, body: str) -> bool:
        """A body that is a verb, or verbs and clause words one after another (建議放寬 + 集團: 'propose to relax
        the group's …'), where verbs stay in names (`verb_bodies`): a clause, no name."""
        words = self.verb_words
        ok = [True] + [False] * len(body)
        for i in range(len(body)):
            if ok[i]:
                for n in range(2, 5):
                    if i + n <= len(body) and body[i:i + n] in words:
                        ok[i + n] = True
        return bool(self.verb_bodies) and len(body) > 0 and ok[-1] and any(
            body[i:i + n] in self.verb_bodies for i in range(len(body)) for n in range(2, 5))

    def common_only(self, body: str, verb_needed: bool = True) -> bool:
        """A body written in generic words and verbs only, with a verb among them (综合 + 改革): a description
        of a kind of place, no name. Generic words alone may name a national facility (国家海洋综合试验场), but
        no body (`verb_needed` False: 产业 + 科技 + 创新中心 is a kind of centre, 'industrial S&T innovation centre')."""
        words = self.common_words
        ok: list[bool | None] = [False] + [None] * len(body)  # reachable: with a verb so far (True) or not
        for i in range(len(body)):
            if ok[i] is not None:
                for n in range(2, 5):
                    w = body[i:i + n]
                    if i + n <= len(body) and w in words:
                        ok[i + n] = bool(ok[i + n]) or bool(ok[i]) or w in self.lead_verbs or not verb_needed
        return len(body) > 0 and ok[-1] is True

    def short_word_follows(self, folded: str, e: int, suffix: str) -> bool:
        """A one-character suffix (港, 湾, 站) that a word goes on from, not the end of a name."""
        return suffix in self.short_suffixes and e < len(folded) and bool(_CJK.match(folded[e])) and \
            folded[e] not in self.boundary and not folded.startswith(self.short_right, e) and \
            not (suffix in self.verb_after and any(folded[e:e + n] in (self.lead_words if suffix in self.adverb_after
                                                                       else self.lead_verbs) for n in (2, 3, 4)))

    def in_route(self, folded: str, end: int) -> bool:
        """A place right before 段 / 走廊 / 連接路 … is part of a route's name (東區走廊)."""
        if self.route_tail.match(folded, end):
            return True  # 珠江肇高铁: a railway named by its towns' first characters holds no place
        if end < len(folded) and folded[end] in self.compass:
            end += 1  # 屯門西繞道
        return folded.startswith(self.route_after, end) and not folded.startswith(self.route_blocked, end)

    def route_spans(self, folded: str, start: int, end: int, places: tuple[tuple[int, int], ...] = ()
                    ) -> list[tuple[int, int]]:
        """Spans of route designations (沙田至中環線, 屯門至赤鱲角連接路). A known place written right before
        the known place that starts a route locates the route and is not part of it (湖北省恩施至來鳳公路)."""
        out = []
        for m in self.route.finditer(folded, start, end):
            s = m.start()
            if self.route_back.search(folded, s, m.end()):
                continue  # 啟德體育園至九龍城碼頭這兩段: stretches referred back to, no route's name
            # 洪水橋站及北環綫: a station, then a line (a route is written X至Y線; X及Y線 only between two places)
            joint = next((j for j in range(s + 2, m.end()) if folded[j] in "及和与" and
                          folded.endswith(self.route_coordinated, s, j)), -1)
            if joint >= 0:
                out.append((joint + 1, m.end()))
                continue
            lead = next((pe for ps, pe in places if ps == s and any(qs == pe for qs, _ in places)), None)
            out.append((lead if lead is not None and lead < m.end() else s, m.end()))
        # the national regional strategies are policies named after their regions (长江经济带发展): as in a
        # route's designation, the places in their names are not listed (README, choices)
        return out + [m.span() for m in self.strategy.finditer(folded, start, end)]


def longest(spans: list[Span]) -> list[Span]:
    """Drop spans inside a longer one; of two overlapping spans keep the longer (earlier on a tie)."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda x: (-(x.end - x.start), x.start)):
        if all(sp.end <= o.start or o.end <= sp.start for o in out):
            out.append(sp)
    return sorted(out, key=lambda x: x.start)
