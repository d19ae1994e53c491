"""Text + candidates → what the words around a name say about it being a body: a bulleted line that is a
company's whole name, a medium after a company's name ('a Facebook post'), a financial instrument after a
government's name ('US Government securities'). Mixed into `EntityRecognizer` (it needs `evidence`, `entries`
and the word lists `medium_nouns`, `instrument_nouns` of not_entities.en.json)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.aliases import clean_name
from pipeline.extract.entities.spans import Cand, synthetic_id
from pipeline.native import python_class

NEXT_WORD = re.compile(r"[ ]+([a-z]+)\b")
ANY_NEXT_WORD = re.compile(r"[ ]+([A-Za-z]+)\b")


@python_class
class BodyCues:
    """Needs `evidence` (OrgEvidence), `entries`, `medium_nouns`, `instrument_nouns`."""

    evidence: Any
    entries: dict[str, Any]
    medium_nouns: set[str]
    instrument_nouns: set[str]

    def company_line_cands(self, text: str, cands: list[Cand]) -> list[Cand]:
        """A bulleted line that is one company's name, legal form last, is that company: the pieces the NER and the
        head rules found in it give way ('Bank of' + 'Ayudhya Public Company Ltd.'); a known company stays itself."""
        for s, e in self.evidence.company_lines(text) if "\n" in text else ():
            inside = [c for c in cands if s <= c.start and c.end <= e]
            if any(c.entity_id in self.entries and c.label == "INSTITUTION" and (c.start, c.end) == (s, e)
                   for c in inside) or any(c.start < e and s < c.end and not (s <= c.start and c.end <= e)
                                           for c in cands):
                continue
            canonical = clean_name(text[s:e])
            cands = [c for c in cands if c not in inside] + [
                Cand(s, e, "INSTITUTION", synthetic_id("INSTITUTION", canonical), canonical, "", "", "", "rule", 0.75)]
        return sorted(cands, key=lambda c: (c.start, c.end))

    def medium_after(self, text: str, end: int) -> bool:
        """'Facebook' + ' post': the medium used; so is a platform named on a web page's navigation line ('Skip to
        Content Facebook Feature Image': a share link's label, no mention; eninst, session 24)."""
        m = NEXT_WORD.match(text[end:end + 16])
        return m is not None and m.group(1) in self.medium_nouns or \
            text.startswith(("Skip to ", "Skip To "), text.rfind("\n", 0, end) + 1)

    def instrument_after(self, text: str, end: int) -> bool:
        """'US Government' + ' securities', 'Reserves Management Government' + ' Securities': a kind of bond."""
        m = ANY_NEXT_WORD.match(text[end:end + 16])
        return m is not None and m.group(1).lower() in self.instrument_nouns
