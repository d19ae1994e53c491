"""Folded Chinese text + known places in it → areas named by two places joined by a slash (古洞北/粉嶺北新發展區).

Hong Kong plans its new towns and new development areas under the names of the two places they join,
written with a slash: 粉嶺/上水新市鎮 (Fanling/Sheung Shui New Town), 古洞北/粉嶺北新發展區, 新田/落馬洲
(the San Tin/Lok Ma Chau area), 洪水橋/厦村. Such a pair is one area, not its two places (as the English side
reads "Kwu Tung North/Fanling North New Development Area" and "new towns including Fanling/Sheung Shui":
place_lists.compound_places), when a development-area word follows it, or when it stands alone as a noun
(a boundary follows: a list separator, punctuation, 等, 一帶 …). One of the two is an area of the given countries
(the other may be a name the Mainland shares across the boundary: 羅湖╱文錦渡, Lo Wu in a Hong Kong text); a
city, a county, a province, the SAR (香港/深圳) or one of Hong Kong's 18 districts (東區/灣仔: no new area is named
after two districts) keeps the pair two places, and so does a chain of three or more names (沙田/大埔/北區,
羅湖/文錦渡/香園圍/坪輋: a list, each item its own place; lead ruling, session 14). The canonical name is the pair as written, without
a development-area word after it (啟德發展區 is 啟德: DECISIONS rule 24), so the pair with and without that
word is one place. Rules are data (pipeline/data/entities_zh.json, "slash_areas").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.suffix_zh import Span

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def slash_areas(folded: str, end: int, known: list[tuple[int, int, str, str]], boundary: set[str],
                rules: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(start, end, canonical end) of each pair of known places (start, end, country code, type), one of them in
    the rules' countries, joined by a slash that names one area; the canonical name is folded[start:canonical end] (no development-area word)."""
    slashes, countries = set(rules["slashes"]), set(rules["countries"])
    skip, listed = set(rules["not_area_types"]), set(rules.get("list_types", ()))
    words = sorted(rules["area_words"], key=len, reverse=True)
    after = tuple(rules["alone_before"])
    by_start = {s: (e, cc, kind) for s, e, cc, kind in known}
    ends = {e for _, e, _, _ in known}
    out = []
    for s1, e1, cc1, kind1 in known:
        if e1 >= end or folded[e1] not in slashes or e1 + 1 not in by_start:
            continue
        e2, cc2, kind2 = by_start[e1 + 1]
        if s1 > 0 and folded[s1 - 1] in slashes and s1 - 1 in ends or \
                e2 < end and folded[e2] in slashes and e2 + 1 in by_start:
            continue  # 羅湖/文錦渡/香園圍/坪輋: three or more names in a slash chain are a list, each its own place
        if not {cc1, cc2} & countries or kind1 in skip or kind2 in skip or \
                any(kind in listed and cc in countries for kind, cc in ((kind1, cc1), (kind2, cc2))):
            continue
        # the right place's match may already hold the word (粉嶺北新發展區 is an alias of 粉嶺北)
        word = next((w for w in words if folded.startswith(w, e2 - len(w), e2) and e2 - len(w) > e1 + 1), "")
        if word:
            out.append((s1, e2, e2 - len(word)))
            continue
        word = next((w for w in words if folded.startswith(w, e2, end)), "")
        if word:
            out.append((s1, e2 + len(word), e2))
        elif e2 >= end or folded[e2] in boundary or not _CJK.match(folded[e2]) or folded.startswith(after, e2):
            out.append((s1, e2, e2))  # 古洞北/粉嶺北、洪水橋/厦村 … 等新發展區; 粉嶺/上水等新市鎮
    return out


def merge_slash_areas(found: list[Match], folded: str, end: int, entries: dict[str, Any], boundary: set[str],
                      rules: dict[str, Any], merge: Callable[[list[Match], list[Span]], list[Match]]) -> list[Match]:
    """`found` with each slash-named area in place of its two places, named by the pair as written."""
    known = [(m.start, m.end, entries[m.entity[3:]].country_code, entries[m.entity[3:]].type) for m in found
             if m.label == "PLACE" and m.entity.startswith("id:") and m.entity[3:] in entries]
    pairs = slash_areas(folded, end, known, boundary, rules)
    if not pairs:
        return found
    named = {(s, e): f"{s}:{c}" for s, e, c in pairs}
    out = merge(found, [Span(s, e, "PLACE", False) for s, e, _ in pairs])
    for m in out:
        if not m.entity and (m.start, m.end) in named:
            m.extra["canonical_of"] = named[(m.start, m.end)]
    return out
