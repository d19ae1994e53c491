"""A known place with a works label after it ('Kai Tak Sports Park Phase 2', 'AsiaWorld-Expo Phase 2') still names
the place (enpl, session 28; devset-real-zh DECISIONS 19: a place or facility with a phase or works label still
counts): the model's span over the label (read as a programme's or an event's name) no longer swallows it. A
label without a number ('the Phase of works') changes nothing. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_known_place_before_its_phase_is_still_named(extractor: Any) -> None:
    got = found(extractor, "The construction of Kai Tak Sports Park Phase 2 has begun in Hong Kong.")
    assert got["Kai Tak Sports Park"][0] == "PLACE"
    got = found(extractor, "Works on AsiaWorld-Expo Phase 2 have begun in Hong Kong.")
    assert got["AsiaWorld-Expo"][0] == "PLACE"
    got = found(extractor, "The construction of the Hong Kong Science Park Phase 3 has begun.")
    assert got["Hong Kong Science Park"][0] == "PLACE"


def test_an_unknown_name_with_a_phase_stays_no_place(extractor: Any) -> None:
    got = found(extractor, "The Greenfield Renewal Phase 2 will start next year in Hong Kong.")
    assert not any("Greenfield" in name for name in got)
