"""Named waste, water and public-health works headed by 'Facility' are places, with the short form the text defines
(enent, session 25: 'the Integrated Waste Management Facility (IWMF)' was no entity, 'Facility' heading programmes).
Made-up sentences; the first two failed before the rule, the last guards financial facilities."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_waste_facility_and_its_short_form(extractor: Any) -> None:
    got = found(extractor, "The Integrated Waste Recovery Facility (IWRF) on Lantau will open in 2031. The IWRF will "
                           "burn 2,000 tonnes a day.")
    assert got.get("Integrated Waste Recovery Facility") == ("PLACE", "Integrated Waste Recovery Facility"), got
    assert got.get("IWRF") == ("PLACE", "Integrated Waste Recovery Facility"), got


def test_a_facility_named_by_its_place_and_a_listed_place_before_it(extractor: Any) -> None:
    got = found(extractor, "Works at Tsing Yi and Tuas Sludge Treatment Facility were finished.")
    assert got.get("Tuas Sludge Treatment Facility", ("",))[0] == "PLACE", got
    assert got.get("Tsing Yi", ("",))[0] == "PLACE", got
    assert "Tuas" not in got, got


def test_financial_facilities_stay_programmes(extractor: Any) -> None:
    got = found(extractor, "The central bank widened the Standing Lending Facility and a Credit Facility for small "
                           "firms in Singapore.")
    assert not any("Facility" in k for k in got), got


def test_a_kind_of_facility_is_no_name(extractor: Any) -> None:
    """Review reven M2: after 'a' / 'an' (also at a sentence's start) or plural with only English words: a kind."""
    got = found(extractor, "The board opened an Isolation Facility at Lok Ma Chau in 2021. A Sludge Treatment Facility "
                           "was built. The new Community Quarantine Facilities at Tsing Yi hold 900 beds.")
    assert not any("Facilit" in k for k in got), got
    assert got.get("Tsing Yi", ("",))[0] == "PLACE", got


def test_a_financial_recovery_facility_is_a_programme(extractor: Any) -> None:
    """Review reven M2: a word of money makes the name a programme whatever works word it holds."""
    got = found(extractor, "Banks may draw on the Loan Recovery Facility and the Credit Treatment Facility.")
    assert not any("Facility" in k for k in got), got


def test_a_bracketed_place_is_no_short_form(extractor: Any) -> None:
    """Review reven M2: '(Tuas)' after the name is its location; the place keeps its rows elsewhere."""
    got = found(extractor, "The Food Waste Treatment Facility (Tuas) opened in 2024. More firms will move to Tuas.")
    assert got.get("Food Waste Treatment Facility", ("",))[0] == "PLACE", got
    assert got.get("Tuas") == ("PLACE", "Tuas"), got


def test_a_sentence_opening_word_is_no_part_of_the_name(extractor: Any) -> None:
    """Review reven M3 (final numbering): 'Both', 'Meanwhile' open the sentence, not the facility's name."""
    got = found(extractor, "Both Tuas Sludge Treatment Facility and Changi Water Reclamation Facility will expand.")
    assert got.get("Tuas Sludge Treatment Facility", ("",))[0] == "PLACE", got
    assert "Both Tuas Sludge Treatment Facility" not in got, got


def test_the_leading_words_are_a_table_read_once() -> None:
    # (mendspeed, session 26: the leading words were read from the data file for every document with 'Facilit')
    from pipeline.extract.entities.works_facilities_en import word_lists

    assert {"Meanwhile", "Both"} <= word_lists()[4]
    assert word_lists() is word_lists()


def test_a_leading_word_is_no_part_of_the_name(extractor: Any) -> None:
    got = found(extractor, "Meanwhile Tuas Sludge Treatment Facility will open in 2031.")
    assert got.get("Tuas Sludge Treatment Facility", ("",))[0] == "PLACE", got
    assert not any(k.startswith("Meanwhile") for k in got), got
