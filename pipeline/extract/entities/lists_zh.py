"""Folded Chinese text + the names found in it → unknown names listed beside known places (長沙、水口、石壁和貝澳).

Chinese coordinates like with like: the items of a list joined by 、 (or ╱ /, and 和 及 与 或) are
of one kind. Where most items of a list are known places, the short unknown items between them are
places too (villages and small areas no gazetteer holds). Rules are data (pipeline/data/entities_zh.json,
"place_lists"):
- an item is a run of Chinese characters between boundaries (punctuation, 的, 至, 等 …), or a known
  name; a list is two or more items, each joined to the next by exactly one separator character;
- a list qualifies when at least `min_known` of its items are known places and known places are at
  least as many as the unknown items; 和 / 及 / 与 / 或 join only its last item (A、B和C);
- a known place and an unknown name joined by a slash are one site under two names (蓮塘/香園圍);
- every unknown item must look like a name: `min_len`..`max_len` characters, no numeral at its start,
  not a generic word (`not_names`: 海外, 其他地區 …) nor ending in a kind word (`kind_ends`: 城市, 地区 …) nor
  opening with a word of 'elsewhere' (`not_name_starts`: 海外美食 'overseas food');
  one unknown item that does not (or an institution in the list) means the list is not of places;
- a list closed by 等 + a kind of place (千湖山、碧沽天池、白马雪山等景点景区) or by 一帶 (打鼓嶺和塘坑一帶, an area
  phrase: the area around its items) is a list of places whatever
  its items: the kind says what they are (`kind_after`); its items may be longer (`kind_max_len`) and
  the first may follow a verb (有序推进千湖山); so is a list that a kind of place and 包括 open
  (觀塘上坡地區,包括彩雲、順利、順安及馬游塘: `kind_before`), and a pair A及B that the kind closes.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs, written_in
from pipeline.extract.entities.word_bounds_zh import frequent_words

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_RUNS_ON = re.compile(r"[0-9]+[区号]")  # a zone's or a plot's number the name goes on with (规划11区, 某某1号地块)


def listed_places(folded: str, start: int, end: int, known: list[tuple[int, int, str]], boundary: set[str],
                  verbs: list[str], rules: dict[str, Any], lead: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of unknown list items that are places, in folded[start:end]; `known` holds
    (start, end, label) of the names already found there; `lead` the clause-opening verbs (新增, 支持) that may
    open the first item (新增仙桃、潜江、宜都: the first item is 仙桃)."""
    seps, conj = set(rules["separators"]), set(rules["conjunctions"])
    lead = lead | frozenset(rules.get("clause_openers", ()))  # 虽然甲、乙和丙3个镇街: a conjunction opens the clause
    area_links, area_end = set(rules.get("area_links", "")), str(rules.get("area_end", ""))
    counts = set(rules["right_ok"])  # a run of the last item stops at its count: 竹園|三個寮屋區
    units = str(rules.get("count_units", ""))  # …but not at a numeral inside a name (坡头三角湾: 三 + 角, no count)
    by_start = {s: (e, lab) for s, e, lab in known}
    wide = tuple(rules.get("wide_conjunctions", ()))  # 以及: two characters joining the last item
    kind_after = re.compile(rules["kind_after"]) if rules.get("kind_after") else None
    kind_before = re.compile(rules["kind_before"]) if rules.get("kind_before") else None
    # tokens: (start, end, kind) with kind 'PLACE' / 'INSTITUTION' / '' (unknown run) / 'sep' / 'x'
    tokens: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        if i in by_start:
            e, lab = by_start[i]
            tokens.append((i, e, lab))
            i = e
        elif _CJK.match(folded[i]) and folded[i] not in boundary and not folded.startswith(wide, i):
            j = i
            while j < end and j not in by_start and _CJK.match(folded[j]) and folded[j] not in boundary and \
                    not (j > i and folded[j] in counts and _count_at(folded, j, counts, units, kind_after)) and \
                    not folded.startswith(wide, j):
                j += 1
            tokens.append((i, j, ""))
            i = j
        else:
            w = next((c for c in wide if folded.startswith(c, i)), "")
            if w:
                tokens.append((i, i + len(w), "sep"))
                i += len(w)
                continue
            tokens.append((i, i + 1, "sep" if folded[i] in seps or folded[i] in conj or folded[i] in area_links else "x"))
            i += 1
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        chain: list[tuple[int, int, str]] = [tokens[k]]
        links: list[str] = []
        while k + 2 < len(tokens) and tokens[k][2] not in ("sep", "x") and tokens[k + 1][2] == "sep" and \
                tokens[k + 2][2] not in ("sep", "x"):
            link = folded[tokens[k + 1][0]:tokens[k + 1][1]][-1]
            if link in area_links and not (area_end and folded.startswith(area_end, tokens[k + 2][1]) and
                                           (links or tokens[k][2] == "PLACE")):
                break  # 至 joins the last item of an area phrase (順風圍、亦園至圓頭山一帶) only
            if link in conj and not links and not (kind_after and kind_after.match(folded, tokens[k + 2][1])) and \
                    not (area_end and folded.startswith(area_end, tokens[k + 2][1])):
                break  # 和 / 及 joins only the last item of a list (A、B和C): 園區要與X、Y is no list (坪輋及皇后山等地區 is)
            if link in conj and links and k + 4 < len(tokens) and tokens[k + 3][2] == "sep" and \
                    folded[tokens[k + 3][0]] in seps and tokens[k + 4][2] not in ("sep", "x"):
                break  # A、B及C、D等N个古村落: 及 opens a second list (C、D), no last item of the first
            links.append(link)
            chain.append(tokens[k + 2])
            k += 2
            if link in conj:
                break
        k += 1
        kinded = kind_after is not None and bool(kind_after.match(folded, chain[-1][1])) or \
            _framed(folded, chain[0], kind_before) or any(link in area_links for link in links) or \
            bool(area_end) and len(chain) > 1 and folded.startswith(area_end, chain[-1][1]) and \
            not set(links) & set(rules["slashes"])  # …至…一帶; 打鼓嶺和塘坑一帶 (沙田╱X一帶: one site, _qualified)
        headed = not kinded and _headed(folded, chain, tuple(rules.get("settlement_heads", ())), rules)  # 某古村、某社区与某围
        if headed and chain[0][2] == "":  # 串联某某社区: a clause verb opens the first item
            cut = clause_end(folded[chain[0][0]:chain[0][1]], clause_verbs("zh_clause_verbs.json"))
            chain[0] = (chain[0][0] + cut, chain[0][1], "")
        kinded = kinded or headed
        n = _counted(folded, chain[-1][1], kind_after)
        if kinded and 2 <= n < len(chain):  # 广佛同城化、广佛肇、深莞惠、珠中江三大都市圈: the count's last items
            chain, links = chain[-n:], links[-(n - 1):]
        if chain[0][2] == "" and not _left_bounded(folded, chain[0][0], boundary) and \
                not (kinded and folded[chain[0][0] - 1] in conj) and \
                (not kinded or by_start.get(_start_before(tokens, chain[0][0]), ("", ""))[1] == "PLACE"):
            chain, links = chain[1:], links[1:]  # an end item that runs on from another name is no item
            # (珠江口西岸、汕潮揭、湛茂五大都市圈: 西岸 locates the known 珠江口, in a kinded list too); a kinded
            # list opened by 和 / 及 after a name keeps its first item (某水库及甲围、乙等2个古村落: 甲围)
        if len(chain) > 1 and chain[-1][2] == "" and \
                not _right_bounded(folded, chain[-1][1], boundary | counts):
            chain, links = chain[:-1], links[:-1]
        if len(chain) == 1 and kinded and _one_of_counted(folded, chain[0], boundary, seps) and \
                not any(v in folded[chain[0][0]:chain[0][1]] for v in verbs) and \
                not _kind_item(folded[chain[0][0]:chain[0][1]], rules):  # 完成示范点等3个村, 省级示范村等5个村: no name
            out += _kinded(chain, folded, rules)  # 某某楼下等3条村: the one item named of a counted kind
            continue
        if len(chain) < 2 or chain[0][2] in ("sep", "x"):
            continue
        s0, e0, kind0 = chain[0]
        inside = _framed_inside(folded, chain[0], kind_before) if kind0 == "" and kinded else -1
        framed = inside > s0 or kind0 == "" and kinded and _framed(folded, chain[0], kind_before)
        if inside > s0:  # 主要景点有甲、乙: the kind and its verb open the first run
            chain[0] = (inside, e0, kind0)
            if any(t[2] == "" and folded[t[0]:t[1]] in frequent_words() for t in chain):
                continue  # 景点有瀑布、古树、祠堂: kinds of sight, no names
        elif kind0 == "" and kinded:  # 有序推进千湖山、…等景区: the first item follows the clause's last verb
            cut = max((folded.rfind(v, s0, e0) + len(v) - s0 for v in verbs if folded.rfind(v, s0, e0) >= 0),
                      default=0)
            # 到達烏龍大峽谷: a verb whose first character is a boundary (到) ends inside the item
            cut = max([cut] + [len(v) - j for v in verbs for j in range(1, len(v)) if folded.startswith(v, s0 - j)])
            while n := next((n for n in (4, 3, 2) if folded[s0 + cut:s0 + cut + n] in lead and s0 + cut + n + 1 < e0), 0):
                cut += n  # 今年新增乳源、新丰两县: clause words (a time word, a verb) open the first item
            chain[0] = (s0 + cut, e0, kind0)
        elif kind0 == "":  # 涵蓋水口、長沙: the run before the first separator may open with a verb
            cut = max((len(v) for v in verbs if folded.startswith(v, s0) and s0 + len(v) < e0), default=0)
            cut = max(cut, next((n for n in (4, 3, 2) if folded[s0:s0 + n] in lead and s0 + n + 1 < e0), 0))
            chain[0] = (s0 + cut, e0, kind0)
        if framed:
            chain = _no_sight_kinds(folded, chain, rules)  # 景点有观光栈道、玻璃桥等设施: facilities, no names
        out += _kinded(chain, folded, rules) if kinded else _qualified(chain, links, folded, rules)
    return out


