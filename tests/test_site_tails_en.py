"""A building's head word right after a place's name ends that name (issue 14, English places, enpl session 27: names
cut short): 'rents at Victoria Square Towers' name the towers, not the square; a capitalised word after the head
('Harbour Square Towers Limited') leaves the name to other rules. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_towers_after_a_place_name_the_towers(extractor: Any) -> None:
    got = places(extractor, "Rents rose at Victoria Square Towers\nafter the new station opened.")
    assert "Victoria Square Towers" in got and "Victoria Square" not in got


def test_a_tower_after_a_known_place(extractor: Any) -> None:
    got = places(extractor, "Offices at Marina Bay Tower are full, and Marina Bay itself is busy.")
    assert {"Marina Bay Tower", "Marina Bay"} <= got


def test_a_longer_name_after_the_head_is_not_grown(extractor: Any) -> None:
    got = places(extractor, "Shares of Kowloon Plaza Holdings rose after the results.")
    assert "Kowloon Plaza" not in got
