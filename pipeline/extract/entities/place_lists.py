"""Text + the document's candidates → places named only by where they stand: the members of a list of places,
and a romanised Cantonese word that starts a known Hong Kong place's name.

The model tags many Hong Kong estates and areas as persons ('Choi Wan', 'Shun Lee'), and GeoNames knows only
some of them. A list says what its members are: "uphill areas, including Choi Wan, Shun Lee, Shun On and Po
Tat" (after a noun for places: `place_list_nouns`), or "Kwun Tong, Sau Mau Ping, Po Tat and Lam Tin" (two or
more members are known places and none is known as anything else). A name the list gives is still typed like
any name ('Member States' is no place). And "Ma Yau Tong" is one name, not 'Ma' + the known 'Yau Tong': a
romanised Cantonese syllable (pipeline/data/hk_romanisation.json) glued before a Hong Kong place's name is part
of it. Mixed into `EntityRecognizer`."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import load_json_data, read_jsonl
from pipeline.extract.entities.name_spans import LEFT_STOP
from pipeline.extract.entities.references import occupied
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.native import python_class
from pipeline.regexgate import GatedPattern, LeadPattern

NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
ITEM = re.compile(rf"{NAME}(?:[ ]{NAME}){{0,3}}")
LIST_SEP = re.compile(r",[ ]+(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
TITLE_WORD = re.compile(r"(?:Mr|Ms|Mrs|Dr|Madam|Dame|Sir|Lord|Professor|Prof)\.?[ ]")
TITLE_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Professor|Prof|Sir|Madam|Dame|Lord)\.?[ ]+$")
HK_PARTS = {"area", "estate", "village", "town", "district", "island"}
LOCATED_BEFORE = re.compile(r"\b(?:in|at|near|from|to|visited|visit|visiting)[ ]$")
LOCATING_TYPES = {"country", "province", "state", "region", "territory", "autonomous region",
                  "special administrative region", "municipality", "land", "union territory", "city"}
# 'in Yan Chau Tong, and': two to four capitalised words after a locative word, ending the name (no capital next)
ROMANISED_AFTER = LeadPattern(re.compile(r"\b(?:in|at|near|around|within)[ ]((?:[A-Z][a-z]{0,5}[ ]){1,3}[A-Z][a-z]{0,5})"
                                         r"(?=[,.;:)]|[ ][a-z]|\s*$)"))  # (LeadPattern: the same matches)
CLAUSE_START = re.compile(r"(?:^|[.!?:;(]\s*|\n\s*)$")
# 'Namely, Tuen Mun, Yuen Long and ...', 'Including Sha Tin and ...': a capitalised word that opens a list (at a
# clause's start, or after a footnote's number) introduces its members, like the cue 'areas, namely'; none of them
INTRODUCER = re.compile(r"(?:Namely|Including|Especially|Notably|Particularly|Specifically|Mainly|Chiefly)(?:$|[ ])")
# 'the San Tin/Lok Ma Chau (STLMC) area': places joined by a slash before 'area' name one area
# 'the San Tin/Lok Ma Chau (STLMC) area', 'the Kwu Tung North/Fanling North new development areas (NDAs)'
SLASH_AREA = re.compile(r"(?:[ ]\(([A-Z]{2,8})\))?[ ](?:(?:new[ ])?development[ ]areas?|new[ ]towns?|areas?)\b")
ROUTE_AFTER = re.compile(r"[ ](?:[a-z][\w-]*[ ]){0,2}(?:railway|rail[ ]link|rail|line|bridge|link|highway|expressway|"
                         r"motorway|tunnel|road|corridor[ ]road)s?\b")
LIST_GAP = re.compile(r",?[ ](?:and|or)[ ]|,[ ]")
BRACKET_AFTER = re.compile(r"[ ]\(([A-Z][\w/&]*(?:[ ][A-Z][\w/&]*){0,2})\)")
SLASH_HEAD = re.compile(r"[ ](?:New[ ]Development[ ]Areas?|NDAs?|New[ ]Towns?|Development[ ]Areas?)$")
NEXT_WORD = re.compile(r"[ ]([a-z][\w-]*)")
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
               "shall", "should", "must", "do", "does", "did"}
# the rest of a coordination of names after a chain, up to a lower-case noun they all modify
COORDINATED_TAIL = re.compile(r"(?:(?:,[ ]+|,?[ ]+(?:and|or)[ ]+)[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)*)*(?=[ ](?!(?:and|or)\b)[a-z])")
CHAIN_ALONE = re.compile(r"(?:[,.;:)]|[ ](?:and|or)[ ])")  # a chain of places that is a noun itself


def romanised_syllable() -> re.Pattern[str]:
    table = json.loads(resources.files("pipeline.data").joinpath("hk_romanisation.json").read_text("utf-8"))
    initials = "|".join(sorted(table["initials"], key=len, reverse=True))
    finals = "|".join(sorted(table["finals"], key=len, reverse=True))
    return re.compile(rf"(?i:(?:{initials})?(?:{finals}))")


SYLLABLE = romanised_syllable()


WEAK_FILES = ("gazetteer_zh_hk_places.jsonl", "gazetteer_zh_aliases.jsonl", "gazetteer_zh_divisions.jsonl")
WEAK_TYPES = {"area", "prefecture-level city", "county-level city"}


def romanised(name: str) -> bool:
    """Two or more capitalised romanised Cantonese syllables: 'Hei Ling Chau'."""
    words = name.split()
    return len(words) >= 2 and all(w[1:].islower() and SYLLABLE.fullmatch(w) for w in words)


@lru_cache(maxsize=1)
def weak_places() -> dict[str, tuple[str, str, str]]:
    """Name → (id, type, country code) of places the English gazetteer leaves out because the name alone is weak
    evidence: one-word Hong Kong and Macao areas ('Central', 'Jordan', 'Whampoa': everyday English words too)
    and Mainland cities below the world-city cut, in the pinyin of the Chinese division table ('Kaiping',
    'Shanwei'). They are places only beside a known place in a list."""
    out: dict[str, tuple[str, str, str]] = {}
    for file in WEAK_FILES:
        try:
            text = resources.files("pipeline.data").joinpath(file).read_text("utf-8")
        except (FileNotFoundError, OSError):
            continue
        for _, raw in read_jsonl(file, text)[0]:
            name, etype = str(raw.get("canonical", "")), str(raw.get("type", ""))
            if raw.get("table") == "place" and etype in WEAK_TYPES and name.isascii() and name[:1].isupper() and \
                    (len(name.split()) == 1 or etype != "area") and "id" in raw:
                out.setdefault(name, (str(raw["id"]), etype, str(raw.get("country_code", ""))))
    return out


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[str, str]]:
    """Town name → (GeoNames place id, country code): towns of 50 000 people or more below the world-city cut
    (pipeline/data/towns.geonames.tsv, scripts/build_towns_en.py). Places only where the text says so."""
    try:
        text = resources.files("pipeline.data").joinpath("towns.geonames.tsv").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gid, cc = line.split("\t")
            out[name] = (f"place:gn-{gid}", cc)
    return out


@lru_cache(maxsize=1)
def counted_heads() -> dict[str, str]:
    """A counted list noun → the singular head of its members' names ('reservoirs' → 'Reservoir')."""
    return dict(load_json_data("not_entities.en.json").get("counted_place_list_nouns", {}))


