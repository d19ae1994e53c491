"""Folded Chinese text + name matches → the local companies a report names by their short form (金某机械, 某湖商场).

A Chinese enterprise name is built as division + trade name (字号) + line of business (行业或者经营特点) + legal form
(组织形式) (企业名称登记管理规定, art. 6), and reports write it short: the trade name and the line of business
(科某环保, 华某水泥, 某湖商场) or the trade name alone (大某林). No list holds them, so the shape and the sentence decide:
- an item of a list closed by 等 (or by N家) + a word for firms (企业, 公司, 孵化器 …) is a company, unless it is a
  sector (电子信息、新材料等企业: made only of line-of-business words and sector modifiers) or a common word;
- an item of a list closed by 等 + 项目 is a company when it has the company shape (a trade name of two or more
  characters + a line of business or a legal form), also before a phase or a capacity (某某铜箔二期, 某某石化年产…);
- a company-shaped name right before a producer's word (产值, 纳税, 投产 …) is a company acting.
Rules: entities_zh.json "local_firms".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.gazetteer_zh import DIVISIONS_FILE, zh_lines
from pipeline.extract.entities.kind_bodies_zh import common_words
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.word_bounds_zh import frequent_words

_NAME_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]")


class _Shapes:
    """The rule file's "local_firms" compiled once."""

    def __init__(self, q: dict[str, Any]) -> None:
        self.lines = frozenset(q["business_lines"])
        self.forms = tuple(sorted(q["legal_forms"], key=len, reverse=True))
        self.modifiers = frozenset(q["sector_modifiers"])
        self.sector = self.lines | self.modifiers | frozenset(q["firm_categories"])
        self.modifier_ends = tuple(w for w in self.modifiers if len(w) > 1)
        self.longest = max(len(w) for w in self.sector)
        by_len = sorted(self.lines | set(self.forms), key=len, reverse=True)
        self.leads = tuple(sorted(q["lead_words"], key=len, reverse=True))
        self.stops = frozenset(q["item_stops"])
        self.tail = re.compile(q["project_tail"])
        self.not_items = frozenset(q["not_items"])
        self.cut_tails = tuple(q["cut_tails"])
        self.site_ends = tuple(q["site_ends"])
        self.kind_ends = tuple(q["not_items"])  # 小微企业, 大中型企业: a kind of firm
        heads = "|".join(map(re.escape, sorted(q["firm_heads"] + q["project_heads"], key=len, reverse=True)))
        self.projects = frozenset(q["project_heads"])
        self.trigger = re.compile(rf"(?:等(?:{q['quantifier']})?(?P<mod>[^，。；、,;：:()（）“”]{{0,10}}?)|"
                                  rf"(?P<n>{q['count']})家(?P<cmod>[^，。；、,;：:]{{0,4}}?))\s*(?P<head>{heads})(?!{q['head_not_before']})")
        self.mod_not = re.compile(q["modifier_not"])
        self.example = re.compile(q["example_list"])
        self.arrivals = tuple(q["example_arrivals"])
        self.actor = re.compile(rf"(?:{'|'.join(map(re.escape, by_len))})(?=(?:{'|'.join(q['actor_after'])}))")
        self.max_brand = int(q["max_brand"])
        self.not_first = frozenset(q["brand_not_first"])
        self.numerals: dict[str, int] = q["numerals"]
        lead = load_json_data("zh_lead_words.json")  # 做好恒大集团: a clause verb opens a long run's name
        self.lead_verbs = frozenset(w for w in lead["verbs"] + lead["words"] if len(w) in (2, 3))

    def sector_phrase(self, s: str) -> bool:
        """电子信息, 新能源汽车, 高端装备: made only of line-of-business words and sector modifiers."""
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            ok[i] = any(ok[j] and s[j:i] in self.sector for j in range(max(0, i - self.longest), i))
        return ok[len(s)]

    def phrase(self, s: str) -> bool:
        """垃圾焚烧, 污水处理: two or more common words in a row, a phrase, no trade name (中天, 风华 alone may be one)."""
        words = common_words("zh_common_words.json")
        ok = [0] + [-1] * len(s)  # the fewest words that cover s[:i]
        for i in range(2, len(s) + 1):
            ok[i] = min((ok[j] + 1 for j in (i - 2, i - 3) if j >= 0 and ok[j] >= 0 and s[j:i] in words), default=-1)
        return ok[len(s)] >= 2

    def kind_word(self, brand: str) -> bool:
        """红色 + 旅游, 屋顶 + 光伏, 垃圾 + 发电: a common word that is also one of jieba's frequent words opens a kind
        of project, no trade name (中天 + 科技 and 风华 are common words jieba seldom sees: they may be trade names)."""
        return brand in common_words("zh_common_words.json") and brand in frequent_words()

    def strict_no(self, brand: str) -> bool:
        """A trade name no list of projects or producer's sentence names: a phrase of common words (垃圾焚烧) or one that
        opens with a sector word (环保生物质 + 热电: a kind of plant)."""
        return self.phrase(brand) or self.kind_word(brand) or any(brand[:n] in self.sector for n in (2, 3) if len(brand) > n) \
            or brand.endswith(self.modifier_ends)  # 让特色 + 农产品: a modifier closes no trade name

    def shaped(self, s: str) -> int:
        """The length of the company name that opens `s` (a trade name + a line of business or a legal form, then
        nothing or a project tail), 0 if none."""
        for k in range(len(s), 2, -1):
            head = s[:k]
            if s[k:] and not self.tail.fullmatch(s[k:]):
                continue
            form = next((f for f in self.forms if head.endswith(f)), "")
            body = head[:-len(form)] if form else head
            line = next((body[-n:] for n in range(min(4, len(body) - 2), 0, -1) if body[-n:] in self.lines), "")
            if form and 2 <= len(body) <= self.max_brand + 3 and not self.sector_phrase(body) or \
                    line and 2 <= len(body) - len(line) <= self.max_brand and not self.sector_phrase(body):
                return k
        return 0


