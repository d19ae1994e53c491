"""Two named venues joined by 'and', each with a head of its own (issue 14, English places, session 15: venue lists
in capital-works paragraphs): 'the Science Museum and Museum of History' and 'the Museum of History and City Hall'
are two places each; a name's own 'and' ('the Museum of Science and Technology') and two bodies stay as they are.
Made-up sentences, the real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_two_venues_with_heads_of_their_own_are_two_places(extractor: Any) -> None:
    got = found(extractor, "The Science Museum and Museum of Art will undergo expansion works.")
    assert got["Science Museum"][0] == got["Museum of Art"][0] == "PLACE"
    assert "Science Museum and Museum of Art" not in got


def test_a_museum_and_a_hall_in_a_works_list(extractor: Any) -> None:
    got = found(extractor, "Upgrades will include the expansion of the Riverside Museum, the Museum of Rail "
                           "Heritage and Northgate City Hall.")
    assert got["Museum of Rail Heritage"][0] == got["Northgate City Hall"][0] == "PLACE"
    assert not any(" and " in name for name in got)


def test_a_name_s_own_and_is_no_list(extractor: Any) -> None:
    got = found(extractor, "Visitors flocked to the Museum of Science and Technology in Northgate.")
    assert got["Museum of Science and Technology"][0] == "PLACE"