def counted_head(cue: str) -> str:
    """The singular head of the counted noun that ends a list cue ('three reservoirs – '), else ''."""
    return next((h for n, h in counted_heads().items() if re.search(rf"\b{re.escape(n)}\b", cue)), "")


@lru_cache(maxsize=1)
def counted_nouns() -> str:
    """A regex for a counted noun for water bodies, shores, piers, stations or country parks ('three reservoirs',
    'two major waterways'; not_entities.en.json counted_place_list_nouns): its list names places. Uncounted, or
    after a trade word, the noun names outlets that their companies name ('petrol stations, including Shell, Esso
    and Caltex', 'public piers, such as Star Ferry'): no list of places (review M1, session 27)."""
    words = load_json_data("not_entities.en.json")
    nouns = "|".join(sorted(map(re.escape, words.get("counted_place_list_nouns", [])), key=len, reverse=True))
    counts = "|".join(sorted(map(re.escape, words.get("place_list_counts", [])), key=len, reverse=True))
    trades = "|".join(sorted(map(re.escape, words.get("outlet_modifiers", [])), key=len, reverse=True)) or "(?!)"
    if not nouns:
        return "(?!)"
    return rf"(?:\d+|{counts or '(?!)'})[ ]+(?:(?!(?:{trades})\b)[\w-]+[ ]+){{0,2}}(?:{nouns})"


