"""A place's name read together with a capitalised 'Dollar(s)' names a currency, no place (issue 14, English places,
enpl session 27; session 18: 'Hong Kong dollar assets'): 'the service handles Hong Kong Dollar (HKD) remittances'. The
same place named alone stays a place. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_places_en import places


def test_a_capitalised_dollar_after_a_place_is_a_currency(extractor: Any) -> None:
    got = places(extractor, "The new service handles Hong Kong Dollar (HKD) and Japanese Yen (JPY) remittances.")
    assert not any("Hong Kong" in p for p in got)


def test_the_place_alone_is_still_a_place(extractor: Any) -> None:
    got = places(extractor, "Banks in Hong Kong hold Singapore Dollars and other currencies.")
    assert "Hong Kong" in got and not any("Singapore" in p for p in got)
