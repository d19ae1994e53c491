"""English places (issue 14, session 12): the branch of a post's title ('District Officer (Sai Kung)', 'Senior
Town Planner/Tsuen Wan') names no place of its own; in a list of officers, an English name after a romanised
Chinese one ('CHEUNG Wai-man, Florence') and a name run into the post after it are parts of a person's name; a
bare territory in a sentence about flying is the territory, not its airport. Made-up sentences, the real model
(session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found
from tests.test_places_en import places


def test_a_branch_in_brackets_after_a_post_is_no_place(extractor: Any) -> None:
    got = places(extractor, "In attendance: Mr CHAN Ka-ming, District Officer (Sai Kung), Home Affairs Department, "
                            "and Ms LAU Mei-ling, Chief Traffic Engineer (Kowloon East), Transport Department.")
    assert not {"Sai Kung", "Kowloon East"} & got


def test_a_branch_after_a_slash_is_no_place(extractor: Any) -> None:
    got = places(extractor, "Present: Mr HO Wing-kin, Senior Town Planner/Tsuen Wan and Kwai Tsing, Planning "
                            "Department; Ms YIP Siu-fong, Chief Manager/Management (Tuen Mun and Yuen Long), "
                            "Housing Department.")
    assert not {"Tsuen Wan", "Kwai Tsing", "Tuen Mun", "Yuen Long"} & got


def test_a_place_named_outside_the_post_is_still_a_place(extractor: Any) -> None:
    got = places(extractor, "The District Officer (Sai Kung) said the new pier in Sai Kung will open next year.")
    assert "Sai Kung" in got


def test_an_english_name_after_a_romanised_name_is_no_place(extractor: Any) -> None:
    got = places(extractor, "Members: Ms CHEUNG Wai-man, Florence, MH; Mr LAM Chi-keung, Victoria, JP; Dr WONG "
                            "Siu-ming, Jordan, BBS, met in Sha Tin.")
    assert not {"Florence", "Victoria", "Jordan"} & got
    assert "Sha Tin" in got


def test_a_name_run_into_the_post_after_it_is_no_place(extractor: Any) -> None:
    got = places(extractor, "Attending: Mr Patrick MOORE District Commander (Tai Po), Police Force, and Miss LO "
                            "Yuk-man, Rosanna Senior Town Planner, Planning Department.")
    assert not any("District" in p or "Senior" in p or "Rosanna" in p for p in got)


def test_a_territory_in_a_sentence_about_flying_stays_the_territory(extractor: Any) -> None:
    got = found(extractor, "Hong Kong International Airport added two runways, and airlines will fly more "
                           "passengers to Hong Kong next year.")
    assert got["Hong Kong"] == ("PLACE", "Hong Kong SAR")
    assert got["Hong Kong International Airport"][1] == "Hong Kong International Airport"


def test_a_station_named_in_brackets_beside_a_rail_project_is_a_place(extractor: Any) -> None:
    got = places(extractor, "Members discussed the Eastern Link (and Wo Hop Shek Station) at the meeting.")
    assert "Wo Hop Shek Station" in got
    got = places(extractor, "Members discussed the Coastal Rail Link (Tuen Mun-Nansha) at the meeting.")
    assert "Tuen Mun" not in got and "Nansha" not in got


def test_the_names_after_a_rulers_title_are_a_person(extractor: Any) -> None:
    got = found(extractor, "King Carl XVI Gustaf of Sweden opened the trade fair in Stockholm with local firms.")
    assert not any(canonical == "Gustavia" for _, canonical in got.values())
    assert {"Sweden", "Stockholm"} <= set(got)
    got = places(extractor, "Patients were moved to the Queen Mary Hospital and traffic on Prince Edward Road "
                            "eased in Kowloon.")
    assert "Kowloon" in got
