"""Chinese place matches of one document → one canonical name for the forms of a crossing named by a slash pair
(and for a site written with and without the known place it lies in: qualified_short_forms).

A border crossing is named by the places on its two sides, joined by a slash: 蓮塘/香園圍口岸. The same
document then writes it 蓮塘/香園圍, 蓮塘口岸 or 香園圍口岸, or only 蓮塘; none of these is in a gazetteer,
so each would be a place of its own. Where the full slash form with a crossing suffix (`slash_pair_suffixes`
of pipeline/data/entities_zh.json: 口岸, 管制站) is in the document, its shorter forms among the names no
gazetteer holds take its canonical name. Known places (香園圍 read as the Heung Yuen Wai crossing) keep theirs.
A slash pair is written in either order (香園圍/蓮塘口岸 beside the official 蓮塘/香園圍口岸) and, for a crossing, without
its suffix (啟用的蓮塘/香園圍的客運口岸): where the gazetteer knows the pair in one order with a crossing suffix, the
other forms are that crossing (`known_pair_sites`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.entities.quoted_zh import Match

_SLASHES = "/╱／"


def same_sites(text: str, folded: str, matches: list[Match], suffixes: list[str]) -> list[Match]:
    """Give the shorter forms of each slash-named crossing the full form's canonical name (in place)."""
    unknown = [m for m in matches if m.label == "PLACE" and not m.entity]
    forms: dict[str, str] = {}
    for m in unknown:
        name = folded[m.start:m.end]
        suffix = next((s for s in sorted(suffixes, key=len, reverse=True) if name.endswith(s)), "")
        core = name[:len(name) - len(suffix)]
        parts = [p for p in core.replace("╱", "/").replace("／", "/").split("/") if p]
        if not suffix or len(parts) != 2 or not any(c in core for c in _SLASHES):
            continue
        full = text[m.start:m.end]
        for alias in (core, *parts, *(p + suffix for p in parts)):
            forms.setdefault(alias, full)
    for m in unknown:
        named = forms.get(folded[m.start:m.end])
        if named is not None:
            m.extra["canonical_name"] = named
    return matches


def region_short_forms(text: str, folded: str, matches: list[Match], suffixes: list[str],
                       kinds: dict[str, str] | None = None) -> list[Match]:
    """汕潮揭 = 汕潮揭都市圈: where a document names a region in full with its kind (都市圈, 城市群, 经济圈) and
    elsewhere by its name alone (a list that 五大都市圈 closes), the short form no gazetteer holds takes the full
    form's canonical name (in place), so one region is one entity; so does a short kind (`kinds`: 大广海湾区 =
    大广海湾经济区, 经济区 written 区)."""
    kinds = kinds or {}
    unknown = [m for m in matches if m.label == "PLACE" and not m.entity]
    forms: dict[str, str] = {}
    for m in unknown:
        name = folded[m.start:m.end]
        suffix = next((s for s in suffixes if name.endswith(s) and len(name) > len(s) + 1), "")
        if suffix:
            forms.setdefault(name[:-len(suffix)], text[m.start:m.end])
        kind = next((k for k in kinds if name.endswith(k) and len(name) > len(k) + 1), "")
        if kind:
            forms.setdefault(name[:-len(kind)] + kinds[kind], text[m.start:m.end])
    for m in unknown:
        named = forms.get(folded[m.start:m.end])
        if named is not None and "canonical_name" not in m.extra:
            m.extra["canonical_name"] = named
    return matches



def qualified_short_forms(text: str, folded: str, matches: list[Match], known: Callable[[str], bool]) -> list[Match]:
    """海洋公園大樹灣水上樂園 = 大樹灣水上樂園, 汕尾市紅海灣經濟開發區 = 紅海灣經濟開發區: a site no gazetteer holds,
    written once after the known place it lies in and elsewhere without it, is one place (the lead's ruling of
    session 11: the longest written span names it, the short form is an alias). Only where the part before the
    short form is a known place name; the short forms take the long form's canonical name (in place)."""
    unknown = [m for m in matches if m.label == "PLACE" and not m.entity]
    names = {folded[m.start:m.end] for m in unknown}
    longer: dict[str, str] = {}
    for m in sorted(unknown, key=lambda m: m.end - m.start, reverse=True):
        name = folded[m.start:m.end]
        for k in range(2, len(name) - 1):
            if name[k:] in names and known(name[:k]):
                longer.setdefault(name[k:], m.extra.get("canonical_name", text[m.start:m.end]))
    for m in unknown:
        named = longer.get(folded[m.start:m.end])
        if named is not None and "canonical_name" not in m.extra:
            m.extra["canonical_name"] = named
    return matches


def known_pair_sites(folded: str, matches: list[Match], known: Callable[[str], str], suffixes: list[str]) -> list[Match]:
    """Give an unknown slash pair (A/B, A/B口岸) the gazetteer's crossing named B/A口岸 or A/B口岸 (in place);
    `known` maps a folded name to its place entry's id ('' if none)."""
    ordered = sorted(suffixes, key=len, reverse=True)
    for m in matches:
        if m.label != "PLACE" or m.entity:
            continue
        name = folded[m.start:m.end]
        suffix = next((x for x in ordered if name.endswith(x)), "")
        parts = [p for p in re.split(f"[{_SLASHES}]", name[:len(name) - len(suffix)]) if p]
        if len(parts) != 2 or not any(c in name for c in _SLASHES):
            continue
        forms = [f"{a}/{b}{x}" for a, b in (parts[::-1], parts) for x in ([suffix] if suffix else ordered)]
        eid = next((e for f in forms if (e := known(f))), "")
        if eid:
            m.entity, m.alias = f"id:{eid}", name
    return matches
