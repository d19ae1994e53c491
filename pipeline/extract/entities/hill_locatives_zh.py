"""Folded Chinese text + a document's matches → a hill a local text names right before a word placing something by it
(坐落于某某山之南, 排列在某山脚下, 位于某山下).

A village profile places its village by its hill: 坐落于某市某某山之南的某村, 村落排列在某山脚下, 位于某山下的村子. The hill's
name (1-3 characters + 山 / 岭 / 峰) is often in no word list, but glued to 脚下 / 之南 / 南麓 … it can only be a hill:
the word needs a hill before it. 下 alone ('below') needs a locating verb right before the name (位于某山下): 山下 is
also 'at the foot of the hill' after any word (上山下乡), so only the verb makes the run a name. The name starts after a
boundary, a known name or the clause's verb (SuffixNames.left_edge); a generic word (大山, 群山, 青山, 江山: "not_names"),
a determiner first (该山, 这座山) or a numeral before the bare head (两山之间) names no hill (五桂山 stays). Rules: entities_zh.json "hill_locatives".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=4)
def _pattern(ends: str, words: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True))
    return re.compile(f"[{re.escape(ends)}](?=({alt}))")


def hill_locatives(folded: str, matches: list[Match], rules: dict[str, Any], names: Any) -> list[Match]:
    """`matches` with each unknown hill written right before a word placing something by it (see the module)."""
    if not rules or names is None:
        return matches
    not_names = set(rules.get("not_names", ()))
    verbs = tuple(sorted(rules.get("locating_verbs", ()), key=len, reverse=True))
    after_verb = set(rules.get("after_verb_only", ()))
    body = int(rules["max_body"])
    new: list[Match] = []
    for k in _pattern(str(rules["ends"]), (*rules["locatives"], *after_verb)).finditer(folded):
        e = k.end()
        floor = max([max(0, e - 4 - body)] + [m.end for m in matches if m.end < e])
        s = names.left_edge(folded, k.start(), floor)
        if k.group(1) in after_verb and (folded.startswith(tuple(k.group(1) + x for x in rules.get("not_after_verb_only", ())), e)
                                         or not any(folded.endswith(v, 0, s) for v in verbs)):
            continue  # 上山下乡, 某山下游: 下 places nothing by a hill without a locating verb before the name
        name = folded[s:e]
        if not 2 <= len(name) <= body + 1 or name in not_names or name.endswith(tuple(rules.get("not_ends", ()))) or \
                any(w in name[:-1] for w in rules.get("not_in_body", ())) or name[0] in rules["not_first"] or \
                (len(name) == 2 and name[0] in rules.get("not_first_short", "")) or \
                not all(re.match(f"[{_CJK}]", c) for c in name) or any(m.start < e and s < m.end for m in matches):
            continue  # 大山脚下, 这座山下: no hill's name; a name found there stays
        new.append(Match(s, e, "", "PLACE", "", "", {"hill_locative": "1"}))
    return sorted(matches + new, key=lambda m: m.start) if new else matches