def _qualified(chain: list[tuple[int, int, str]], links: list[str], folded: str,
               rules: dict[str, Any]) -> list[tuple[int, int]]:
    known = [t for t in chain if t[2] == "PLACE"]
    unknown = [t for t in chain if t[2] == ""]
    if len(known) + len(unknown) < len(chain) or not unknown:
        return []  # an institution among the items: not a list of places
    if not all(_name_like(folded[s:e], rules) for s, e, _ in unknown):
        return []
    # 蓮塘/香園圍(口岸) 與 福田/落馬洲口岸: an unknown and a known name joined by a slash are one site
    pairs = [n for n, link in enumerate(links) if link in rules["slashes"] and
             {chain[n][2], chain[n + 1][2]} == {"", "PLACE"}]
    paired = {i for n in pairs for i in (n, n + 1)}
    if pairs and all(i in paired for i, t in enumerate(chain) if t[2] == ""):
        return [(chain[n][0], chain[n + 1][1]) for n in pairs]
    if len(known) < int(rules["min_known"]) or len(known) < len(unknown):
        return []
    return [(s, e) for s, e, _ in unknown]


def _kinded(chain: list[tuple[int, int, str]], folded: str, rules: dict[str, Any]) -> list[tuple[int, int]]:
    """Unknown items of a list that 等 + a kind of place closes (阿布吉、南姐洛等景区): places, if all look like names."""
    unknown = [t for t in chain if t[2] == ""]
    verbs = clause_verbs("zh_clause_verbs.json")  # 修缮、加固等3座水闸: what is done to the sites, no names
    if any(t[2] not in ("", "PLACE") for t in chain) or not all(folded[s:e] not in verbs and
            _name_like(folded[s:e], rules, int(rules["kind_max_len"]), rules["kind_numeral_start"]) for s, e, _ in unknown):
        return []
    return [(s, e) for s, e, _ in unknown]


