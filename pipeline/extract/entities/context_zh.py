"""Folded Chinese text + name spans → the names only context makes: bare words that name a body in some
positions only (中央), definitions 「X（“Y”）」 that make X and Y one institution, and names that a post
title or a fund's name after them unmakes (發展局局長, 消防處福利基金), short forms that end a longer name,
and old names that a renaming joins to the new one.

Rules are data (pipeline/data/entities_zh.json, "context_bodies"):
- 中央 alone is an adjective in 中央商務區 or 中央廚房, but names the central authorities where a
  list mark, a conjunction or a verb of governing follows it (落實中央、省決策部署; 中央支持香港);
  本會 is the Legislative Council in a LegCo question's formula (政府可否告知本會) and before 議員 (本會議員);
- an institution written out and then abbreviated in brackets (財務委員會（“財委會”）) is one body:
  the full form joins the abbreviation's known entry, or the abbreviation joins the full form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.post_owners_zh import owned_posts, shared_posts
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.works_names_zh import drop_works_places

# a bracketed abbreviation right after a name: （“財委會”）, (財委會), （下稱「財委會」）
_DEFINED = re.compile(r"[”」\"』]?\s*[（(]\s*(?:下称|简称|以下简称)?\s*[“「\"『]?")  # 「X」(「Y」): quoted both
_DEFINED_END = re.compile(r"[”」\"』]?\s*[）)]")
_FORM = re.compile(r"[\u4e00-\u9fff]{3,8}")


def context_bodies(folded: str, start: int, end: int, rules: dict[str, Any],
                   taken: list[tuple[int, int]], locale: str = "") -> list[tuple[int, int, str]]:
    """(start, end, entry id) of every bare word of `rules` whose left and right context make it a body,
    outside the spans already `taken` by longer names (党中央, 中央人民政府); a word's entry may depend on the
    document's locale (中央 acting: the Party Centre in a Mainland text, the Central People's Government in HK)."""
    out = []
    for word, rule in rules.items():
        if word.startswith("_") or locale not in rule.get("locales", (locale,)):
            continue  # 港台: RTHK only in a Hong Kong text
        right = re.compile(rule["right"])
        left = re.compile(rule.get("left", ""))
        level = re.compile(rule.get("right_level", "(?!)"))  # 中央和省市县: the centre as one level of several
        # 本会 in a Hong Kong text that names the Legislative Council: the Council the speech is addressed to
        anywhere = "doc_has" in rule and locale in rule.get("doc_locales", ()) and rule["doc_has"] in folded
        right_not = re.compile(rule.get("right_not", "(?!)"))
        for m in re.finditer(re.escape(word), folded[start:end]):
            s, e = start + m.start(), start + m.end()
            if any(ts < e and s < te for ts, te in taken) or level.match(folded, e):
                continue
            if s > 0 and folded[s - 1] in rule.get("left_not", ""):
                continue
            # 本会议员 ('Members of this Council'): a right context that makes the word a body whatever precedes it
            if right.match(folded, e) and left.search(folded[max(0, s - 8):s]) or \
                    "right_alone" in rule and re.match(rule["right_alone"], folded[e:e + 8]) or \
                    anywhere and not right_not.match(folded, e):
                out.append((s, e, str(rule.get("locale_ids", {}).get(locale, rule["id"]))))
    return out


def join_defined(folded: str, matches: list[Any]) -> list[Any]:
    """財務委員會（“財委會”）: a name and its bracketed short form are one institution in every mention.

    `matches` are `chinese.Match`es; an unknown form takes the known one's entry, and of two unknown
    forms the full one names the entity. A known short form that another body also uses is the defined
    body's here: 創新及科技局（創科局） in a 2017 text is that bureau, not the 創新科技及工業局 (創科局 since 2022)."""
    inst = sorted((m for m in matches if m.label == "INSTITUTION"), key=lambda m: m.start)
    for i, j in definitions(folded, [(m.start, m.end) for m in inst]):
        a, b = inst[i], inst[j]
        if a.entity == b.entity and a.entity.startswith("id:"):
            continue
        known = a.entity.startswith("id:") and b.entity.startswith("id:")
        src, dst = (a, b) if b.entity.startswith("id:") and not known else (b, a)
        surface, taken, span = folded[src.start:src.end], src.entity, f"{src.start}:{src.end}"
        for m in matches:  # 該委員會 referring to the defined form (demonstrative_bodies) follows it too
            if m.label == "INSTITUTION" and (not m.entity.startswith("id:") or known and m.entity == taken) \
                    and (folded[m.start:m.end] == surface or m.extra.get("canonical_of") == span):
                m.entity = dst.entity or f"name:{folded[dst.start:dst.end]}"
                if not dst.entity.startswith("id:"):
                    m.extra["canonical_of"] = f"{dst.start}:{dst.end}"
    return matches