_BUILT: list[tuple[dict[str, Any], _Shapes]] = []  # the rule dict it was built from (kept, so compared by identity)


def shapes(rules: dict[str, Any]) -> _Shapes:
    """The compiled rules, built once per rule dict."""
    q = rules["local_firms"]
    if not _BUILT or _BUILT[0][0] is not q:
        _BUILT[:] = [(q, _Shapes(q))]
    return _BUILT[0][1]


def local_firms(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """Matches plus the companies listed before 等…企业/项目 or acting as producers in folded[start:end]."""
    sh = shapes(rules)
    found: list[tuple[int, int, bool]] = []  # (start, end, company-shaped)
    known = frozenset((m.start, m.end) for m in matches if m.label == "INSTITUTION")
    for hit in sh.trigger.finditer(folded, start, end):
        mod = hit.group("mod") or hit.group("cmod") or ""
        if sh.mod_not.match(mod):
            continue  # 等地企业, 等国企业: places of firms, no names
        project = hit.group("head") in sh.projects
        n = hit.group("n")  # 甲机械、乙重工两家企业: the count closes a list of that many names (成功培育14家企业: none)
        count = (int(n) if n.isdigit() else sh.numerals.get(n, 0)) if n else -1
        found += _items(folded, start, hit.start(), sh, project, count, known)
    for hit in sh.example.finditer(folded, start, end):  # 吸引500强企业落户,如甲国际、乙集团等: the firms it names
        if any(w in folded[_clause_start(folded, start, hit.start()):hit.start("list")] for w in sh.arrivals):
            found += [(a, b, ok) for a, b, ok in _items(folded, start, hit.end("list"), sh, True, -1, known)
                      if not any(m.label == "PLACE" and a <= m.start < b for m in matches)]  # as strict as a project list
    for hit in sh.actor.finditer(folded, start, end):
        s = _item_start(folded, start, hit.start(), sh)
        name = folded[s:hit.end()]
        brand = name[:len(name) - len(hit.group())]
        if sh.shaped(name) == len(name) and brand[:1] not in sh.not_first and brand not in common_words("zh_common_words.json") \
                and not sh.strict_no(brand) and not any(
                brand.startswith(w) for w in sh.leads if len(w) > 1) \
                and not _place_opens(matches, s, name, sh) and brand not in division_shorts():
            found.append((s, hit.end(), True))
    if not found:
        return matches
    out = list(matches)
    for a, b, shaped in found:
        inner = [m for m in out if a <= m.start and m.end <= b]  # 元天水产: no Tianshui in a company-shaped name
        if any(m.label == "INSTITUTION" or m.start > a and not shaped or (m.start, m.end) == (a, b) for m in inner) or \
                any(m.start < b and a < m.end and m not in inner for m in out):
            continue  # a known body already, or crossing a name: left as it is
        out = [m for m in out if m not in inner]  # 吉林石化: the place opens the trade name
        out.append(Match(a, b, "", "INSTITUTION", "", "", {"listed": "1", "firm": "1"}))
    return sorted(out, key=lambda m: m.start)


def _item_start(folded: str, start: int, e: int, sh: _Shapes) -> int:
    s = e
    while s > start and folded[s - 1] not in sh.stops and _NAME_CHAR.match(folded[s - 1]):
        s -= 1
    run = folded[s:e]
    cut = max((i + len(w) for w in sh.leads for i in [run.rfind(w)] if i >= 0 and len(run) - i - len(w) >= 2), default=0)
    if len(run) - cut > 8:  # 按照…原则做好恒大集团: no name is that long; the last clause verb opens it
        cut = max((i for i in range(cut + 2, len(run) - 1) if run[i - 2:i] in sh.lead_verbs or run[i - 3:i] in sh.lead_verbs),
                  default=cut)
    cut += next((n for n in (3, 2) if run[cut:cut + n] in sh.lead_verbs and len(run) - cut - n >= 2), 0)  # 吸引甲乙
    return s + cut


def _items(folded: str, start: int, e: int, sh: _Shapes, project: bool, count: int,
           known: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int, bool]]:
    """The (start, end) of each company in the 、-list ending at e (`count`: the number of names it must hold, -1 any;
    `known`: the spans of known bodies, which are no sector words: 美的、格力、某信等企业 lists firms)."""
    s = _list_start(folded, start, e, sh.stops)
    parts = folded[s:e].split("、")
    if count > len(parts):  # 甲科技、联和智能2家企业: the count says 和 is inside a trade name, no conjunction
        s = _list_start(folded, start, e, sh.stops - _JOINS)
        parts = folded[s:e].split("、")
    if count >= 0 and (count != len(parts) or count < 2):
        return []
    first = _item_start(folded, s, s + len(parts[0]), sh)  # 引进甲乙: the verb opens the list
    spans, pos = [], s
    for i, part in enumerate(parts):
        a, b = (first if i == 0 else pos), pos + len(part)
        pos = b + 1
        b -= next((len(t) for t in sh.cut_tails if folded.endswith(t, a, b) and b - a > len(t) + 1), 0)  # 某某与乙联合体
        spans.append((a, b))
    items = [_BRACKETED.sub("", folded[a:b]) for a, b in spans]  # 裕美(汕头)制衣 is read as 裕美制衣
    if sum((sh.sector_phrase(x) or x in common_words("zh_common_words.json")) and sp not in known
           for x, sp in zip(items, spans)) * 2 >= len(items):
        return []  # 新投资落地电子电器、模具、制衣等企业: a list of sectors, its first item too
    shaped = [sh.shaped(x) for x in items]
    strict = [bool(k) and not (project and sh.strict_no(_brand(x[:k], sh))) for x, k in zip(items, shaped)]
    out = []
    for (a, b), item, k, ok in zip(spans, items, shaped, strict):
        if ok:
            out.append((a, b if k == len(item) else a + k, True))
        elif (not project and len(item) <= 8 or any(strict) and len(item) <= 5) and _plain_name(item, sh):
            out.append((a, b, False))  # 甲化学、乙、丙等项目: items coordinated with a company are companies
    return out


