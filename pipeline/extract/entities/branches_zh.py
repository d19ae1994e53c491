"""Folded Chinese text + name matches → body names that carry a bracket or their group: a body's arm in a place
(愛德基金會(香港), 世界宣明會（澳門）, 北京天坛医院(张家口)脑科中心), a company named with its group in brackets (马钢（集团）控股有限公司) or
written right after it (济宁矿业集团海纳科技机电股份有限公司), and a body two partners co-build, named by the pair
joined with a dash (山东大学—济宁市国资委高端装备制造研究院).

Chinese names a body's regional arm by its parent's name and the place in brackets, and a company formed from
a group by writing 集团 in brackets inside its name; either way the bracket is part of one name, and the
place in it is no place mention (GUIDELINES-zh 11). A bracket after a name that holds no known place is a
definition or a note (香港特別行政區政府（特區政府）), not part of the name. Rules: entities_zh.json "bracketed_bodies".
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.bank_heads_zh import glued_bank_heads
from pipeline.extract.entities.quoted_zh import Match

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BRACKET = re.compile(rf"[（(]([{_CJK}]{{2,8}})[）)]")


def bracketed_bodies(folded: str, start: int, end: int, matches: list[Match], place_of: Any, boundary: set[str],
                     verbs: list[str], rules: dict[str, Any]) -> list[Match]:
    """The block's matches with bracketed arms and group companies made one institution each.

    `place_of(key)` is true when the folded `key` is a known place's alias."""
    spans: list[Match] = []
    tail = re.compile(rules["branch_tail"])
    facilities = tuple(rules["facility_heads"])
    for m in matches:
        b = _BRACKET.match(folded, m.end) if m.label in ("INSTITUTION", "PLACE") and m.end < end else None
        if not (b and b.end() <= end and place_of(b.group(1))):
            continue
        t = tail.match(folded, b.end(), end)  # 北京天坛医院(张家口)脑科中心: the arm's own unit there
        if m.label == "INSTITUTION" or t and folded[m.start:m.end].endswith(facilities):
            spans.append(Match(m.start, t.end() if t else b.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
    group = re.compile(rf"([{_CJK}]{{2,{int(rules['max_before'])}}})[（(](?:{rules['inner']})[）)]"
                       rf"([{_CJK}]{{0,{int(rules['max_after'])}}}?(?:{'|'.join(rules['company_suffixes'])}))")
    for g in group.finditer(folded, start, end):
        head = g.group(1)
        cut = max((i + 1 for i, c in enumerate(head) if c in boundary), default=0)
        cut = max([cut] + [head.rfind(v) + len(v) for v in verbs if v in head[cut:]])
        s = g.start(1) + cut
        if s < g.start(1) + len(head) - 1:
            spans.append(Match(s, g.end(2), "", "INSTITUTION", "", "", {"group": "1"}))
    if not spans:
        return matches
    out = [m for m in matches if not any(sp.start <= m.start and m.end <= sp.end for sp in spans)]
    out = [m for m in out if not any(sp.start < m.end and m.start < sp.end for sp in spans)]
    return sorted(out + spans, key=lambda m: m.start)


def group_companies(folded: str, matches: list[Match], rules: dict[str, Any], company: Any = None) -> list[Match]:
    """济宁矿业集团海纳科技机电股份有限公司: a group's subsidiary is registered under a name that starts with the
    group's, so a group name (…集团) written with no break before an unknown company name (…有限公司) is one name;
    so is a known company's short name there (宝钢湛江钢铁有限公司: `company` tells a gazetteer company's entity)."""
    heads, firms = tuple(rules["group_heads"]), tuple(rules["company_suffixes"])
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "INSTITUTION" and prev.end == m.start and \
                not m.entity and (folded[prev.start:prev.end].endswith(heads) or company is not None and company(prev.entity)) \
                and folded[m.start:m.end].endswith(firms):
            out[-1] = Match(prev.start, m.end, "", "INSTITUTION", "", "", {"group": "1"})
            continue
        out.append(m)
    return out


def paired_bodies(folded: str, matches: list[Match], dashes: str) -> list[Match]:
    """山东大学—济宁市国资委高端装备制造研究院: a body two partners co-build is named by the pair joined with a dash
    and its own name; a body + a dash + a body extended by a name body and a suffix is that one body. A
    pairing alone (清华大学—深圳市人民政府) or a body + a dash + a place's institute stays two names."""
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "INSTITUTION" and m.extra.get("base") == "INSTITUTION" and \
                folded[prev.end:m.start].strip() in set(dashes) and prev.end < m.start:
            out[-1] = Match(prev.start, m.end, "", "INSTITUTION", "", "", {"paired": "1"})
            continue
        out.append(m)
    return out


def bank_branches(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """中国工商银行福州分行, 浦發銀行蘭州分行, 蘭州分行: a bank's branch is named by the bank, the place it serves and
    分行 / 支行 with no break, one body; a place + 分行 alone (after its bank is named) is that branch too, and
    the place in it is no place mention (a place inside an institution's name, GUIDELINES-zh 11). A national
    regulator's office in a province or city is named the same way (国家金融监督管理总局广东监管局, 中国证监会深圳监管局,
    国家税务总局广州市税务局): one body, the office. A known bank written right before two to four characters and
    支行 / 分行 (中国银行东海支行, 农业银行高要支行: the county or district short form, which no place reads when it
    is also a common word) is that sub-branch too, unless a conjunction, 的 or a determiner stands between
    (bank_subbranch_tail's exclusions, bank_place_breaks: 中国银行及其支行)."""
    tail = re.compile(rules["bank_branch_tail"])
    banks = tuple(rules["bank_heads"])
    office = re.compile(rules["office_branch_tail"])  # 国家金融监督管理总局广东监管局: a regulator's office
    regulators = tuple(rules["office_heads"])
    sub = re.compile(rules.get("bank_subbranch_tail", "(?!)"))  # 工商银行广州番禺支行: the district's sub-branch
    ward = re.compile(rules.get("hospital_branch_tail", "(?!)"))  # 某医院某区第二分院: a hospital's branch
    hospitals = tuple(rules.get("hospital_branch_heads", ()))
    out: list[Match] = []
    skip_to = -1
    starts = {m.start for m in matches}  # a place read right after the bank: the rules below name its branch
    for m in glued_bank_heads(folded, matches, rules):  # 建行上海某某支行: the short name opens the branch's
        if m.start < skip_to:
            continue  # 番禺支行 inside 工商银行广州番禺支行: part of the sub-branch's name
        prev = out[-1] if out else None
        after = prev is not None and prev.label == "INSTITUTION" and prev.end == m.start
        o = office.match(folded, m.end) if m.label == "PLACE" and after and \
            folded[prev.start:prev.end].endswith(regulators) else None  # type: ignore[union-attr]
        if o is None and after and m.label == "INSTITUTION" and folded[prev.start:prev.end].endswith(  # type: ignore[union-attr]
                regulators) and re.fullmatch("[一-鿿]{2,8}?" + office.pattern, folded[m.start:m.end]):
            o = office.search(folded, m.start, m.end)  # 广州市税务局, read as a city department first
        if o is not None and prev is not None:
            out[-1] = Match(prev.start, o.end(), "", "INSTITUTION", "", "", {"branch": "1"})
            continue
        w = ward.match(folded, m.end) if folded[m.start:m.end].endswith(hospitals) else None
        if w is not None:  # 某市第一人民医院吴兴第二分院, 某县人民医院中和分院: the hospital's branch there, one body
            out.append(Match(m.start, w.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
            skip_to = w.end()
            continue
        s2 = sub.match(folded, m.end) if m.label == "INSTITUTION" and not m.extra.get("branch") and \
            folded[m.start:m.end].endswith(banks) and m.end not in starts else None  # 中国银行东海支行: no place read
        if s2 is not None and not any(c in rules.get("bank_place_breaks", "") for c in folded[m.end:s2.end()]):
            out.append(Match(m.start, s2.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
            skip_to = s2.end()
            continue
        t = tail.match(folded, m.end) if m.label == "PLACE" else None
        if t is None and m.label == "PLACE" and prev is not None and after and folded[prev.start:prev.end].endswith(banks):
            t = sub.match(folded, m.end)  # 工商银行广州番禺支行: bank + city + district + 支行, one body
            skip_to = t.end() if t else -1
        if t is None:
            out.append(m)
            continue
        if prev is not None and after and folded[prev.start:prev.end].endswith(banks):
            out[-1] = Match(prev.start, t.end(), "", "INSTITUTION", "", "", {"branch": "1"})
        else:
            out.append(Match(m.start, t.end(), "", "INSTITUTION", "", "", {"branch": "1"}))
    return out


def parent_units(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """中国科学院广州生物医药与健康研究院, 山东大学机械工程学院: an academy's institute or a university's school is
    registered under its parent's name written first with no break, so a known academy or university right
    before an unknown unit name (a place or body + 研究院, 研究所, 学院 …) is one name, the unit's (the parent known
    to the gazetteer or named by a place + 大学, as 四川大学)."""
    parents, units = tuple(rules["unit_parents"]), tuple(rules["unit_heads"])
    facilities = tuple(rules["facility_heads"])
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        name = folded[m.start:m.end]
        if prev is not None and prev.label == "INSTITUTION" and prev.end == m.start and not m.entity and folded[prev.start:prev.end].endswith(parents) and \
                (m.label == "INSTITUTION" and name.endswith(units) or m.label == "PLACE" and name.endswith(facilities)):
            # 中山大学附属第一医院: a university's hospital is a facility (a place) until it acts, as any hospital
            out[-1] = Match(prev.start, m.end, "", m.label, "", "", {"unit": "1", "suffix": "1"} if m.label == "PLACE"
                            else {"unit": "1"})
            continue
        out.append(m)
    return out


def body_units(folded: str, matches: list[Match], rules: dict[str, Any], stops: tuple[str, ...],
               boundary: set[str], entry_of: Any, posts: tuple[str, ...], known: Any = None) -> list[Match]:
    """中聯辦經濟部貿易處: a known body + its department + its division, written with no break, name the unit (the
    body itself is no mention of its own there, as a place inside a name is none). The chain holds no boundary,
    post title or verb (`stops`); 副 / 常务 after the body start a post (商务部副部长). A unit written before a
    post title (中联办港岛工作部副部长) leaves the body itself as the mention: the post is the unit's, the body named.
    A government's unit that is a known body of its own (香港特區政府律政司, 香港特區政府統計處 = 政府統計處) is that
    body: `known(key)` gives the id a folded name has ('' if none)."""
    unit = re.compile(rules["unit_chain"].replace("CJK", "[^" + re.escape("".join(sorted(boundary & set(rules["unit_breaks"])))) +
                                                  r"\W\d\sA-Za-z]"))
    false_ends, types = set(rules["unit_false_ends"]), set(rules["unit_parent_types"])
    company_units = {t: tuple(ends) for t, ends in rules["unit_ends_by_type"].items()}
    kind_firsts = tuple(rules["unit_kind_firsts"])
    out: list[Match] = []
    skip_to = -1
    for m in matches:
        if m.start < skip_to:
            continue
        entry = entry_of(m.entity[3:]) if m.label == "INSTITUTION" and m.entity.startswith("id:") else None
        u = unit.match(folded, m.end) if entry is not None and entry.type in types else None
        if u and entry is not None and entry.type in company_units and (
                not folded.endswith(company_units[entry.type], m.end, u.end()) or folded.startswith(kind_firsts, m.end)):
            u = None  # 某集团深圳总部, 港铁附属公司: a company's unit is a company or a centre (东航广东分公司), not a kind
        if u and not any(folded.startswith(v, k) for k in range(m.end, u.end()) for v in stops) and \
                folded[u.end() - 1:u.end() + 1] not in false_ends and \
                not folded.startswith(posts, u.end()):  # 国务院决策部署: 部署 is a word; before a post the body stays
            name = folded[m.end:u.end()]
            eid = "" if known is None or entry is None or entry.type not in rules["unit_own_bodies"] else \
                known(name) or known(rules["unit_own_bodies"][entry.type] + name)
            out.append(Match(m.end, u.end(), f"id:{eid}", "INSTITUTION", name) if eid else
                       Match(m.start, u.end(), "", "INSTITUTION", "", "", {"unit": "1"}))
            skip_to = u.end()
            continue
        out.append(m)
    return out
