"""A piece of a name the document writes in full elsewhere is that name, and a known body's possessive before a
committee names two bodies ("Legco's Finance Committee") (issue 14, English institutions, session 15: names cut
short): the model may read one mention short (before a possessive inside an event's title, after a founder's name it
took for a person) while it reads the same words whole elsewhere. Made-up sentences, the real model (session fixture
`extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_name_cut_before_a_possessive_in_a_title_is_the_whole_name(extractor: Any) -> None:
    got = found(extractor, "Speech by the Minister at St Brendan's Hospital Gala Dinner 2031\n\nSt Brendan's "
                           "Hospital has cared for the elderly for forty years, and St Brendan's Hospital will grow.")
    assert "St Brendan" not in got, got
    assert got["St Brendan's Hospital"][0] == "INSTITUTION", got


def test_a_name_cut_after_a_founders_name_is_the_whole_name(extractor: Any) -> None:
    got = found(extractor, "Opening of Ng Kam Fai General Hospital\n\nI am happy to join you for the opening of Ng "
                           "Kam Fai General Hospital and Tuen Lok Community Hospital.")
    assert "General Hospital" not in got, got
    assert got["Ng Kam Fai General Hospital"][0] == "PLACE", got


def test_a_known_bodys_possessive_before_a_committee_is_two_bodies(extractor: Any) -> None:
    got = found(extractor, "The panel will report to Legco's Finance Committee in May.")
    assert got.get("Finance Committee", ("",))[0] == "INSTITUTION", got
    assert got.get("Legco", ("", ""))[1] == "Legislative Council", got
