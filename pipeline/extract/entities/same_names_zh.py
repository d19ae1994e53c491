"""Chinese institution matches of one document → one body per written name: a name written the same way twice
names the same body, so a form the rules left as written (a list item: 市法院、市检察院、海事法院负责同志) takes
the body the same form names where it is resolved (市检察院原检察长 → 广州市人民检察院).

Only unresolved matches change, and only where every resolved match of that form agrees (one body).
"""

from __future__ import annotations

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match


def same_written_bodies(folded: str, matches: list[Match]) -> list[Match]:
    """Give each institution left as written the entry or built name its resolved namesakes share (in place)."""
    named: dict[str, set[tuple[str, str]]] = {}
    for m in matches:
        if m.label == "INSTITUTION" and (m.entity or "canonical_name" in m.extra):
            named.setdefault(folded[m.start:m.end], set()).add((m.entity, m.extra.get("canonical_name", "")))
    for m in matches:
        if m.label != "INSTITUTION" or m.entity or "canonical_name" in m.extra or "canonical_of" in m.extra:
            continue
        bodies = named.get(folded[m.start:m.end], set())
        if len(bodies) == 1:
            entity, canonical = next(iter(bodies))
            m.entity = entity
            if canonical:
                m.extra["canonical_name"] = canonical
    return joined_fields(folded, outlet_variants(folded, matches))


def outlet_variants(folded: str, matches: list[Match]) -> list[Match]:
    """An outlet written in one document under a longer form of its own name is the same outlet (in place): its city
    or province before it (天津北方网 beside 北方网) or its app's name after it (红网时刻新闻 beside 红网: entities_zh.json
    "outlet_variants"). Only an unresolved match changes, and only to a name the document writes on its own that ends
    as an outlet's name does (网, 报, 台)."""
    rules = load_json_data("entities_zh.json")["outlet_variants"]
    ends, tails, most = tuple(rules["outlet_ends"]), tuple(rules["app_tails"]), int(rules["max_prefix"])
    names = {folded[m.start:m.end]: m for m in matches if m.label == "INSTITUTION" and m.end - m.start >= 2
             and folded.endswith(ends, m.start, m.end)}
    for m in matches:
        written = folded[m.start:m.end]
        if m.label != "INSTITUTION" or m.entity.startswith("id:"):
            continue
        short = next((x for x in sorted(names, key=lambda n: (-len(n), n)) if x != written and (
            written.endswith(x) and 2 <= len(written) - len(x) <= most or
            written.startswith(x) and written[len(x):] in tails)), "")
        if short:
            other = names[short]
            m.entity = other.entity
            m.extra["canonical_name"] = other.extra.get("canonical_name", "") or short
    return matches


def joined_fields(folded: str, matches: list[Match]) -> list[Match]:
    """A bureau named by two fields joined by 及 (內地及政制事務局, 創新及科技事務局) is one body even where the second field
    and the head alone are a known body's name (政制事務局): the first field, written right after a boundary, opens the
    longer name (entities_zh.json "joined_fields"). A first item that is a body itself (教育局及勞工及福利局) is a list."""
    rules = load_json_data("entities_zh.json")["joined_fields"]
    heads, opens, most = tuple(rules["heads"]), rules["opens"], int(rules["max_field"])
    drop: set[int] = set()
    for m in matches:
        if m.label != "INSTITUTION" or not m.entity.startswith("id:") or m.start < 3 or folded[m.start - 1] != "及" \
                or not folded.endswith(heads, m.start, m.end):
            continue
        k = m.start - 1
        s = next((k - n for n in range(2, most + 1) if k - n - 1 >= 0 and folded[k - n - 1] in opens), -1)
        field = folded[s:k] if s >= 0 else ""
        if not field or not all("\u4e00" <= c <= "\u9fff" for c in field) or field.endswith(heads) or any(
                o.label == "INSTITUTION" and o.start < k and s < o.end for o in matches if o is not m):
            continue
        drop |= {id(o) for o in matches if o is not m and s <= o.start and o.end <= k}
        m.start, m.entity, m.alias = s, "", ""
        m.extra["canonical_name"] = folded[s:m.end]
    return [m for m in matches if id(m) not in drop] if drop else matches
