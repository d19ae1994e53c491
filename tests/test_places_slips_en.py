"""English places (enpl, session 24): a place no gazetteer knows whose name is a one-letter slip of another place in
the same document is that place, not a second one (place_variants.slipped_places). Made-up sentences, the real model
(session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.place_variants import slipped_word
from tests.test_entities_real import found


def test_a_slip_of_a_known_place_is_that_place(extractor: Any) -> None:
    got = found(extractor, "The Northern Metropolis will grow, and the Northen Metropolis will have a university "
                           "town.")
    assert got["Northen Metropolis"] == ("PLACE", "Northern Metropolis")


def test_a_slip_of_an_unknown_place_is_that_place(extractor: Any) -> None:
    got = found(extractor, "The Southern Metropolis will house 50,000 people, and the Souther Metropolis will have "
                           "a port.")
    assert got["Souther Metropolis"] == ("PLACE", "Southern Metropolis")


def test_two_real_words_or_short_words_are_two_places() -> None:
    assert slipped_word("Eastern Gateway", "Western Gateway") is None  # two letters apart
    assert slipped_word("Tai Wai", "Tai Wan") is None  # a short word: often another name
    assert slipped_word("Souther Metropolis", "Southern Metropolis") == ("Souther", "Southern")
    assert slipped_word("Metropolis", "Metropolia") is None  # one word: no context to tell a slip