_JOINS = frozenset("和及与或")
_QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]$")
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{2,4}[)）](?=[\u4e00-\u9fff])")


def _list_start(folded: str, start: int, e: int, stops: frozenset[str]) -> int:
    """Where the 、-list ending at e starts: back over name characters, 、 and a bracketed place inside a name
    (裕美(汕头)制衣: a registered name's division in brackets, 企业名称登记管理规定 art. 6)."""
    s = e
    while s > start:
        ch = folded[s - 1]
        if ch in ")）" and s < e and (q := _QUALIFIER.search(folded, max(start, s - 6), s)) and \
                q.start() > start and _NAME_CHAR.match(folded[q.start() - 1]):
            s = q.start()
            continue
        if ch in stops or not (_NAME_CHAR.match(ch) or ch == "、"):
            break
        s -= 1
    return s


_DIVISION_SHORTS: list[frozenset[str]] = []


def division_shorts() -> frozenset[str]:
    """The short forms of Mainland counties, districts and cities, their names less 区 / 县 / 市 (顺德, 香洲, 斗门),
    read once from the division gazetteer: a division before 等企业 or a producer's word names the firms or the
    industry of that place (顺德、南海等企业, 顺德家电产值), never a company."""
    if not _DIVISION_SHORTS:
        names = {n for _, raw in zh_lines(DIVISIONS_FILE) for n in raw["zh"]}
        _DIVISION_SHORTS.append(frozenset(n[:-1] for n in names if len(n) >= 3 and n[-1] in "区县市"))
    return _DIVISION_SHORTS[0]


def _clause_start(folded: str, start: int, e: int) -> int:
    return max([start] + [folded.rfind(c, start, e) + 1 for c in "。；;！!？?"])


def _plain_name(item: str, sh: _Shapes) -> bool:
    """A short item that can be a trade name: no sector phrase, no common word, no figure, no works or site noun."""
    return len(item) >= 2 and item not in sh.not_items and item not in division_shorts() and not sh.sector_phrase(item) \
        and not item.endswith(sh.site_ends) \
        and not item.endswith(sh.kind_ends) and not any(sh.tail.fullmatch(item, k) for k in range(1, len(item))) \
        and item not in common_words("zh_common_words.json") and not sh.phrase(item) and not re.search(r"[0-9]", item)


def _place_opens(matches: list[Match], a: int, name: str, sh: _Shapes) -> bool:
    """中山灯饰 / 顺德家电 before 产值: a known place + a line of business is the place's industry, no company; only a
    legal form (某地石化集团) makes the place part of a company's name."""
    return not name.endswith(sh.forms) and any(m.label == "PLACE" and m.start == a and m.entity for m in matches)


def _brand(name: str, sh: _Shapes) -> str:
    """The trade name of a company-shaped name: what stands before its legal form and line of business."""
    name = next((name[:-len(f)] for f in sh.forms if name.endswith(f) and len(name) > len(f)), name)
    return next((name[:-n] for n in range(min(4, len(name) - 2), 0, -1) if name[-n:] in sh.lines), name)
