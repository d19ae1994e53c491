"""Text + the entity mentions found in it → the same, less the bodies of a kind that a number counts: 'the city has 16
Partner State Key Laboratories', 'six Hong Kong Branches of Chinese National Engineering Research Centres' (enent,
session 25; the forecast of session 24 read the first as one body).

A name the gazetteers do not hold, whose head (its last word, or the word before its first 'of') is a plural head of
public bodies (`plural_heads`, counted_bodies.en.json: Laboratories, Centres, Branches, Universities ...), right after
a number in digits or words, names no one body but a kind the number counts (the number is a figure; the ruling of
session 15: a kind of office is no one institution). A known body keeps its row, and a company's plural word
('65 Equity Partners', DECISIONS 10) is no such head."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.records import EntityMention

NUMBER_BEFORE = re.compile(r"(?:(?<![\w.,])\d[\d,]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                           r"|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)"
                           r"(?:-\w+)?)[ ]+$")


@lru_cache(maxsize=1)
def plural_heads() -> frozenset[str]:
    return frozenset(load_json_data("counted_bodies.en.json")["plural_heads"])


def counted_bodies(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """`found` less the unknown bodies a number counts (see the module's docstring)."""
    heads = plural_heads()

    def counted(m: EntityMention) -> bool:
        if m.label != "INSTITUTION" or not m.entity_id.startswith("inst:x-"):
            return False  # (a gazetteer body keeps its row; an unknown one has a synthetic id)
        words = m.text.split(" of ")[0].split()
        return bool(words) and words[-1] in heads and \
            NUMBER_BEFORE.search(text, max(0, m.start - 24), m.start) is not None

    return [m for m in found if not counted(m)]


__all__ = ["counted_bodies"]
