"""Entity mentions of one document → the same, less the capitalised kinds of region that name no one place:
'the Inland Region', 'Coastal Regions', 'the Rural Areas' (enpl, session 28; a Policy Address heading 'Connecting
to the Inland Region' named no place, the inland provinces as a kind). A word that describes what sort of land a
region is (inland, coastal, rural, remote, mountainous, surrounding ...: not_entities.en.json `generic_region_words`)
and a region's head ('Region', 'Regions', 'Area', 'Areas') make a description, capitalised or not; a compass word
('North-East Region', a Singapore region) or a name ('Greater Bay Area', 'Frontier Closed Area') makes a place, and a
name the gazetteer holds stays. Checked per place mention (a match on its text, no scan of the document)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.records import EntityMention

HEADS = ("Region", "Regions", "Area", "Areas")


@lru_cache(maxsize=1)
def generic_region() -> re.Pattern[str]:
    words = load_json_data("not_entities.en.json").get("generic_region_words", [])
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:[Tt]he[ ]+)?(?:{alts})[ ]+(?:{'|'.join(HEADS)})")


def generic_regions(found: list[EntityMention]) -> list[EntityMention]:
    """`found` less the place mentions that are a region's description, not a name (see the module's docstring)."""
    if not any(m.label == "PLACE" and m.text.endswith(HEADS) for m in found):
        return found
    pattern = generic_region()
    return [m for m in found if m.label != "PLACE" or not m.entity_id.startswith("place:x-") or
            not pattern.fullmatch(" ".join(m.text.split()))]  # (an id in 'place:x-' is no gazetteer entry's)


__all__ = ["generic_regions"]
