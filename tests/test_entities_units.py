"""Institution names built of parts (issue 14): conjuncts of two words before a head, a chamber of commerce named by
where its members trade, a body's branch named by its place after a dash, a post's possessive before the post's body.
Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_two_word_conjunct_before_a_head_is_part_of_the_name(extractor: Any) -> None:
    got = found(extractor, "Staff of the Corporate Strategy and Relations Group of the bank met the press.")
    assert got.get("Corporate Strategy and Relations Group", ("",))[0] == "INSTITUTION", got
    assert "Relations Group" not in got, got


def test_a_portfolio_word_in_a_listed_conjunct_stays_in_the_name(extractor: Any) -> None:
    got = found(extractor, "The Harbour Commission, the Fisheries Council and the Financial Services and "
                           "Treasury Bureau will each second one officer.")
    assert got.get("Financial Services and Treasury Bureau", ("",))[0] == "INSTITUTION", got
    assert "Treasury Bureau" not in got, got


def test_a_body_before_and_still_ends_its_own_name(extractor: Any) -> None:
    got = found(extractor, "The Trade Council and Harbour Bureau met. The Chief Executive and Marine Bureau met.")
    assert got.get("Trade Council", ("",))[0] == "INSTITUTION", got
    assert got.get("Harbour Bureau", ("",))[0] == "INSTITUTION", got
    assert got.get("Marine Bureau", ("",))[0] == "INSTITUTION", got  # a post is no conjunct of a name
    assert not any(s.startswith("Executive") or s.startswith("Chief") for s in got), got


def test_a_chamber_of_commerce_in_a_place_is_one_name(extractor: Any) -> None:
    got = found(extractor, "Members of the Danish Chamber of Commerce in Hong Kong met the minister, and the "
                           "Zorvian Chamber of Commerce and Industry in Singapore wrote to him.")
    assert got.get("Danish Chamber of Commerce in Hong Kong", ("",))[0] == "INSTITUTION", got
    assert got.get("Zorvian Chamber of Commerce and Industry in Singapore", ("",))[0] == "INSTITUTION", got
    assert "Hong Kong" not in got and "Singapore" not in got, got


def test_a_chamber_holding_an_event_in_a_city_does_not_take_the_city(extractor: Any) -> None:
    got = found(extractor, "The Harbour General Chamber of Commerce held a dinner in Beijing.")
    assert got.get("Beijing") == ("PLACE", "Beijing"), got


def test_a_branch_named_by_its_place_after_a_dash_is_the_body_s_branch(extractor: Any) -> None:
    got = found(extractor, "Views came from the Society of Marine Surveyors - Hong Kong Branch (SMS(HK)) and "
                           "from CPA Zorvia - Hong Kong China Division (CPAZ(HKC)).")
    assert got.get("Society of Marine Surveyors - Hong Kong Branch", ("",))[0] == "INSTITUTION", got
    assert got.get("CPA Zorvia - Hong Kong China Division", ("",))[0] == "INSTITUTION", got
    assert "Hong Kong Branch" not in got and "Hong Kong" not in got, got


def test_a_dash_before_a_place_unit_needs_a_body_or_name_before_it(extractor: Any) -> None:
    got = found(extractor, "The Harbour Engineers Institute - Macao Division has written to the Government.")
    assert got.get("Harbour Engineers Institute - Macao Division", ("",))[0] == "INSTITUTION", got
    got = found(extractor, "He named the Zorvian Society of Harbour Pilots - Trade Division in his speech.")
    assert "Zorvian Society of Harbour Pilots - Trade Division" not in got, got  # no place: no branch


def test_a_post_s_possessive_before_its_body_is_part_of_the_name(extractor: Any) -> None:
    got = found(extractor, "The Chief Executive's Council of Advisers on Innovation and Strategic Development\n\n32\n")
    assert got.get("Chief Executive's Council of Advisers on Innovation and Strategic Development", ("",))[0] \
        == "INSTITUTION", got
    got = found(extractor, "The Governor's Advisory Panel met on Monday.")
    assert got.get("Governor's Advisory Panel", ("",))[0] == "INSTITUTION", got


def test_a_body_named_in_a_post_s_title_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "Present were the Director of Chief Executive's Office, Ms Lee, and the Head of Chief "
                           "Executive's Policy Unit, Dr Wong.")
    assert not any("Office" in s or "Unit" in s for s in got), got


def test_a_hyphened_capitalised_word_before_a_body_starts_its_name(extractor: Any) -> None:
    got = found(extractor, "He met officials of the State-owned Harbour Assets Administration Commission in Beijing.")
    assert got.get("State-owned Harbour Assets Administration Commission", ("",))[0] == "INSTITUTION", got
    got = found(extractor, "Cross-boundary Harbour Council members met.")
    assert not any(s.startswith("Cross") for s in got), got  # a sentence's first word is no part of the name


def test_a_post_in_a_comma_list_ends_the_conjuncts_of_a_unit(extractor: Any) -> None:
    got = found(extractor, "In 2018 Mrs Tan, Assistant Governor, Corporate Strategy and Relations Group, Bank of "
                           "Zorvia announced the plan.")
    assert got.get("Corporate Strategy and Relations Group", ("",))[0] == "INSTITUTION", got
    assert not any("Governor" in s for s in got), got


def test_the_short_anaphor_follows_a_name_grown_by_its_post(extractor: Any) -> None:
    got = found(extractor, "The Governor's Council of Harbour Advisers met today. The Council discussed trade.")
    assert got.get("Governor's Council of Harbour Advisers", ("",))[0] == "INSTITUTION", got
    assert got.get("Council") == got["Governor's Council of Harbour Advisers"], got


def test_a_known_body_written_without_its_article_is_that_body(extractor: Any) -> None:
    got = found(extractor, "The Harbour Council and the Financial Services and Treasury Bureau will each send one "
                           "officer.")
    assert got.get("Financial Services and Treasury Bureau") == \
        ("INSTITUTION", "Financial Services and the Treasury Bureau"), got


def test_an_acronym_spelling_a_longer_name_is_not_the_place_it_ends_in(extractor: Any) -> None:
    got = found(extractor, "Views came from the Zorvian Chamber of Commerce in Singapore (ZCCS) last week.")
    assert got.get("ZCCS") == ("INSTITUTION", "Zorvian Chamber of Commerce in Singapore"), got


def test_a_body_named_in_another_language_takes_no_english_of_country(extractor: Any) -> None:
    got = found(extractor, "The world-renowned Zorvik Institutet of Sweden will open a laboratory here.")
    assert got.get("Zorvik Institutet") == ("INSTITUTION", "Zorvik Institutet"), got
    assert got.get("Sweden") == ("PLACE", "Sweden"), got
    got = found(extractor, "The Heritage Institute of Zorvania met.")  # an English name keeps its complement
    assert got.get("Heritage Institute of Zorvania", ("",))[0] == "INSTITUTION", got


def test_government_without_its_article_as_a_subject_is_the_text_s_government(extractor: Any) -> None:
    got = found(extractor, "Hong Kong must stay competitive. Government will continue to invest in talent.")
    assert got.get("Government") == ("INSTITUTION", "Hong Kong SAR Government"), got
    got = found(extractor, "Zorvian firms grew. Government departments will help them.")
    assert "Government" not in got, got  # a modifier ('Government departments') is no actor


def test_a_known_body_with_a_one_letter_slip_is_that_body(extractor: Any) -> None:
    got = found(extractor, "He was re-elected as the President of the Legislstive Council on Monday.")
    assert got.get("Legislstive Council") == ("INSTITUTION", "Legislative Council"), got
    got = found(extractor, "The Zorvian Harbour Council met.")  # an unknown body stays itself
    assert got.get("Zorvian Harbour Council") == ("INSTITUTION", "Zorvian Harbour Council"), got
