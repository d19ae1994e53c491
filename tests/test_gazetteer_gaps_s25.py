"""Names the gazetteers lacked (enent, session 25): Hong Kong's named waters, the short forms Singapore's agencies use
for themselves, DesignSingapore Council, the Kai Tak Sports Park's short form. Made-up sentences; each failed before
the entries; the last guards the context the short forms need."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_hong_kong_waters(extractor: Any) -> None:
    got = found(extractor, "Anglers fish in Starling Inlet, yachts moor in Port Shelter and ferries cross Tathong "
                           "Channel.")
    assert got.get("Starling Inlet") == ("PLACE", "Starling Inlet"), got
    assert got.get("Port Shelter") == ("PLACE", "Port Shelter"), got
    assert got.get("Tathong Channel") == ("PLACE", "Tathong Channel"), got


def test_singapore_agencies_by_their_short_forms(extractor: Any) -> None:
    got = found(extractor, "In Singapore, the SFA will license the farms and Design Singapore will judge the logos.")
    assert got.get("SFA") == ("INSTITUTION", "Singapore Food Agency"), got
    assert got.get("Design Singapore") == ("INSTITUTION", "DesignSingapore Council"), got


def test_the_sports_parks_short_form(extractor: Any) -> None:
    got = found(extractor, "The KTSP will host more concerts in Hong Kong next year.")
    assert got.get("KTSP") == ("PLACE", "Kai Tak Sports Park"), got


def test_short_forms_need_their_context(extractor: Any) -> None:
    got = found(extractor, "The SFA and SDC columns and the KTSP code were dropped from the form.")
    assert "SFA" not in got and "SDC" not in got and "KTSP" not in got, got


def test_sfa_in_a_text_on_capital_markets_is_no_food_agency(extractor: Any) -> None:
    """Review reven M6: in a Singapore text on securities 'the SFA' is the Securities and Futures Act; the agency's
    short form is read only in a text on its field."""
    got = found(extractor, "MAS said breaches of the SFA by fund managers in Singapore carry fines. Licensing under "
                           "the SFA will be tightened.")
    assert "SFA" not in got, got
