"""'Tower(s)' heads a building's name after a proper name ('Harbour Tower'); after a demonym or an adjective alone
('American Tower', the tower company) it decides nothing and the model's reading types the name (review M10 of
session 27; not_entities.en.json proper_name_place_heads). Made-up names, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_demonym_and_tower_is_no_site(extractor: Any) -> None:
    text = "Zorvanian Tower and Crown Castle own most telecom masts in the US."
    assert extractor.entities.type_entity("Zorvanian Tower", "ORG", text, 0) == "INSTITUTION"
    assert extractor.entities.type_entity("Taiwan Tower", "ORG", text, 0) == "PLACE"  # a place's name, a building
    got = found(extractor, "American Tower and Crown Castle own most telecom masts in the US.")  # (the model: ORG)
    assert got.get("American Tower", ("", ""))[0] == "INSTITUTION", got


def test_a_proper_name_and_tower_is_a_building(extractor: Any) -> None:
    got = found(extractor, "Rents at the Kestrelview Tower rose last year.")
    assert got.get("Kestrelview Tower", ("", ""))[0] == "PLACE", got
