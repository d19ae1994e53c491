"""A list after a counted noun for water bodies, shores, piers, stations or country parks names places
(issue 14, English places, enpl session 27): 'three reservoirs – A, B and C', 'two waterways, namely A and B'. A member
that is a modifier and a known place ('Lower X', 'Upper X') is one place by its whole name, not the bare known place,
and a name the model read across two members ('Upper X and Y') is typed member by member. A person's title opening
the words after the dash ('the reservoirs – Ms Tan said – ...') makes no list. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_members_after_a_counted_water_noun_are_places(extractor: Any) -> None:
    got = places(extractor, "The board will test floating panels at three reservoirs – Kallang, Upper Jurong and "
                            "Tampines North.")
    assert {"Upper Jurong", "Tampines North"} <= got
    assert "Jurong" not in got  # the member's whole name, not the known place inside it


def test_a_name_read_across_two_members_is_split(extractor: Any) -> None:
    got = places(extractor, "New pumps were fitted at two waterways, namely Sungei Lokyang and Sungei Merah, "
                            "last year.")
    assert {"Sungei Lokyang", "Sungei Merah"} <= got


def test_stations_and_piers_list_places(extractor: Any) -> None:
    got = places(extractor, "Ferries will call at four piers: Sok Kwu Wan, Mui Wo, Peng Chau and Cheung Sha.")
    assert {"Sok Kwu Wan", "Mui Wo", "Peng Chau", "Cheung Sha"} <= got


def test_a_title_after_the_dash_makes_no_list(extractor: Any) -> None:
    got = places(extractor, "The three reservoirs – Ms Tan noted – are nearly full this month.")
    assert not any("Tan" in p for p in got)


def test_an_uncounted_or_trade_plural_lists_no_places(extractor: Any) -> None:
    """Review M1 (session 27): outlets that their companies name ('petrol stations, including Shell, Esso and
    Caltex') are no places, counted or not; a counted noun still lists places ('two MTR stations, namely ...')."""
    for text in ("Drivers can use petrol stations, including Petrolux, Fuelmax and Drivco, across the territory.",
                 "Drivers can use three petrol stations: Petrolux, Fuelmax and Drivco."):
        assert not {"Petrolux", "Fuelmax", "Drivco"} & places(extractor, text)
    assert {"Kwai Lun", "Shek Wan"} <= places(extractor, "Lifts were added at two MTR stations, namely Kwai Lun and "
                                                         "Shek Wan, last year.")


def test_a_member_is_the_place_the_counted_noun_names(extractor: Any) -> None:
    """Review S5 (session 27): 'three reservoirs – Upper Shing Mun, Kowloon and Tai Tam' names three reservoirs by
    their short names (the member and the noun's head: 'Kowloon Reservoir'), not the Kowloon area."""
    got = found(extractor, "Pupils visited three reservoirs – Upper Kwai Lun, Kowloon and Pak Wan Tam.")
    assert got.get("Kowloon") == ("PLACE", "Kowloon Reservoir"), got
    assert got.get("Upper Kwai Lun") == ("PLACE", "Upper Kwai Lun Reservoir"), got