def _counted(folded: str, e: int, kind_after: re.Pattern[str] | None) -> int:
    """The count a closing kind states (三大都市圈: 3, 四个省级试点中心镇: 4), or 0."""
    m = kind_after.match(folded, e) if kind_after is not None else None
    c = re.match(r"[0-9]+|[二两三四五六七八九十]", m.group()) if m else None
    return 0 if c is None else int(c.group()) if c.group().isdigit() else "一二三四五六七八九十".find(
        c.group().replace("两", "二")) + 1


def _headed(folded: str, chain: list[tuple[int, int, str]], heads: tuple[str, ...], rules: dict[str, Any]) -> bool:
    """Whether most items of a list of three or more, two at least, end in a settlement's head (某某古村、某某社区、
    红色某屯与某家围): Chinese coordinates like with like, so the list is one of places and its other items are places
    too, as a kind after the list would say. An item that is a kind of settlement (文明村, 卫生村: `_kind_item`) is
    no named one and does not count."""
    if not heads or len(chain) < 3:
        return False
    verbs = clause_verbs("zh_clause_verbs.json")  # 新创建文明村: the item after the clause's verb is the kind
    n = sum(1 for s, e, kind in chain if kind in ("", "PLACE") and folded[s:e].endswith(heads) and
            not _kind_item(folded[s + (clause_end(folded[s:e], verbs) if kind == "" else 0):e], rules))
    return n >= 2 and 2 * n > len(chain)


def _kind_item(item: str, rules: dict[str, Any]) -> bool:
    """Whether an item is a kind or an honour of settlement, no name: its body before a settlement's head
    (`kind_item_heads`) is written only in words of grade, designation or honour (`kind_item_words`: 文明村,
    卫生村, 省级示范村, 特色精品村). A village is named by its own words (石榴社区, 东岭古村)."""
    words = frozenset(rules.get("kind_item_words", ()))
    head = next((h for h in sorted(rules.get("kind_item_heads", ()), key=len, reverse=True) if item.endswith(h)), "")
    body = item[:len(item) - len(head)]
    if not head or not body or not words:
        return False
    return written_in(body, words)


