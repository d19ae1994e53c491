"""Folded Chinese text + name matches → an unknown body's name without the 'such as' word that opens its clause
(…企业落户，如甲乙科技有限公司、丙丁材料有限公司等: 甲乙科技有限公司, not 如甲乙科技有限公司).

如 / 比如 / 例如 / 像 ('such as') after a clause break introduces examples, and an example stands in a list or
closes its clause: the name is followed by 、 / 等 / 和 / 及 / 与 or by the clause's end. A name that opens its
clause and goes on to a verb (，如家酒店集团宣布…: the brand 如家, subject of 宣布) keeps its first character, and
so does a known body (gazetteer). Rules: entities_zh.json "example_leads" (session 25, zhinst).
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def example_leads(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """Drop a leading 'such as' word from an unknown institution's name when the name is an example in a list."""
    r = rules["example_leads"]
    words = sorted(r["words"], key=len, reverse=True)
    breaks, after, min_rest = str(r["breaks"]), tuple(r["after"]), int(r["min_rest"])
    for m in matches:
        if m.label != "INSTITUTION" or m.entity.startswith("id:"):
            continue
        w = next((w for w in words if folded.startswith(w, m.start)), "")
        if not w or m.end - m.start - len(w) < min_rest or (m.start > 0 and folded[m.start - 1] not in breaks):
            continue
        if m.end < len(folded) and not folded.startswith(after, m.end):
            continue  # 如家酒店集团宣布…: the name is the clause's subject, 如 is its own
        m.start += len(w)
        m.alias = m.alias[len(w):] if m.alias.startswith(w) else m.alias
        if m.entity.startswith("name:"):
            m.entity = "name:" + folded[m.start:m.end]
    return matches
