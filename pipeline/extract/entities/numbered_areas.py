"""Numbered planning areas of Hong Kong towns written after their number ('Area 16 in Tuen Mun', 'Area 45 of Tseung
Kwan O', 'Area 14 (Siu Lun), Tuen Mun', 'Area 50, Sham Tseng, Tsuen Wan'): one place, the longest written span (lead's
ruling, session 15: a numbered planning area is one place, as a city written before its zone is; the town written
alone elsewhere is its own row). Its canonical name is the town's with the number ('Tuen Mun Area 16'), the form the
town-first spelling ('Tuen Mun Area 16') already gets, so both spellings are one place; a bare 'Area 16' in a text
that named that area in full is the same place again."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.regexgate import LineGated

# 'Area 16', 'Area 24D', 'Area 14 (Siu Lun)': the number, then perhaps the area's local name in brackets
AREA = LineGated(re.compile(r"(?<![\w-])Area[ ](\d{1,3}[A-Z]?)(?![\w-])(?:[ ]\([A-Z][A-Za-z'’ -]{1,40}\))?"),
                 re.compile(r"Area[ ]\d"))
OWNER_LINK = re.compile(r"[ ]+(?:of|in)[ ]+(?:the[ ]+)?|,[ ]*")  # 'Area 16 in Tuen Mun', 'Area 16, Tuen Mun'
COMMA = re.compile(r",[ ]*")
# a place after the town that goes on as a list ('Area 14, Tuen Mun, Sha Tin and Yuen Long') is no district of it
LIST_GOES_ON = re.compile(r"(?:,[ ]*[A-Z]|[ ]+(?:and|or)[ ]+[A-Z])")
TOWN_NAME = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ ][A-Z][A-Za-z'’-]*){0,4}")
TOWN_FIRST = re.compile(r"[ ]Area[ ](\d{1,3}[A-Z]?)$")  # canonical of 'Tuen Mun Area 16' (the town-first spelling)


def _hk_place_at(text: str, cands: list[Cand], at: int, find: Callable[[str], Iterable[tuple[int, int, Entry]]],
                 from_entry: Callable[[int, int, Entry], Cand]) -> Cand | None:
    """A Hong Kong place's name starting at `at`: a candidate of capitalised words only, else the gazetteer's
    place written there (a bracket after the area may have glued a longer run: 'Sha Tin and in Area 14 (X)')."""
    clean = next((c for c in cands if c.start == at and c.label == "PLACE" and c.country_code == "HK" and
                  TOWN_NAME.fullmatch(text, c.start, c.end)), None)
    if clean is not None:
        return clean
    known = [(e, entry) for s, e, entry in find(text[at:at + 40]) if s == 0 and entry.table == "place" and
             entry.country_code == "HK" and not text[at + e:at + e + 1].isalnum()]
    if not known:
        return None
    end, entry = max(known, key=lambda k: k[0])
    return from_entry(at, at + end, entry)


def numbered_areas(text: str, cands: list[Cand], find: Callable[[str], Iterable[tuple[int, int, Entry]]],
                   from_entry: Callable[[int, int, Entry], Cand]) -> list[Cand]:
    """Candidates with each numbered planning area written before its town as one place (see the module's note);
    the names inside the span (the town, the bracketed local name, a district after the town) and a name that runs
    into the span from before ('Local Open Space in Area 16') are no mentions of their own."""
    areas = list(AREA.finditer(text))
    if not areas:
        return cands
    spans: list[Cand] = []
    for m in areas:
        link = OWNER_LINK.match(text, m.end())
        town = _hk_place_at(text, cands, link.end(), find, from_entry) if link else None
        if town is None:
            continue
        end = town.end
        comma = COMMA.match(text, end)
        district = _hk_place_at(text, cands, comma.end(), find, from_entry) if comma else None
        if district is not None and district.etype == "district" and not LIST_GOES_ON.match(text, district.end):
            end = district.end  # 'Area 50, Sham Tseng, Tsuen Wan': the town's district closes the address
        canonical = f"{town.canonical} Area {m.group(1)}"
        spans.append(Cand(m.start(), end, "PLACE", synthetic_id("PLACE", canonical), canonical, "area", "HK", "",
                          "rule", 0.8))
    full_forms: dict[str, dict[str, Cand]] = {}
    for c in cands + spans:
        number = TOWN_FIRST.search(c.canonical) if c.label == "PLACE" else None
        if number is not None:
            full_forms.setdefault(number.group(1), {})[c.canonical] = c
    if not full_forms:
        return cands
    named = {n: next(iter(forms.values())) for n, forms in full_forms.items() if len(forms) == 1}
    out = [c for c in cands if not any(s.start <= c.start < s.end or c.start < s.start < c.end <= s.end
                                       for s in spans)]
    taken = [(c.start, c.end) for c in out + spans]
    for m in areas:
        full = named.get(m.group(1))
        s, e = m.start(), m.start() + len("Area ") + len(m.group(1))
        if full is None or any(a < e and s < b for a, b in taken):
            continue  # 'Area 137' again after 'TKO Area 137': the same place
        spans.append(Cand(s, e, "PLACE", full.entity_id, full.canonical, "area", "HK", "", "rule", 0.75))
    return sorted(out + spans, key=lambda c: (c.start, c.end))