def unknown_at(cands: list[Cand], s: int, e: int) -> bool:
    """Only an untyped name the model tagged covers the span (label None, no id): the list may type it."""
    over = [c for c in cands if c.start < e and s < c.end]
    return bool(over) and all(c.label is None and c.entity_id == "" and (c.start, c.end) == (s, e) for c in over)


def untyped_across(cands: list[Cand], s: int, e: int, lo: int, hi: int) -> list[int]:
    """The untyped names the model tagged over a list member when they lie within the list and one of them runs
    across a separator ('Upper Jurong and Tampines North' read as one name): each member is typed alone; else none."""
    over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
    ok = over and all(cands[i].label is None and cands[i].entity_id == "" and lo <= cands[i].start and
                      cands[i].end <= hi for i in over) and any((cands[i].start, cands[i].end) != (s, e) for i in over)
    return over if ok else []


def inner_places(cands: list[Cand], s: int, e: int) -> list[int]:
    """The places lying wholly inside a longer member of a cued list ('three reservoirs – Kallang, Upper Jurong and
    Tampines North': 'Jurong' in 'Upper Jurong'), when every candidate over the member is such a place; else none."""
    over = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
    inside = [i for i in over if s <= cands[i].start and cands[i].end <= e and (cands[i].start, cands[i].end) != (s, e)]
    return inside if inside and len(inside) == len(over) and all(cands[i].label == "PLACE" for i in inside) else []


def short_area(text: str, c: Cand, acronyms: dict[str, Cand]) -> str:
    """'KTN/FLN' and 'KTN/FLN NDA' both name the area the acronym was defined for."""
    surface = text[c.start:c.end]
    head = SLASH_HEAD.search(surface)
    return surface[:head.start()] if head and c.label == "PLACE" and surface not in acronyms else surface


