"""Venues in a works list are places (enpl, session 29; issue 14, a Policy Address's culture chapter): 'the
construction of a park, the Arts Pavilion and M+ will start' builds every member — a lower-case kind ('a park') opens
the list as 'a hospital' does, a '... Pavilion' is a building, and a museum the gazetteer names by a symbol ('M+' =
'M+ Museum') is a facility like its written name. The same museum lending works stays a body. Made-up sentences,
the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_members_of_a_works_list_opened_by_a_park_are_places(extractor: Any) -> None:
    got = found(extractor, "In West Kowloon the construction of a park, the Harbour Pavilion and M+ will begin in "
                           "2031, and the new museum will show visual culture.")
    assert got["Harbour Pavilion"][0] == "PLACE"
    assert got["M+"][0] == "PLACE"


def test_a_pavilion_is_a_place_and_an_acting_museum_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "Visitors to the Heritage Pavilion in Sha Tin can see old maps.")
    assert got["Heritage Pavilion"][0] == "PLACE"
    got = found(extractor, "M+ will lend 20 works to the museum in Paris for its exhibition of visual culture.")
    assert got["M+"][0] == "INSTITUTION"


def test_bodies_after_a_works_kind_stay_bodies(extractor: Any) -> None:
    got = found(extractor, "The construction of a park, the Fire Services Department and the Hospital Authority "
                           "were discussed.")
    assert got["Fire Services Department"][0] == "INSTITUTION"
    assert got["Hospital Authority"][0] == "INSTITUTION"
