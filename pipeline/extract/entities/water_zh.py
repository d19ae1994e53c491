"""Folded Chinese text + the names found in it → rivers and lakes named in a clause about water (淮河、巢湖水质).

Rivers and lakes are places (淮河, 巢湖, 岷江), but their names are often also towns or ordinary words (沙河,
清河, 平湖), so a name counts only in a clause that speaks of water: one holding a context word of
entities_zh.json "water_names"/"context" (流域, 水质, 航运, 治理 …). Two sources of names:
- the generated list pipeline/data/zh_waters.json (jieba's place names ending in 江/河/湖,
  scripts/build_zh_waters.py), less the generic words of "not_names" (内河, 江河, 大湖 …);
- an unknown item of a list of waters: in such a clause, 1..`max_body` characters + 江/河/湖 written right
  after a list mark or a comma (、嘉陵江提效) where the clause names at least `min_listed` other rivers or
  lakes, as Chinese coordinates like with like.
Two names with a water suffix paired by 从…到 (从鉴江到九洲江, "pair_pattern") are waters in any clause, unless
one is a known name of another kind (从湛江到…: a city).
Names already found (a city 湛江, a known river 长江) keep their spans; a new name never crosses one. A name
that starts a project's or facility's name (南渡江引水, X湖水库, 昌江航道提升工程: "designation_after" right after it
or ending the stretch up to the next boundary) is no place by itself.
Mountains are read the same way with the rules of "mountain_names" (names_key "mountains": 天山, 仙女山), in a
clause about scenery or tourism (风光, 景区, 户外, 目的地 …).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.clause_verbs_zh import clause_end, clause_verbs
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.tributaries_zh import longer_rivers, tributaries

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=2)
def water_names(key: str = "names") -> frozenset[str]:
    """The generated names of one kind: "names" (rivers and lakes) or "mountains"."""
    return frozenset(load_json_data("zh_waters.json")[key])


@lru_cache(maxsize=4)
def _name_lengths(key: str, not_names: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The names of `key` less `not_names`, and by first character the lengths its names have, longest first (a
    clause is read at each character: only the lengths a name starting there has are tried, built once)."""
    names = water_names(key) - set(not_names)
    lengths: dict[str, set[int]] = {}
    for n in names:
        lengths.setdefault(n[:1], set()).add(len(n))
    return names, {c: tuple(sorted(ns, reverse=True)) for c, ns in lengths.items()}


def _clauses(folded: str, start: int, end: int, ends: str) -> list[tuple[int, int]]:
    out, s = [], start
    for i in range(start, end):
        if folded[i] in ends:
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _designation(folded: str, e: int, end: int, boundary: set[str], words: list[str]) -> bool:
    """The name starts a project's or a facility's name: a designation word follows it right away or ends the
    stretch up to the next boundary (昌江航道提升工程, 赣江新干枢纽至南昌二级航道建设工程; 至 joins the name)."""
    j = e
    while j < end and (folded[j] not in boundary or folded[j] == "至"):
        j += 1
    return folded.startswith(tuple(words), e) or folded[e:j].endswith(tuple(words))


def _paired(clause: str, cs: int, spans: list[tuple[int, int, bool]], rules: dict[str, Any]) -> list[tuple[int, int]]:
    """Both ends of a span "from one river to another" (从鉴江到九洲江): Chinese pairs like with like, so two
    names with a water suffix joined by 从…到 are waters, whatever the clause is about (`pair_pattern`)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(str(rules.get("pair_pattern", "(?!)")), clause):
        items = [(cs + m.start(g), cs + m.end(g)) for g in (1, 2)]
        names = [clause[m.start(g):m.end(g)] for g in (1, 2)]
        if any(n in rules["not_names"] or any(v in n for v in rules["not_in_body"]) for n in names) or \
                any(a < e and s < b and not w for s, e in items for a, b, w in spans):
            continue  # 从湛江到…: a known name that is no water (a city) pairs no water
        out += [(s, e) for s, e in items if not any(a < e and s < b for a, b, _ in spans)]
    return out


def water_places(folded: str, start: int, end: int, known: list[tuple[int, int, bool]], boundary: set[str],
                 rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of rivers and lakes in folded[start:end]; `known` holds (start, end, is_water) of the
    names already found there (is_water: a known river or lake)."""
    names, lengths = _name_lengths(str(rules.get("names_key", "names")), tuple(rules["not_names"]))
    suffixes, context = rules["suffixes"], tuple(rules["context"])
    out: list[tuple[int, int]] = []
    for cs, ce in _clauses(folded, start, end, rules["clause_ends"]):
        clause = folded[cs:ce]
        spans = [(s, e, w) for s, e, w in known if cs <= s < ce]
        paired = _paired(clause, cs, spans, rules)
        banked = _banked(clause, cs, spans, boundary, rules)
        if not paired and not any(w in clause for w in context):
            out += [(s, e) for s, e in banked if not _designation(folded, e, ce, boundary, rules["designation_after"])]
            continue
        found: list[tuple[int, int]] = []
        i = cs
        while i < ce:
            hit = next((n for n in lengths.get(folded[i], ()) if 1 < n <= ce - i and folded[i:i + n] in names), 0)
            if hit and not any(s < i + hit and i < e and not _holds(i, i + hit, s, e, w) for s, e, w in spans):
                found.append((i, i + hit))
                i += hit
            else:
                i += 1
        found += [(s, e) for s, e in paired if not any(a < e and s < b for a, b in found)]
        listed = found + [(s, e) for s, e, w in spans if w]
        if len(listed) >= int(rules["min_listed"]):
            for m in re.finditer(rf"(?:(?<=[{re.escape(rules['list_marks'])}])|^)([\u4e00-\u9fff]{{1,{int(rules['max_body'])}}}?[{suffixes}])", clause):
                s, e = cs + m.start(1), cs + m.end(1)
                body = m.group(1)[:-1]
                if any(s < b and a < e for a, b in listed) or any(s < b and a < e for a, b, _ in spans) or \
                        folded[e:e + 1] in rules.get("item_word_after", {}).get(m.group(1)[-1], "") or \
                        body[-1:] in suffixes or any(c in boundary for c in body) or \
                        m.group(1) in rules["not_names"] or any(v in body for v in rules["not_in_body"]):
                    continue
                found.append((s, e))
        found += [(s, e) for s, e in banked if not any(a < e and s < b for a, b in found)]
        found = longer_rivers(found, tributaries(clause, cs, spans, rules))  # 北江支流某江 (支流 is a context word)
        out += [(s, e) for s, e in found if not _designation(folded, e, ce, boundary, rules["designation_after"])]
    return sorted(out)