@lru_cache(maxsize=1)
def _tail_region_ends() -> tuple[str, ...]:
    return tuple(load_json_data("entities_zh.json")["place_names"]["tail_region_ends"])


def join_tails(folded: str, matches: list[Any], shortest: int = 5) -> list[Any]:
    """深港協同創新研究院 after 香港科技大學深港協同創新研究院: an unknown name that ends a longer unknown name
    of the same document and label (its parent body or its region left out: 双城经济圈 beside 成渝地区双城经济圈) is
    that institution or place."""
    names = {(m.label, folded[m.start:m.end]): m for m in matches
             if m.label in ("INSTITUTION", "PLACE") and not m.entity.startswith("id:")}
    for m in matches:
        surface = folded[m.start:m.end]
        if (m.label, surface) not in names or len(surface) < shortest or "canonical_of" in m.extra:
            continue  # a defined or registered form already names its body
        longer = [n for label, n in names if label == m.label and n != surface and n.endswith(surface) and
                  (label == "INSTITUTION" or n[:len(n) - len(surface)].endswith(_tail_region_ends()))]
        if longer:  # a place's tail only below a region (成渝地区|双城经济圈), not below a clause (这标志着|某片区)
            full = names[(m.label, max(longer, key=len))]
            m.entity, m.extra["canonical_of"] = f"name:{folded[full.start:full.end]}", f"{full.start}:{full.end}"
    return matches


def quoted_designations(folded: str, matches: list[Any], rules: dict[str, Any]) -> list[Any]:
    """成立「一带一路」督导委员会: an unknown body whose name starts right after a closed quote takes the quoted
    designation into its name (rules: quoted_designation)."""
    q = rules["quoted_designation"]
    for m in matches:
        if m.label != "INSTITUTION" or m.entity.startswith("id:") or m.start == 0 or folded[m.start - 1] not in q["close"]:
            continue
        close = q["close"].index(folded[m.start - 1])
        opened = folded.rfind(q["open"][close], max(0, m.start - 2 - int(q["max_len"])), m.start - 1)
        inner = folded[opened + 1:m.start - 1] if opened >= 0 else ""
        if inner and re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z·]+", inner):
            m.start = opened
    return matches


def join_known_tails(folded: str, matches: list[Any], shortest: int = 5) -> list[Any]:
    """財務委員會 after 立法會財務委員會: an unknown name that ends a known body's name written in the same document
    (its parent left out) is that body, and so is every form defined or pointed to from it (「委員會」, 該委員會)."""
    known = {folded[m.start:m.end]: m.entity for m in matches if m.label == "INSTITUTION" and m.entity.startswith("id:")}
    moved: dict[str, str] = {}
    for m in matches:
        surface = folded[m.start:m.end]
        if m.label != "INSTITUTION" or m.entity.startswith("id:") or len(surface) < shortest:
            continue
        longer = sorted((k for k in known if k != surface and k.endswith(surface)), key=lambda k: (-len(k), k))
        if longer:
            m.entity = known[longer[0]]
            moved[f"{m.start}:{m.end}"] = m.entity
    for _ in range(2):  # a defined form (「委員會」) and a demonstrative after it (該委員會) point along a chain
        for m in matches:
            target = m.extra.get("canonical_of", "")
            if m.label == "INSTITUTION" and not m.entity.startswith("id:") and target in moved:
                m.entity = moved[target]
                moved[f"{m.start}:{m.end}"] = m.entity
    return matches