def _one_of_counted(folded: str, item: tuple[int, int, str], boundary: set[str], seps: set[str]) -> bool:
    """Whether an unknown run alone, opening its clause, is closed by 等 + a count of two or more (某某等3条村: the text
    names one of the three villages, the item is a place as every item of a longer list would be)."""
    s, e, kind = item
    return kind == "" and (s == 0 or folded[s - 1] in boundary and folded[s - 1] not in seps and
                           not _CJK.match(folded[s - 1])) and _COUNTED_ONE.match(folded, e) is not None


_COUNTED_ONE = re.compile(r"等(?:[2-9]|[1-9][0-9]+|[两三四五六七八九十])[个座处条]")


def _count_at(folded: str, j: int, counts: set[str], units: str, kind_after: re.Pattern[str] | None) -> bool:
    """Whether the numerals at j are a count (三個, 3座, 两大, 两县): a unit or a classifier follows them, or a counted
    kind of place closes the list there (kind_after: 乳源、新丰两县); without `units` every numeral is one (the rule
    before session 27)."""
    if not units or kind_after is not None and kind_after.match(folded, j):
        return True
    k = j
    while k < len(folded) and folded[k] in counts:
        k += 1
    return k >= len(folded) or folded[k] in units or not _CJK.match(folded[k])


def _no_sight_kinds(folded: str, chain: list[tuple[int, int, str]],
                    rules: dict[str, Any]) -> list[tuple[int, int, str]]:
    """A framed list (主要景点有甲、乙) without the items that end in a facility or a zone (观光栈道, 游客中心, 核心区:
    rules["sight_kinds"]); none when the list closes on 等设施 / 等配套 or a count of parts (三部分)."""
    close = str(rules.get("sight_kinds_close", ""))
    if close and re.match(close, folded[chain[-1][1]:]):
        return []
    kinds = tuple(rules.get("sight_kinds", ()))
    return [t for t in chain if not (t[2] == "" and folded[t[0]:t[1]].endswith(kinds))] if kinds else chain


def _start_before(tokens: list[tuple[int, int, str]], s: int) -> int:
    """The start of the token that ends at `s` (-1 if none)."""
    return next((t[0] for t in tokens if t[1] == s), -1)


def _framed(folded: str, first: tuple[int, int, str], kind_before: re.Pattern[str] | None) -> bool:
    """Whether a kind of place and 包括 open the list (觀塘上坡地區,包括彩雲、順利…): its first item is an unknown
    run that starts with the verb, right after the kind."""
    s0, e0, kind0 = first
    if kind_before is None or kind0 != "":
        return False
    m = kind_before.search(folded, max(0, s0 - 12), e0)
    return m is not None and m.start() < s0 < m.end() < e0 or _framed_inside(folded, first, kind_before) > s0


def _framed_inside(folded: str, first: tuple[int, int, str], kind_before: re.Pattern[str] | None) -> int:
    """Where the first item starts when the kind and its verb are glued before it in one run (主要景点有甲、乙: the
    run 主要景点有甲 holds 景点有, the item is 甲), else -1."""
    s0, e0, kind0 = first
    if kind_before is None or kind0 != "":
        return -1
    m = kind_before.search(folded, s0, e0)
    return m.end() if m is not None and s0 <= m.start() and m.end() + 1 < e0 else -1


def _left_bounded(folded: str, s: int, boundary: set[str]) -> bool:
    """Whether a run starts after a boundary; a run right after a digit is the unit of a measure (150公頃、古洞北…),
    which runs on from its number, no item of a list."""
    return s == 0 or folded[s - 1] in boundary or not _CJK.match(folded[s - 1]) and not folded[s - 1].isdigit()


def _right_bounded(folded: str, e: int, boundary: set[str]) -> bool:
    """Whether an item ends at e: a boundary or a non-CJK character, but not a number the name runs on with
    (规划11区, 某某1号地块: the item is cut inside its name, no item)."""
    return e >= len(folded) or not _RUNS_ON.match(folded, e) and (folded[e] in boundary or not _CJK.match(folded[e]))


def _name_like(item: str, rules: dict[str, Any], max_len: int = 0, numeral_start: str = "") -> bool:
    return int(rules["min_len"]) <= len(item) <= (max_len or int(rules["max_len"])) and \
        not re.match(numeral_start or rules["numeral_start"], item) and item not in rules["not_names"] and \
        not item.endswith(tuple(rules["kind_ends"])) and not item.startswith(tuple(rules.get("not_name_starts", ())))