@python_class
class PlaceLists:
    """Needs `type_entity`, `head_type` and the word set `place_list_nouns` (not_entities.en.json)."""

    place_list_nouns: set[str]
    entries: dict[str, Any]
    type_entity: Any
    head_type: Any
    country_weight: Any
    _list_cue: GatedPattern | None = None  # (GatedPattern: 0.19 -> 0.05 ms per 300-word document, issue 15)
    _group_noun: re.Pattern[str] | None = None
    place_group_nouns: set[str]
    verbs: set[str]

    def verb_next(self, text: str, pos: int) -> bool:
        """The lower-case word after `pos` is a verb's form ('... and Shenzhen-Dongguan keep growing': the chains are
        the subject, nouns themselves)."""
        m = NEXT_WORD.match(text, pos)
        if m is None:
            return False
        w = m.group(1)
        return w in AUXILIARIES or w in self.verbs or w.endswith("s") and w[:-1] in self.verbs or \
            w.endswith("ed") and (w[:-2] in self.verbs or w[:-1] in self.verbs)

    def romanised_start(self, text: str, start: int, country_code: str, etype: str) -> int:
        """Where a Hong Kong place's name starts when romanised Cantonese words run on before it: 'Ma Yau Tong'."""
        if country_code != "HK" or etype not in HK_PARTS:
            return start
        pos = start
        while True:
            m = re.search(r"(?<![\w'’&/-])([A-Z][a-z]{0,5})[ ]$", text[max(0, pos - 8):pos])
            if not m or not SYLLABLE.fullmatch(m.group(1)) or m.group(1) in LEFT_STOP:
                return pos
            word_start = pos - len(m.group(0))
            if CLAUSE_START.search(text[max(0, word_start - 3):word_start]):
                return pos  # a sentence's first word ('So Kwun Tong ...') is no part of the name
            pos = word_start

    def list_cue(self) -> GatedPattern:
        if self._list_cue is None:
            nouns = "|".join(sorted(map(re.escape, self.place_list_nouns), key=len, reverse=True)) or "(?!)"
            nouns = rf"\b(?:{nouns}|{counted_nouns()})"
            self._list_cue = GatedPattern(re.compile(
                rf"{nouns},?[ ]+(?:such[ ]+as|including|namely|like|e\.g\.,?|i\.e\.,?)[ ]+"
                rf"|{nouns}[ ]*[:–—][ ]*"  # 'two precincts – Jurong Gateway ...'
                rf"|{nouns}[ ]+of[ ]+(?=[A-Z][^,.;]*(?:,[ ]|[ ]and[ ]))"))  # 'the
        # centres of Liverpool, Greater Penrith and ...': a noun for places, 'of' and a list of their names
        return self._list_cue

    def listed_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The candidates with the places lists and locations name added (method rule, confidence 0.7): unknown
        members of a list of places, and a name located in a known region ('at Bukit Kayu Hitam, Kedah', 'in
        Davos, Switzerland'), which replaces what the model made of it (no gazetteer name is replaced)."""
        by_start = {c.start: c for c in cands}
        taken = occupied(text, cands)
        heads = {m.end(): counted_head(m.group()) for m in self.list_cue().finditer(text)}
        cued = set(heads)
        out: list[Cand] = []
        replaced: set[int] = set()
        pos = 0
        for first in ITEM.finditer(text):
            if first.start() < pos:
                continue
            items = [first.span()]
            end = first.end()
            while True:
                sep = LIST_SEP.match(text, end)
                item = ITEM.match(text, sep.end()) if sep else None
                if not sep or not item:
                    break
                items.append(item.span())
                end = item.end()
            pos = end
            intro = INTRODUCER.match(text, items[0][0], items[0][1])
            if intro:
                items = ([(intro.end(), items[0][1])] if intro.end() < items[0][1] else []) + items[1:]
                if not items:
                    continue
                cued.add(items[0][0])
            located = self.located(text, items[0], by_start, cands) if len(items) <= 2 else None
            if located is not None:  # 'X, Kedah' reads like a list of two
                out.append(located[0])
                replaced.update(located[1])
                taken[items[0][0]:items[0][1]] = b"\x01" * (items[0][1] - items[0][0])
                continue
            if len(items) == 1 and items[0][0] not in cued:
                continue  # (one member after a cue is still listed: 'two precincts – Jurong Gateway, as the hub, ...')
            known = [by_start.get(s) for s, _ in items]
            # a name the model tagged and no rule typed (label None, no head word) is still unknown here
            known = [None if c is not None and c.label is None and (c.start, c.end) == span and
                     c.entity_id == "" and self.head_type(text[c.start:c.end]) is None else c
                     for span, c in zip(items, known)]
            lo, hi = items[0][0], items[-1][1]
            grown = {s: inner_places(cands, s, e) or untyped_across(cands, s, e, lo, hi) for s, e in items
                     if items[0][0] in cued and (by_start.get(s) is None or by_start[s].label is None)}
            known = [None if grown.get(span[0]) else c for span, c in zip(items, known)]
            places = sum(1 for c in known if c is not None and c.label == "PLACE")
            others = sum(1 for (s, e), c in zip(items, known) if c is None and any(taken[s:e]) and
                         not unknown_at(cands, s, e) and not grown.get(s) or c is not None and c.label != "PLACE" or
                         TITLE_WORD.match(text, s))  # 'reservoirs – Ms Tan said – ...': a person, no list
            if others or not (items[0][0] in cued or places >= 1):
                continue
            hk = any(c is not None and c.country_code == "HK" for c in known)
            places += sum(1 for (s, e), c in zip(items, known) if c is None and
                          (text[s:e] in weak_places() or text[s:e] in towns()))  # 'Tengah, Bayshore and Mount Pleasant'
            for (s, e), c in zip(items, known):
                if c is not None or any(taken[s:e]) and not unknown_at(cands, s, e) and not grown.get(s) or \
                        TITLE_BEFORE.search(text, max(0, s - 12), s):
                    continue
                surface = text[s:e]
                weak = weak_places().get(surface)
                town = towns().get(surface)
                if weak is not None:  # 'Central and Kowloon East', 'Kaiping and Jiangmen'
                    out.append(Cand(s, e, "PLACE", weak[0], surface, weak[1], weak[2], "", "rule", 0.75))
                elif town is not None and self.type_entity(surface, "GPE", text, s) == "PLACE":
                    tid, cc = self.town_ref(text, surface, town)
                    out.append(Cand(s, e, "PLACE", tid, surface, "city", cc, "", "rule", 0.75))  # 'Lhasa and Cebu'
                elif places >= 2 or items[0][0] in cued or hk and romanised(surface):
                    if self.type_entity(surface, "GPE", text, s) != "PLACE":
                        continue
                    canonical = clean_name(surface)
                    out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", "", "", "rule",
                                    0.7))
                else:
                    continue
                taken[s:e] = b"\x01" * (e - s)
                replaced.update(i for i, c in enumerate(cands) if (c.start, c.end) == (s, e) and c.label is None)
                replaced.update(grown.get(s, []))  # 'Upper Jurong' replaces its 'Jurong'
            head = heads.get(items[0][0], "")
            for s, e in items if head else ():  # 'three reservoirs – Kowloon, ...': Kowloon Reservoir (review S5)
                mine = [j for j, o in enumerate(out) if (o.start, o.end) == (s, e) and o.label == "PLACE"]
                theirs = [i for i, c in enumerate(cands) if (c.start, c.end) == (s, e) and c.label == "PLACE"]
                if text[s:e].endswith(head) or not mine and not theirs:
                    continue
                name = clean_name(f"{text[s:e]} {head}")
                cc = (out[mine[0]] if mine else cands[theirs[0]]).country_code
                out = [o for j, o in enumerate(out) if j not in mine] + [
                    Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "", cc, "", "rule", 0.7)]
                replaced.update(theirs)
        return [c for i, c in enumerate(cands) if i not in replaced] + out

    def located(self, text: str, span: tuple[int, int], by_start: dict[int, Cand],
                cands: list[Cand]) -> tuple[Cand, list[int]] | None:
        """'at Bukit Kayu Hitam, Kedah': a name after a preposition of place and before a comma and a known
        country, state or province is a place in it; the model's pieces of it ('Bukit' + 'Kayu Hitam') go."""
        s, e = span
        if not LOCATED_BEFORE.search(text, max(0, s - 6), s) or not re.match(r",[ ]", text[e:e + 2]):
            return None
        region = by_start.get(e + 2)
        if region is None:
            return None
        entry = self.entries.get(region.entity_id)
        if entry is None or entry.table != "place" or entry.type not in LOCATING_TYPES or \
                not re.match(r"(?:[.,;:)]|[ ]+[a-z]|$)", text[region.end:region.end + 3]):
            return None
        inside = [i for i, c in enumerate(cands) if c.start < e and s < c.end]
        if any(cands[i].start < s or cands[i].end > e or cands[i].entity_id in self.entries or
               cands[i].label == "PLACE" and (cands[i].start, cands[i].end) == (s, e) for i in inside):
            return None  # a known name, one that runs on, or a place already: leave it
        surface = text[s:e]
        if self.type_entity(surface, "GPE", text, s) != "PLACE" or TITLE_BEFORE.search(text, max(0, s - 12), s):
            return None
        canonical = clean_name(surface)
        return Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "", entry.country_code, "",
                    "rule", 0.7), inside

    def short_place_forms(self, text: str, cands: list[Cand]) -> list[Cand]:
        """A place name no gazetteer knows that is the last two or more words of a longer place name in the same
        document is that place: 'the Artificial Islands' after 'Kau Yi Chau Artificial Islands', 'the Bay Area'
        beside 'Guangdong-Hong Kong-Macao Bay Area'."""
        longer: dict[str, Cand] = {}
        for c in cands:
            if c.label == "PLACE":
                words = text[c.start:c.end].split()
                for k in range(1, len(words) - 1):
                    longer.setdefault(" ".join(words[k:]), c)
        out = []
        for c in cands:
            full = longer.get(" ".join(text[c.start:c.end].split())) if c.label == "PLACE" and \
                c.entity_id not in self.entries else None
            if full is not None and full.entity_id != c.entity_id:
                c = replace(c, entity_id=full.entity_id, canonical=full.canonical, etype=full.etype,
                            country_code=full.country_code, confidence=min(c.confidence, 0.75))
            out.append(c)
        return out

    def town_cands(self, text: str, ents: list[tuple[int, int, str]], cands: list[Cand]) -> list[Cand]:
        """Towns below the world-city cut that the model tagged: a place it tagged as one takes the town's id; a
        name it read as a person or a body is the town after 'in/at/from/to/near' ('visited Siem Reap')."""
        by_span = {(c.start, c.end): i for i, c in enumerate(cands)}
        out = list(cands)
        taken = occupied(text, cands)
        for s, e, label in ents:
            if text[s:s + 4] == "the ":
                s += 4
            town = towns().get(text[s:e])
            if town is None or label not in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
                continue
            i = by_span.get((s, e))
            tid, cc = self.town_ref(text, text[s:e], town)
            if i is not None and out[i].label == "PLACE" and out[i].entity_id not in self.entries and cc:
                out[i] = replace(out[i], entity_id=tid, canonical=text[s:e], etype="city", country_code=cc,
                                 confidence=max(out[i].confidence, 0.75))
            elif i is None and not any(taken[s:e]) and label in ("ORG", "PERSON", "NORP") and \
                    LOCATED_BEFORE.search(text, max(0, s - 8), s) and not TITLE_BEFORE.search(text, max(0, s - 12), s) \
                    and self.type_entity(text[s:e], "GPE", text, s) == "PLACE":
                out.append(Cand(s, e, "PLACE", tid, text[s:e], "city", cc, "", "rule", 0.7))
                taken[s:e] = b"\x01" * (e - s)
        return self.romanised_places(text, out, taken)

    def romanised_places(self, text: str, cands: list[Cand], taken: bytearray) -> list[Cand]:
        """In a text that names Hong Kong, a name of romanised Cantonese syllables alone after 'in/at/near' is a
        place the model left untagged ('tours in Yan Chau Tong, and ...'); not after a title (a person's name)."""
        if "in" not in text or self.country_weight(text, "HK") == 0:
            return cands
        out = list(cands)
        for m in ROMANISED_AFTER.finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if any(taken[s:e]) or not romanised(name) or TITLE_BEFORE.search(text, max(0, s - 12), s):
                continue
            out.append(Cand(s, e, "PLACE", synthetic_id("PLACE", name), name, "area", "HK", "", "rule", 0.7))
            taken[s:e] = b"\x01" * (e - s)
        return out

    def town_ref(self, text: str, name: str, town: tuple[str, str]) -> tuple[str, str]:
        """(id, country code) of a town: GeoNames' when the text names the town's country ('Gwadar' in a text
        naming Pakistan), else an id of the name alone (many towns share a name: 'Mount Pleasant')."""
        if self.country_weight(text, town[1]) > 0:
            return town
        return synthetic_id("PLACE", name), ""

    def compound_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """Places joined by hyphens before a noun for a group of places are one compound place (DECISIONS 41): 'the
        Guangzhou-Foshan-Zhaoqing cluster', 'the Shenzhen-Hong Kong-Guangzhou technology cluster', the quoted
        'Shenzhen-Dongguan-Huizhou "economic circle"', or such a chain standing alone as a noun ('commuter belts
        such as Guangzhou-Foshan and Shenzhen-Dongguan'); its cities are not mentions of their own. Before any
        other noun each is a mention ('the Russia-Ukraine situation'). Places joined by a slash before 'area' are
        one area too ('the San Tin/Lok Ma Chau (STLMC) area'), and its bracketed acronym names it. Before a route
        noun in lower case the chain names a route, and its places are no mentions ('the X-Y high-speed railway')."""
        places = sorted((c for c in cands if c.label == "PLACE"), key=lambda c: c.start)
        by_start = {c.start: c for c in places}
        out_ids: set[int] = set()
        added: list[Cand] = []
        acronyms: dict[str, Cand] = {}
        for c in places:
            if id(c) in out_ids:
                continue
            chain = [c]
            joint = text[c.end:c.end + 1]
            while joint in ("-", "–", "/") and text[chain[-1].end:chain[-1].end + 1] == joint and \
                    chain[-1].end + 1 in by_start:
                chain.append(by_start[chain[-1].end + 1])
            # 'the San Tin/Lok Ma Chau (STLMC) area', 'Kwu Tung/Fanling North New Development Area': one area
            area = (SLASH_AREA.match(text, chain[-1].end) or SLASH_HEAD.search(text, chain[-1].start, chain[-1].end)) \
                if joint == "/" else None
            # the next item of a list whose last chain stood alone stands alone too ('X-Y and Z-W keep growing')
            listed = bool(added) and LIST_GAP.fullmatch(text, added[-1].end, chain[0].start) is not None
            if len(chain) >= 2 and joint != "/" and ROUTE_AFTER.match(text, chain[-1].end):
                out_ids.update(id(x) for x in chain)  # 'the Guangzhou-Zhongshan-Zhuhai-Macao high-speed railway':
                continue  # a route's name, whose places are no mentions (DECISIONS 22)
            # 'new towns including Fanling/Sheung Shui and ...', 'namely Kwu Tung North/Fanling North (KTN/FLN), ...':
            # areas (no country, province or city) joined by a slash that stand alone as a noun are one area too
            alone = joint == "/" and len(chain) >= 2 and bool(CHAIN_ALONE.match(text, chain[-1].end) or
                                                             BRACKET_AFTER.match(text, chain[-1].end)) and \
                not any(x.etype in LOCATING_TYPES for x in chain)
            if len(chain) < 2 or not (area or alone or joint != "/" and (self.group_noun().match(text, chain[-1].end) or
                                                                         CHAIN_ALONE.match(text, chain[-1].end) or
                                                                         listed)):
                continue
            if joint != "/" and not area and not self.group_noun().match(text, chain[-1].end):
                rest = COORDINATED_TAIL.match(text, chain[-1].end)
                if rest and not self.group_noun().match(text, rest.end()) and not self.verb_next(text, rest.end()):
                    continue  # 'the Hong Kong-Shenzhen, Hong Kong-Guangzhou and Hong Kong-Zhuhai co-operation meetings',
                    # 'Guangdong-Hong Kong and Shenzhen-Hong Kong collaborations': chains coordinated before a common
                    # noun modify it, and each place is a mention
            s, e = chain[0].start, chain[-1].end
            noun = self.group_noun().match(text, e) if joint != "/" and not area else None
            # the name with its noun, as a reader cites it ('the Delhi-Mumbai industrial corridor'); the chain is
            # the mention's text
            canonical = clean_name(text[s:noun.end()].replace("“", "").replace('"', "") if noun else text[s:e])
            added.append(Cand(s, e, "PLACE", synthetic_id("PLACE", canonical), canonical, "region",
                              chain[0].country_code, "", "rule", 0.75))
            out_ids.update(id(x) for x in chain)
            acr = BRACKET_AFTER.match(text, e) if area or alone else None
            if acr:  # 'San Tin/Lok Ma Chau (STLMC) area', '... Area (KT/FLN NDA)': the acronym names the whole area
                acronyms[acr.group(1)] = added[-1]
        if not added and not out_ids:
            return cands
        return [replace(acronyms[short_area(text, c, acronyms)], start=c.start, end=c.end)
                if short_area(text, c, acronyms) in acronyms else c for c in cands if id(c) not in out_ids] + added

    def group_noun(self) -> re.Pattern[str]:
        if self._group_noun is None:
            nouns = "|".join(sorted(map(re.escape, self.place_group_nouns), key=len, reverse=True)) or "(?!)"
            # up to two modifiers, each perhaps coordinated ('the X-Y innovation and technology corridor'); a
            # determiner after 'and' opens a second noun phrase ('the X-Y border and the bay corridor': no compound)
            self._group_noun = re.compile(rf"[ ][\"“]?(?:[a-z][\w-]*[ ](?:and[ ](?!(?:the|a|an|its|their|our)\b)"
                                          rf"[a-z][\w-]*[ ])?){{0,2}}(?:{nouns})\b")
        return self._group_noun