def defined_forms(folded: str, matches: list[Any]) -> list[Any]:
    """吉林省投资集团有限公司（以下简称“省投资集团”）, 长春理工大学（以下简称“长春理工”）: a short form a document
    defines for a body (at least three characters, taken from the name in order) names that body wherever the
    text writes it after the definition; a place inside it (长春) is no mention."""
    taken = [(m.start, m.end) for m in matches if m.label == "INSTITUTION"]
    added: list[Any] = []
    for m in sorted((m for m in matches if m.label == "INSTITUTION"), key=lambda m: m.start):
        d = _DEFINED.match(folded, m.end)
        form = _FORM.match(folded, d.end()) if d and d.group().strip() else None
        if form is None or not _DEFINED_END.match(folded, form.end()) or any(s == form.start() for s, _ in taken):
            continue
        name, short = iter(folded[m.start:m.end]), form.group()
        if not all(ch in name for ch in short):  # each character found in order: a short form of this name
            continue
        for occ in re.finditer(re.escape(short), folded[form.start():]):
            s, e = form.start() + occ.start(), form.start() + occ.end()
            if not any(ts < e and s < te for ts, te in taken):
                added.append(Match(s, e, "", "INSTITUTION", ""))
    if not added:
        return matches
    kept = [m for m in matches if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


def demonstrative_bodies(folded: str, matches: list[Any], rules: dict[str, Any]) -> list[Any]:
    """與國家食品藥品監督管理總局局長…及該局其他官員會面: 该 + a body's head word (该局, 该署, 该委员会) is the
    nearest body before it with that head, even one named only in a post's title."""
    dr = rules["demonstrative_bodies"]
    pattern = re.compile(f"(?:{'|'.join(dr['prefixes'])})(?:{'|'.join(sorted(dr['heads'], key=len, reverse=True))})")
    inst = sorted((m for m in matches if m.label == "INSTITUTION"), key=lambda m: m.start)
    added = []
    for d in pattern.finditer(folded):
        if any(m.start <= d.start() < m.end for m in inst):
            continue
        head = d.group()[1:]
        target = next((m for m in reversed(inst) if m.end <= d.start() and folded[m.start:m.end].endswith(head)), None)
        if target is not None:
            extra = {k: v for k, v in target.extra.items() if k == "canonical_name"}
            if not target.entity:
                extra["canonical_of"] = f"{target.start}:{target.end}"
            added.append(Match(d.start(), d.end(), target.entity, "INSTITUTION", target.alias, "", extra))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


_ABBREVIATED_HEADS = ("集团", "控股", "公司")


def join_registered(folded: str, matches: list[Any], suffixes: tuple[str, ...]) -> list[Any]:
    """吉林省投资集团 beside 吉林省投资集团有限公司: a company's name without its registered form's suffix
    (有限公司, 股份有限公司) is that company in the same document."""
    names = {folded[m.start:m.end]: m for m in matches if m.label == "INSTITUTION" and not m.entity.startswith("id:")}
    for m in matches:
        surface = folded[m.start:m.end]
        if surface not in names or m.entity.startswith("id:"):
            continue
        full = next((names[surface + suf] for suf in suffixes if surface + suf in names), None) or \
            _abbreviated(surface, names, suffixes)
        if full is not None:
            m.entity, m.extra["canonical_of"] = f"name:{folded[full.start:full.end]}", f"{full.start}:{full.end}"
    return matches


def _abbreviated(surface: str, names: dict[str, Any], suffixes: tuple[str, ...]) -> Any:
    """广汽集团 beside 广州汽车集团股份有限公司: a short name made of characters of the full name's words, in their
    order and from its first, + the head word the full name has before its legal form (集团, 公司) is that company;
    only where one full name of the document fits."""
    head = next((h for h in _ABBREVIATED_HEADS if surface.endswith(h) and len(surface) - len(h) >= 2), "")
    if not head:
        return None
    short = surface[:-len(head)]
    fits = []
    for name, m in names.items():
        stem = next((name[:-len(suf)] for suf in suffixes if name.endswith(suf) and len(name) > len(suf)), "")
        if stem.endswith(head) and len(stem) - len(head) > len(short) and stem[0] == short[0] and \
                _subsequence(short, stem[:-len(head)]):
            fits.append(m)
    return fits[0] if len(fits) == 1 else None


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def registered_known(folded: str, matches: list[Any], rules: dict[str, Any], is_company: Any) -> list[Any]:
    """華為技術有限公司, 比亞迪集團 beside 華為, 比亞迪: a known company's short name + a generic business word and its
    legal form is that company (rules: registered_of_known); another word between them names another company."""
    own = rules["registered_of_known"]
    tail = re.compile("(?:%s)?(?:%s)" % ("|".join(own["descriptors"]), "|".join(own["suffixes"])))
    known = sorted({folded[m.start:m.end]: m.entity for m in matches if m.label == "INSTITUTION" and
                    m.entity.startswith("id:") and is_company(m.entity[3:])}.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    for m in matches:
        surface = folded[m.start:m.end]
        if m.label != "INSTITUTION" or m.entity.startswith("id:"):
            continue
        eid = next((e for k, e in known if surface.startswith(k) and tail.fullmatch(surface, len(k))), "")
        if eid:
            m.entity = eid
    return matches


def definitions(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (i, j) of indexes into `spans` (sorted by start) where span j is the bracketed short form
    defined right after span i."""
    out = []
    for i, (s, e) in enumerate(spans):
        if i + 1 >= len(spans):
            break
        m = _DEFINED.match(folded, e)
        s2, e2 = spans[i + 1]
        if m and m.end() == s2 and _DEFINED_END.match(folded, e2):
            out.append((i, i + 1))
    return out


# a place glued into an item of a list of projects (a place opening a project's name is in it: DECISIONS 21): the
# item runs to 、 or 等, the list ends in 等…项目 / 工程
_PROJECT_ITEM = re.compile(r"([^、，。；,;！？!?“”「」\n等]{1,20}(?:、[^、，。；,;！？!?“”「」\n等]{1,24})*)等[^，。；,;！？!?等\n]{0,6}?(?:项目|工程)")
_ITEM_ENDS = "、，,；;。：:等和及与（()“”「」 \n"


def drop_project_items(folded: str, rules: dict[str, Any], matches: list[Any]) -> list[Any]:
    """比亞迪半導體、京東方第8.6代線等重大項目: a company that names an item of a list of projects is part of a
    project's designation, no mention of its own (DECISIONS 21); a company that acts (投資, 建設 …) stays, and so does
    one that is a whole item (甲電子、乙科技等項目: the project named by its company, local_firms_zh)."""
    tail = re.compile(rules["project_list_tail"])
    verbs = tuple(rules["name_body_verbs"])
    after = re.compile(rules["quoted_names"]["project_after"])
    # “某某研发中心”项目: a quoted project's name holds no body, the company that opens it neither (DECISIONS-zh 21)
    quoted = [(q.start(1), q.end(1)) for q in re.finditer(r"[「“『]([^」”』\n]{2,40})[」”』]", folded)
              if after.match(folded, q.end())]
    out = []
    starts = {m.start for m in matches}  # 广州南沙、深圳前海等项目: a place before another place is no project's
    sites = tuple(rules["company_sites"]["ends"])  # 某集团粤西产业基地等项目: a base named by company + place (company_sites_zh)
    owned = {m.end for m in matches if m.label == "INSTITUTION"} & {m.start for m in matches if m.label == "PLACE"}
    for m in matches:
        glued = m.label == "PLACE" and m.entity and "suffix" not in m.extra and m.end not in starts and \
            folded[m.end:m.end + 1] not in _ITEM_ENDS  # 粤东电力…等项目 (a facility's works: 青蛙工业园二期 stays it)
        t = tail.match(folded, m.end) if m.label == "INSTITUTION" else _PROJECT_ITEM.match(folded, m.end) if glued else None
        whole = m.label == "INSTITUTION" and ("firm" in m.extra or folded[m.end:m.end + 1] in "、等" and (  # 甲电子、乙等项目
            m.start == 0 or folded[m.start - 1] in "、，,。；;：:\n"))
        if t and not whole and not any(v in t.group(1) for v in verbs) and not (
                (m.end if m.label == "INSTITUTION" else m.start) in owned and t.group(1).split("、")[0].endswith(sites)) or \
                m.label == "INSTITUTION" and any(s <= m.start and m.end <= e for s, e in quoted):
            continue
        out.append(m)
    return drop_works_places(folded, rules, out)  # 珠三角水资源配置工程: the region names the project


def with_leading_places(matches: list[Any], starts: set[int]) -> set[int]:
    """`starts` (of places that name something else, not the place) and the starts of the places written right before
    one of them: the city before its district names the same thing (清远市清新区代区长)."""
    for m in sorted(matches, key=lambda m: -m.start):
        if m.label == "PLACE" and m.end in starts:
            starts.add(m.start)
    return starts


def drop_posts(folded: str, rules: dict[str, Any], matches: list[Any]) -> list[Any]:
    """發展局局長, 財政司司長, 浙江省人民政府舟山市市长: a post, not the institution (GUIDELINES-zh);
    全體委員會審議階段: a bill's stage; 世界衞生組織第76屆世界衞生大會: an event; 消防處福利基金: a fund, and the body in its name is no mention;
    民政事務局局長法團: a post incorporated is a body of its own; 四川省第十三届人民代表大会第五次会议: a place before the
    ordinal of a session names the session, an event (DECISIONS 21), no mention; nor is a division before the title of
    its head (陕西省代省长, 肇庆市市长): the post's name (GUIDELINES-zh 13); nor a body whose head's title is
    fused to it (公務員事務局長, 政務司長: post_titles_fused); nor a body before one of its units and that unit's
    head's title (交通运输部运输服务司副司长, 国家铁路集团客运部主任: post_after_unit; not a body joined by 和 / 及 to
    the next body of a list, 县财政局和审计局负责人: both heads, no unit)."""
    titles, corp = tuple(rules["post_titles_after"]), rules["post_corporation"]
    titles += tuple(p + t for p in rules["post_title_prefixes"] for t in titles)  # 公務員事務局前局長: a former head
    fund, head = re.compile(rules["fund_after"]), re.compile(rules["post_after_division"])
    unit_head = re.compile(rules["post_after_unit"])  # 交通运输部运输服务司副司长: the head of the body's unit
    field_head = re.compile(rules["post_after_field"])  # 某铁路公司项目工程技术总管, 某管理局高级系统经理: a manager's post
    stage, event = re.compile(rules["stage_after"]), re.compile(rules["event_after"])
    decree = re.compile(rules["decree_after"])  # 广州市人民政府令第134号: a decree's number
    government_titles = tuple(rules["post_titles_after_government"])
    inside = re.compile(rules["inside_after"])  # 省政府代表团, 国务院联防联控机制: inside a group's or mechanism's name
    post = re.compile(rules["place_post_after"])
    mt = rules["member_titles_after"]
    member, deputy = re.compile(mt["member"]), re.compile(mt["deputy"])
    fused = rules["post_titles_fused"]  # 公務員事務局長: 局 + 長, the head's title written short
    has_corp = corp in folded  # (a post incorporated is rare: the titles are tried only in a text that writes one)
    joins = tuple(rules["department_lists"]["joins"])  # 县财政局和审计局负责人: the list's next body, no unit of this one
    listed = {n.start - len(j) for n in matches if n.label == "INSTITUTION" for j in joins
              if n.start >= len(j) and folded.startswith(j, n.start - len(j))}
    for m in matches:
        title = next((t for t in titles if folded.startswith(t + corp, m.end)), "") if has_corp else ""
        if m.label == "INSTITUTION" and title:
            m.end, m.entity, m.alias = m.end + len(title + corp), "", ""
        if m.label == "INSTITUTION" and not m.entity.startswith("id:") and m.start > 0 and m.end - m.start > 4 and \
                folded[m.start - 1] in fused["heads"] and folded.startswith(fused["title"], m.start):
            m.start += len(fused["title"])  # 財政司長發展…工作組: the fused post, then the group's own name
    pf = rules["place_post_fused"]  # 徐闻县长, 代县长: a division glued to its head's title
    named = {m.start for m in matches if m.label == "PLACE" and (
        event.match(folded, _past_space(folded, m.end)) or post.match(folded, m.end)
        or _fused_title(folded, m.end, pf["ends"], pf))}
    posts = {(m.start, m.end) for m in matches if m.label == "INSTITUTION" and (
        folded.startswith(titles, m.end + (folded[m.end:m.end + 1] in "”」』 ")) or
        # 出任「X委員會」主席: the post (終審法院 前非常任法官: a PDF's line-join space before the title)
        folded.endswith("政府", 0, m.end) and folded.startswith(government_titles, m.end))}
    named |= {a for a, _ in posts}  # 汕头市龙湖区人民政府区长: the city before a post's body is in the post's name too
    named |= owned_posts(folded, matches, rules["post_owners"])  # 某海关关长林某, 某检查站党委书记张某: the post's name
    named = shared_posts(folded, matches, named, {a for a, _ in posts})  # 甲、乙等9市市长; 甲、乙市政协主席
    named = with_leading_places(matches, named)  # 清远市清新区第八届人民代表大会, 清远市清新区代区长: the city too
    return [m for m in matches if not (m.label == "INSTITUTION" and ((m.start, m.end) in posts or
        fund.match(folded, m.end) or head.match(folded, m.end)
        or unit_head.match(folded, m.end) and m.end not in listed or field_head.match(folded, m.end)
        or _fused_title(folded, m.end, fused["heads"], fused)
        or stage.match(folded, m.end) or event.match(folded, m.end) or inside.match(folded, m.end)
        or decree.match(folded, m.end) or _member_title(folded, m, member, deputy, mt)))
        and not (m.label == "PLACE" and m.start in named)]
    # 四川省第十三届人民代表大会第五次会议: an event; 陕西省代省长: a post


def _past_space(folded: str, end: int) -> int:
    """The first position at or after `end` that is no whitespace: a session line broken after the division's name
    (在清远市清新区太平镇\n第十七届人民代表大会第二次会议上) names the session all the same."""
    while end < len(folded) and folded[end] in " \t\r\n\u3000":
        end += 1
    return end


def _fused_title(folded: str, end: int, ends: str, fused: dict[str, str]) -> bool:
    """徐闻县长, 代县长: a name ending in one of `ends` (a division's level, a body's head), then the title (长; not
    长期, 长远), is its head's title."""
    return end > 0 and folded[end - 1] in ends and folded.startswith(fused["title"], end) and \
        (folded[end + 1:end + 2] or "。") not in fused["not_before"]


def _member_title(folded: str, m: Any, member: re.Pattern[str], deputy: re.Pattern[str], mt: dict[str, Any]) -> bool:
    """全国政协委员, 立法會議員, 全国人大代表: a member's title after its body names the person's office, no mention of
    the body (as 發展局局長 names a post); 代表 only after a congress (政府代表香港 is the government acting), 议员
    only after a council (民建聯議員 are the party's legislators: the party is their affiliation, a mention)."""
    surface = folded[m.start:m.end]
    if surface in mt["kept"]:
        return False  # 本會議員: the formula of a LegCo speech addresses the Council itself (context_bodies)
    congress = surface.endswith(tuple(mt["congresses"]))  # 全国人大广东省代表团: a delegation's name holds the congress
    return bool(member.match(folded, m.end) or congress and (deputy.match(folded, m.end) or
                                                            re.match(mt["delegation"], folded[m.end:m.end + 12]))
                or surface.endswith(tuple(mt["councils"])) and re.match(mt["councillor"], folded[m.end:m.end + 6]))


_OPEN_QUOTES = " \u3000“「『\""


def join_renamed(folded: str, rules: dict[str, Any], matches: list[Any]) -> list[Any]:
    """海南醫學院更名為海南醫科大學, 擴大創新及科技局為創新科技及工業局: the old name's mentions join the new name's
    entity (DECISIONS 26)."""
    pattern = re.compile(rules["renamed_as"])
    place_renamed = re.compile(rules["renamed_place_as"])  # 甲经济技术开发区更名为乙经济技术开发区: one place
    verb, between = re.compile(rules["renamed_by_verb"]["before"]), re.compile(rules["renamed_by_verb"]["between"])
    former = re.compile(rules["predecessor_of"])  # 都大的前身---公開大學: the old name after the new one
    owned = tuple(rules.get("renamed_not_before", ()))
    pair_joins = tuple(rules.get("renamed_not_after", ()))
    moves: dict[str, Any] = {}
    for a, b in pairwise(matches):
        gap = folded[a.end:b.start]
        k = len(folded[:a.start].rstrip(_OPEN_QUOTES))  # 重組 “甲委員會 ”，成為 “乙委員會 ”: the verb before the quote
        if folded.startswith(owned, b.end):
            continue  # 某局改组为市政府工作部门: the government owns the kind named after it, no new name
        if folded[:a.start].rstrip(_OPEN_QUOTES).endswith(pair_joins):
            continue  # 甲航空与乙航空重组为丙集团: two bodies merged into a third, the second no old name of it
        if a.label == b.label == "INSTITUTION" and (pattern.match(gap) or  # 扩大创新及科技局为创新科技及工业局
                                                    between.match(gap) and verb.search(folded, max(0, k - 2), k)):
            moves[a.entity or folded[a.start:a.end]] = b
        elif a.label == b.label == "PLACE" and place_renamed.match(gap):
            moves[a.entity or folded[a.start:a.end]] = b
        elif a.label == b.label == "INSTITUTION" and former.match(gap):
            moves[b.entity or folded[b.start:b.end]] = a
    for m in matches:
        target = moves.get(m.entity or folded[m.start:m.end])
        if target is not None and target is not m:
            m.entity = target.entity or f"name:{folded[target.start:target.end]}"
            if "canonical_name" in target.extra:  # 市发改委 read as 广州市发展和改革委员会: the old name takes that name
                m.extra["canonical_name"] = target.extra["canonical_name"]
            else:
                m.extra["canonical_of"] = f"{target.start}:{target.end}"
    return matches


def drop_works_items(folded: str, rules: dict[str, Any], matches: list[Any]) -> list[Any]:
    """811CL屯門中公營房屋發展之工地平整…工程: a Public Works Programme item number opens a works project's title,
    and the places in the title are no mentions (DECISIONS 21), up to the end of its line or clause; 總工程師(交通
    工程)(新界西): a place in brackets after a post's title or another bracket names the post's area, part of the post."""
    code, post = re.compile(rules["works_item_code"]), re.compile(rules["post_bracket_before"])
    starts = [m.end() + (folded[m.end():m.end() + 1] == "\n") for m in code.finditer(folded)]  # 67JA\n將軍澳…
    titles = [(s, _clause_end(folded, s)) for s in starts]
    return [m for m in matches if not (m.label == "PLACE" and (
        any(s <= m.start and m.end <= e for s, e in titles) or
        m.start > 0 and folded[m.start - 1] in "(（" and folded[m.end:m.end + 1] in ")）" and
        post.search(folded, max(0, m.start - 5), m.start - 1)))]


def _clause_end(folded: str, i: int) -> int:
    """Where the line or clause that runs on from `i` ends (a title's end)."""
    return min((j for c in "\n，。；;," if (j := folded.find(c, i)) >= 0), default=len(folded))


_PLACE_DEFINED = re.compile(r"[（(]\s*(?:以下简称|以下称|下称|简称)\s*[“「\"『]?([\u4e00-\u9fff]{2,12})[”」\"』]?\s*[）)]")


def defined_places(folded: str, matches: list[Any]) -> list[Any]:
    """珠江口西岸都市圈（以下简称珠西都市圈）: a short form a document defines for a place names that place wherever
    the text writes it from the definition on (one place, its canonical name the full one); the words of the
    definition (以下简称) are no part of a name."""
    added: list[Any] = []
    for m in sorted((m for m in matches if m.label == "PLACE"), key=lambda m: m.start):
        d = _PLACE_DEFINED.match(folded, m.end)
        if d is None:
            continue
        short, name = d.group(1), iter(folded[m.start:m.end])
        if not all(ch in name for ch in short):
            continue  # 肇庆市(以下称珠三角九市): a name for the whole list, no short form of the last item
        for occ in re.finditer(re.escape(short), folded[d.start(1):]):
            s, e = d.start(1) + occ.start(), d.start(1) + occ.end()
            extra = {} if m.entity else {"canonical_of": f"{m.start}:{m.end}"}
            added.append(Match(s, e, m.entity, "PLACE", m.alias, "", extra))
    if not added:
        return matches
    spans = [(a.start, a.end) for a in added]
    defs = [(m.end, d.end()) for m in matches if m.label == "PLACE" and (d := _PLACE_DEFINED.match(folded, m.end))]
    kept = [m for m in matches if not any(a < m.end and m.start < b for a, b in spans + defs)]
    return sorted(kept + added, key=lambda m: m.start)
