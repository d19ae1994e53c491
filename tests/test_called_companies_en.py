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
