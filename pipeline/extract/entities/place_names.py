"""Text + the document's candidates → the place names that follow from others: the area a station is named
after, the short form of a numbered facility, a region of a country, and places that only label a project.

"Pak Wo Station" names the area Pak Wo too (a station and its area are two places); "Seletar Airport
Terminal 3" is later "Terminal 3"; "Peninsular Malaysia" is a region of Malaysia, not Malaysia; "Northern
Coastal Rail Link (Tuen Mun-Nansha)" names a rail project, whose bracketed termini are
part of its name. Mixed into `EntityRecognizer`; the word lists are data (not_entities.en.json)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.references import occupied, whole_word_starts
from pipeline.extract.entities.spans import Cand, synthetic_id

NUMBERED = re.compile(r"(?:[ ](?:\d{1,3}[A-Z]?|[A-Z]))(?![\w-])")  # 'Terminal 5', 'Pier 4A', 'Hall B'
REGION_TYPES = {"country", "province", "state", "region", "continent", "autonomous region", "territory"}
PROJECT_BRACKET = re.compile(r"\b(?:Link|Line|Railway|Rail|Expressway|Route|Bridge|Tunnel|Project|Corridor)"
                             r"[ \t]*\(([^()]{1,60})\)")  # the bracket may wrap onto the next line


class PlaceNames:
    """Needs `entries` (gazetteer id → entry), `area_named_heads`, `numbered_heads` and `region_modifiers`."""

    entries: dict[str, Entry]
    area_named_heads: set[str]
    numbered_heads: set[str]
    region_modifiers: set[str]

    def numbered_end(self, text: str, word: str, end: int) -> int:
        """'Terminal' + ' 5': a facility head takes the number that follows it."""
        if word in self.numbered_heads:
            m = NUMBERED.match(text, end)
            if m:
                return m.end()
        return end

    def region_of(self, text: str, cand: Cand, entry: Entry) -> Cand | None:
        """'Peninsular Malaysia', 'Northern Guangdong': a region of a gazetteer country or province."""
        if entry.type not in REGION_TYPES:
            return None
        m = re.search(r"(?<![\w-])([A-Z][a-z]+(?:-[a-z]+)?)[ ]$", text[max(0, cand.start - 20):cand.start])
        if not m or m.group(1) not in self.region_modifiers:
            return None
        start = cand.start - len(m.group(0))
        canonical = clean_name(text[start:cand.end])
        return Cand(start, cand.end, "PLACE", synthetic_id("PLACE", canonical), canonical, "region",
                    entry.country_code, "", "rule", 0.8)

    def derived_places(self, text: str, cands: list[Cand]) -> list[Cand]:
        """The areas stations are named after, used alone ('a land use review for Pak Wo'), and the
        numbered short form of a facility ('Terminal 3' after 'Seletar Airport Terminal 3')."""
        taken = occupied(text, cands)
        out = []
        for c in cands:
            if c.label != "PLACE" or c.entity_id in self.entries:
                continue
            words = text[c.start:c.end].split()
            forms: list[tuple[str, Cand]] = []
            if len(words) >= 2 and words[-1] in self.area_named_heads:
                area = " ".join(words[:-1])
                canonical = clean_name(area)
                forms.append((area, Cand(0, 0, "PLACE", synthetic_id("PLACE", canonical), canonical, "area",
                                         c.country_code, "", "rule", 0.7)))
            if len(words) >= 3 and words[-2] in self.numbered_heads and NUMBERED.fullmatch(" " + words[-1]):
                forms.append((" ".join(words[-2:]), replace(c, method="rule", confidence=0.75)))
            for form, target in forms:
                for start in whole_word_starts(text, form):
                    end = start + len(form)
                    if any(taken[start:end]):
                        continue
                    out.append(replace(target, start=start, end=end))
                    taken[start:end] = b"\x01" * (end - start)
        return out

    @staticmethod
    def project_brackets(text: str) -> list[tuple[int, int]]:
        """Bracketed termini of a rail or road project's name: '... Coastal Rail Link (Tuen Mun-Nansha)'."""
        return [m.span(1) for m in PROJECT_BRACKET.finditer(text)]
