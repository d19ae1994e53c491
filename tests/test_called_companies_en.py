"""Firms a speech introduces by name (enpl, session 28): 'His company is called X', 'a start-up called X', 'The
firm, named X, ...' make X a company the model did not know. Not a name 'named after' someone, not a lone common
word, and a known body or place read there stays as read. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_firm_called_or_named_so(extractor: Any) -> None:
    got = found(extractor, "His company is called Ed Et Al, selling both shoes and bespoke creations.")
    assert got["Ed Et Al"][0] == "INSTITUTION"
    got = found(extractor, "She founded a start-up called Bluefin Analytics, which now employs 40 people in Singapore.")
    assert got["Bluefin Analytics"][0] == "INSTITUTION"
    got = found(extractor, "The firm, named Tidewater Robotics, exports drones to Europe.")
    assert got["Tidewater Robotics"][0] == "INSTITUTION"


def test_no_firm_without_a_capitalised_name_and_known_names_stay(extractor: Any) -> None:
    assert not found(extractor, "The business is named after its founder.")
    got = found(extractor, "She joined a company called Singapore Airlines as a pilot.")
    assert got["Singapore Airlines"][0] == "INSTITUTION"
    got = found(extractor, "He set up a firm called Harbour in Hong Kong.")
    assert "Harbour" not in got


def test_the_name_stops_at_a_full_stop_and_no_person_or_prize_is_a_firm(extractor: Any) -> None:
    """Review s28 M1: a sentence's full stop ends the name; 'The firm named X as its chief' appoints a person; an
    award the firm won is no firm's name."""
    got = found(extractor, "He set up a company called Bluefin. Today it employs 50 people in Singapore.")
    assert "Bluefin. Today" not in got
    got = found(extractor, "Mr Tan founded a company called Lazada.")
    assert "Lazada." not in got and got["Lazada"][0] == "INSTITUTION"
    got = found(extractor, "The firm named John Tan as its new chief executive.")
    assert "John Tan" not in got or got["John Tan"][0] != "INSTITUTION"
    got = found(extractor, "The firm named Mr Lim its chairman in 2030.")
    assert "Mr Lim" not in got and ("Lim" not in got or got["Lim"][0] != "INSTITUTION")
    got = found(extractor, "Last year the business, named Best SME of the Year, grew.")
    assert not any(label == "INSTITUTION" for label, *_ in got.values())
