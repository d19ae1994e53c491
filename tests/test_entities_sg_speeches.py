"""Institution rules for budget and Committee of Supply speeches: the speaker's own government named by a
possessive or 'this', a committee's yearly sitting, agency acronyms in a speech that never names its country, a
post's short title before a person, a heading line that ends in a body, a term defined in quotes, the building a
parliament sits in. Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_the_governments_possessive_is_the_government(extractor: Any) -> None:
    got = found(extractor, "Planners in Singapore said the Government’s housing rules would change in 2031.")
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_this_government_is_the_speakers_own(extractor: Any) -> None:
    got = found(extractor, "Sir, we restated this Government's pledge to keep Singapore's flats affordable.")
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_a_committee_before_a_year_ending_the_line_is_its_sitting(extractor: Any) -> None:
    got = found(extractor, "Speech by the Minister for Health at Committee of Supply 2031\n\n"
                           "1. Mr Chairman, Singapore's clinics will grow.")
    assert "Committee of Supply" not in got, got
    got = found(extractor, "The Minister for Health will say more at the Committee of Supply (COS) in Singapore.")
    assert got.get("Committee of Supply") == ("INSTITUTION", "Committee of Supply"), got


def test_agency_acronyms_in_a_speech_that_never_names_its_country(extractor: Any) -> None:
    got = found(extractor, "A wet year for MEWR, NEA and PUB\n\n"
                           "1. Madam Chair, my officers in NEA and PUB worked through the floods.")
    assert got.get("NEA") == ("INSTITUTION", "National Environment Agency"), got
    assert got.get("MEWR") == ("INSTITUTION", "Singapore Ministry of Sustainability and the Environment"), got
    assert got.get("PUB") == ("INSTITUTION", "PUB, Singapore's National Water Agency"), got


def test_an_ambiguous_acronym_stays_unread_where_the_text_names_another_country(extractor: Any) -> None:
    got = found(extractor, "The NEA said the reactors in France are safe, and HDB flats were not discussed.")
    assert "NEA" not in got, got


def test_a_clause_opening_government_that_attaches_importance(extractor: Any) -> None:
    got = found(extractor, "Training\n\n52. Government attaches great value to training in Hong Kong.")
    assert got.get("Government") == ("INSTITUTION", "Hong Kong SAR Government"), got


def test_a_posts_short_title_before_a_person_is_no_body(extractor: Any) -> None:
    got = found(extractor, "My colleague SPS Tan Wei Ming will speak on parks in Singapore, and MOS Goh Li Hua "
                           "will speak on schools.")
    assert not [s for s in got if s.startswith(("SPS", "MOS"))], got


def test_a_parliaments_house_after_a_ministers_title_is_a_place(extractor: Any) -> None:
    got = found(extractor, "Minister for Health, Dr Lim Bo Wen, Parliament House\n\n1. Sir, Singapore's clinics grew.")
    assert got.get("Parliament House") == ("PLACE", "Parliament House"), got
    assert "Parliament" not in got, got


def test_a_heading_line_ending_in_an_acronym_keeps_the_body(extractor: Any) -> None:
    got = found(extractor, "A strong year for NEA and PUB\nSpeech by Dr Lim Bo Wen\nSingapore's reservoirs filled.")
    assert got.get("PUB") == ("INSTITUTION", "PUB, Singapore's National Water Agency"), got


def test_a_term_defined_in_quotes_stands_for_the_place(extractor: Any) -> None:
    got = found(extractor, "Both the Hong Kong Wetland Park (\"Wetland\") and Ngong Ping are popular in Hong Kong. "
                           "Funding for Wetland rose, and Wetland's visitors grew.")
    assert got.get("Wetland") == got.get("Hong Kong Wetland Park"), got
    assert got.get("Wetland", ("",))[0] == "PLACE", got


def test_a_known_body_and_people_with_a_post_are_not_one_name(extractor: Any) -> None:
    got = found(extractor, "I thank the volunteers from the People’s Association and Heartland Ambassadors who "
                           "visited seniors in Singapore.")
    assert got.get("People’s Association") == ("INSTITUTION", "People's Association"), got


def test_a_merged_statutory_board_is_still_a_body(extractor: Any) -> None:
    got = found(extractor, "The grant replaces Spring Singapore's Capability Development Grant from April.")
    assert got.get("Spring Singapore") == ("INSTITUTION", "SPRING Singapore"), got


def test_agreement_acronyms_in_a_list_are_no_bodies(extractor: Any) -> None:
    got = found(extractor, "Broadening our Free Trade Agreement (FTA) and Investment Promotion and Protection Agreement "
                           "(IPPA) coverage helps traders in Hong Kong. The Comprehensive Avoidance of Double Taxation "
                           "Agreements (CDTAs) we sign draw investors too. Next year we will pursue FTAs, IPPAs and "
                           "CDTAs with partners in Latin America.")
    assert not [s for s in got if s.endswith("As")], got


def test_a_party_acronym_as_a_modifier_names_the_party(extractor: Any) -> None:
    got = found(extractor, "SINGAPORE - “Affordable homes are the PAP government’s pledge,” the minister said.")
    assert got.get("PAP") == ("INSTITUTION", "People's Action Party"), got