def _banked(clause: str, cs: int, spans: list[tuple[int, int, bool]], boundary: set[str], rules: dict[str, Any]
            ) -> list[tuple[int, int]]:
    """Unknown rivers and lakes named by a bank or a reach right after them (新津河沿线, 湘江西岸, 青蛙河流域): a
    word of "bank_after" says the name before it is a water, whatever else the clause is about. The name starts
    at the clause's start, a boundary, a list mark or a clause verb (推动茅洲河治理: "bank_left_verbs"), and is
    1..`max_body` characters + 江/河/湖 (the longest such body); a river's management right after its name (治理,
    整治, 水环境, 水质) names it as a bank does."""
    after = tuple(rules.get("bank_after", ()))
    if not after:
        return []
    out: list[tuple[int, int]] = []
    verbs = tuple(rules.get("bank_left_verbs", ()))  # 推动茅洲河治理: a clause verb before the name
    said = clause_verbs("zh_clause_verbs.json")
    for p, ch in enumerate(clause):
        if ch not in rules["suffixes"] or not clause.startswith(after, p + 1):
            continue
        for n in range(int(rules["max_body"]), 0, -1):
            a = p - n
            body = clause[a:p] if a >= 0 else ""
            left = clause[a - 1] if a > 0 else ""
            if not body or not all("\u4e00" <= c <= "\u9fff" for c in body) or (
                    left and left not in boundary and left not in rules["list_marks"] and not clause.endswith(verbs, 0, a)):
                continue
            if body[-1] in rules["suffixes"] or clause_end(body, said) or body.startswith(verbs):
                continue  # 黔江河畔: the river 黔江 ends before 河畔 (no 黔江河); 立足潖江源头: the verb 立足 opens no name
            s, e = cs + a, cs + p + 1
            if any(v in body for v in rules["not_in_body"]):
                continue  # 加快练江流域: the verb is left of a shorter name (练江), checked as any left word is
            if any(s < b and a2 < e and not (a2 == e - 1 and not w) for a2, b, w in spans) or \
                    body + ch in rules["not_names"] or any(c in rules["bank_not_in_body"] for c in body):
                break  # a name that opens with the suffix (新津河南岸: 河南) crosses the bank word: the river wins
            out += _listed_before(clause, cs, a, spans, boundary, rules) + [(s, e)]
            break
    return out


def _holds(s: int, e: int, a: int, b: int, water: bool) -> bool:
    """Whether a known water name s..e holds a known name a..b of another kind that ends it, longer by its first
    characters (漠阳江, the river, holds 阳江, the city): the longest name wins, as a place inside a name is none."""
    return not water and s < a and b == e


def _listed_before(clause: str, cs: int, a: int, spans: list[tuple[int, int, bool]], boundary: set[str],
                   rules: dict[str, Any]) -> list[tuple[int, int]]:
    """The items joined by a list mark before a water a bank word names (韩江、榕江综合整治, 练江、枫江流域): Chinese
    coordinates like with like, so each is a water too if it is 1..`max_body` characters + 江/河/湖 (the longest
    body that starts at a boundary, a list mark or a clause verb) and no other name."""
    out: list[tuple[int, int]] = []
    verbs, names = tuple(rules.get("bank_left_verbs", ())), water_names(str(rules.get("names_key", "names")))
    said = clause_verbs("zh_clause_verbs.json")
    while a >= 3 and clause[a - 1] == "、" and clause[a - 2] in rules["suffixes"]:
        p = a - 2
        for n in range(int(rules["max_body"]), 0, -1):
            start = p - n
            body = clause[start:p] if start >= 0 else ""
            left = clause[start - 1] if start > 0 else ""
            if not body or not all("\u4e00" <= c <= "\u9fff" for c in body) or any(v in body for v in rules["not_in_body"]) or \
                    clause_end(body, said) or left and left not in boundary and left not in rules["list_marks"] and \
                    not clause.endswith(verbs, 0, start) and clause[max(0, start - 2):start] not in said:
                continue  # 新增练江、枫江流域: the clause verb 新增 is left of the item
            if body + clause[p] in rules["not_names"] or any(c in rules["bank_not_in_body"] for c in body) or any(
                    cs + start < y and x < cs + p + 1 and not _holds(cs + start, cs + p + 1, x, y, w or body + clause[p] not in names)
                    for x, y, w in spans):
                return out  # 漠阳江、潭江: the known river 漠阳江 holds the city 阳江
            out.append((cs + start, cs + p + 1))
            break
        else:
            return out
        a = start
    return out
