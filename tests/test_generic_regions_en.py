"""A capitalised description of a region ('the Inland Region', 'Coastal Regions') names no place (enpl, session 28):
a word of what sort of land it is before 'Region(s)'/'Area(s)' is a kind; compass regions, names and the
gazetteer's places stay. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.generic_regions_en import generic_regions
from pipeline.records import EntityMention
from tests.test_entities_real import found


def test_the_inland_region_is_no_place(extractor: Any) -> None:
    got = found(extractor, "Cargo from the Inland Region will pass through Hong Kong to Europe.")
    assert "Inland Region" not in got
    assert got["Hong Kong"][0] == got["Europe"][0] == "PLACE"


def test_compass_regions_and_named_areas_stay_places(extractor: Any) -> None:
    got = found(extractor, "The North-East Region of Singapore will get a new hospital.")
    assert got["North-East Region"][0] == "PLACE"
    got = found(extractor, "The Frontier Closed Area will be reduced to free land in Hong Kong.")
    assert got["Frontier Closed Area"][0] == "PLACE"


def mention(text: str, entity_id: str) -> EntityMention:
    return EntityMention("t", 0, len(text), text, "PLACE", "ner", 0.8, entity_id=entity_id, canonical=text)


def test_only_descriptions_no_gazetteer_holds_are_dropped() -> None:
    kept = generic_regions([mention("Coastal Areas", "place:x-1"), mention("Rural Region", "place:rural"),
                            mention("Greater Bay Area", "place:x-2"), mention("Inland Regions", "place:x-3")])
    assert [m.text for m in kept] == ["Rural Region", "Greater Bay Area"]
