"""Farmers' specialised co-operatives by their registered names (绿邦种植专业合作社, 某某镇金穗水稻种植专业合作社): a name
ending in 专业合作社 is one institution (the law has every co-operative registered under such a name: division, trade name,
line of business). The name starts after the clause's verb (村里成立了某某种植专业合作社), and what is left must be a
name, not a kind: the law's generic 农民专业合作社, a level or designation (省级示范专业合作社), a scope (全县), a count
(五家) name none, nor does a line of business with no trade name (蔬菜种植, 农机). A family farm is registered the same
way under a name ending in 家庭农场 (潮利家庭农场) and is read alike (more_suffixes). Rules and their source: pipeline/data/zh_cooperatives.json; verbs: the generated zh_lead_words.json."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, Any], frozenset[str]]:
    lead = load_json_data("zh_lead_words.json")
    rules = load_json_data("zh_cooperatives.json")
    return rules, frozenset(lead["verbs"]) | frozenset(lead["words"]) | frozenset(rules["verbs"])


def _cut(run: str, leads: frozenset[str]) -> int:
    """Where a name starts in `run` (the characters before the suffix): after the last verb, word or 了 that leaves two."""
    for k in range(len(run) - 2, 0, -1):
        if run[k - 1] == "了" or any(k >= n and run[k - n:k] in leads for n in (4, 3, 2)):
            return k
    return 0


def _trade_name(body: str, lines: tuple[str, ...]) -> str:
    """What is left of `body` once its lines of business are stripped from its end (蔬菜种植 → '': no trade name)."""
    while body:
        cut = next((w for w in lines if body.endswith(w)), "")
        if not cut:
            break
        body = body[:-len(cut)]
    return body


def _kind(body: str, rules: dict[str, Any], leads: frozenset[str]) -> bool:
    name = _trade_name(body, tuple(rules["lines"]))
    return len(body) < 2 or not name or name in leads or body in leads or body.startswith(tuple(rules["kind_starts"])) or body[-1] in rules["kind_ends"] \
        or any(w in body for w in rules["kind_inside"]) or body.endswith(tuple(rules["verbs"])) \
        or body[0] in rules["numerals"]


def cooperatives(folded: str, start: int, end: int, matches: list[Match]) -> list[Match]:
    """`matches` plus each co-operative named in folded[start:end] (names the scan read inside it dropped)."""
    rules, leads = _rules()
    found: list[Match] = []
    for suffix in [rules["suffix"]] + rules["more_suffixes"]:  # 某某家庭农场: a family farm, registered alike
        found += _named(folded, start, end, matches, suffix, rules, leads)
    if not found:
        return matches
    out = [m for m in matches if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(out + found, key=lambda m: m.start)


def _named(folded: str, start: int, end: int, matches: list[Match], suffix: str, rules: dict[str, Any],
           leads: frozenset[str]) -> list[Match]:
    """The names ending in `suffix` in folded[start:end] (not a kind, not before a post title, not inside a body)."""
    found: list[Match] = []
    at = folded.find(suffix, start, end)
    while at >= 0:
        s = at
        while s > start and at - s < int(rules["max_before"]) and "\u4e00" <= folded[s - 1] <= "\u9fff" \
                and folded[s - 1] not in rules["stops"]:
            s -= 1
        run = folded[s:at]
        a = s + _cut(run, leads)
        post = folded.startswith(tuple(rules["post_after"]), at + len(suffix))  # 某某专业合作社社长: the post
        if not post and not _kind(folded[a:at], rules, leads) and not any(
                m.label == "INSTITUTION" and m.start <= a and at + len(suffix) <= m.end for m in matches):
            found.append(Match(a, at + len(suffix), "", "INSTITUTION", "", "", {"cooperative": "1"}))
        at = folded.find(suffix, at + len(suffix), end)
    return found
