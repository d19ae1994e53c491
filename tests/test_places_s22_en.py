"""Session-22 English places (issue 14), made-up sentences: a short form with a lower-case prefix that the text
defines for a name of everyday words ('the Sub-Worker Quota Limit, or sub-WQL'; the letters 'DRC' after 'sub-') names
that measure, no country; a name the gazetteers do not know right before 'sector(s)'/'industry' names a sector, and
so do the unknown names listed before it; a known place before a venue head ('Theatre', 'Town Hall') names the venue
(README venue rulings); a hyphen chain of places before coordinated modifiers and a group noun ('the X-Y innovation
and technology corridor') is one compound place (DECISIONS 41); 'Freespace' is a venue of the West Kowloon Cultural
District (gazetteer). The real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_prefixed_short_form_names_the_measure(extractor: Any) -> None:
    got = found(extractor, "The Food Services Sub-Dependency Ratio Ceiling, or sub-DRC, will be lowered. We will "
                           "review the sub-DRC for retail firms next year.")
    assert "DRC" not in got
    got = found(extractor, "Aid to the DRC and Zambia rose.")
    assert got["DRC"] == ("PLACE", "Democratic Republic of the Congo")


def test_names_before_sectors_are_sectors(extractor: Any) -> None:
    got = found(extractor, "This matches rules in sectors such as the Services, and Harbour Shipyard and Process "
                           "sectors.")
    assert not any(v[0] == "PLACE" for v in got.values())
    got = found(extractor, "Firms in the Jurong Island sector and in Malaysia grew.")
    assert got["Jurong Island"][0] == got["Malaysia"][0] == "PLACE"


def test_known_place_before_a_venue_head_is_the_venue(extractor: Any) -> None:
    got = found(extractor, "Funds were approved to convert the Kwai Chung Theatre into a rehearsal space.")
    assert got["Kwai Chung Theatre"][0] == "PLACE"
    assert "Kwai Chung" not in got


def test_corridor_with_coordinated_modifiers_is_one_place(extractor: Any) -> None:
    got = found(extractor, "The zone links the Dongguan-Huizhou science and industry corridor with other parks.")
    assert got["Dongguan-Huizhou"] == ("PLACE", "Dongguan-Huizhou science and industry corridor")
    assert "Dongguan" not in got and "Huizhou" not in got


def test_freespace_is_a_venue(extractor: Any) -> None:
    got = found(extractor, "Concerts at Freespace sold out within a day.")
    assert got["Freespace"][0] == "PLACE"
