"""Companies named by a proper name and their line of business ('Tuas Power', 'Kim Hock Fisheries') are institutions,
the place inside such a name no mention (enent, session 25). Made-up sentences; the first three failed before the
rule, the others guard what the rule must leave alone."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_place_and_a_business_word_before_a_possessive_is_a_company(extractor: Any) -> None:
    got = found(extractor, "The new plant shares a jetty with Jurong Power's existing complex.")
    assert got.get("Jurong Power") == ("INSTITUTION", "Jurong Power"), got
    assert "Jurong" not in got, got


def test_an_example_firm_with_a_hyphenated_name(extractor: Any) -> None:
    got = found(extractor, "Some farms, like Lim-Tan Fisheries, raise grouper in nets. Lim-Tan Fisheries has won a "
                           "licence.")
    assert got.get("Lim-Tan Fisheries") == ("INSTITUTION", "Lim-Tan Fisheries"), got


def test_a_company_that_speaks(extractor: Any) -> None:
    got = found(extractor, "Sembawang Engineering said it would hire more welders next year.")
    assert got.get("Sembawang Engineering") == ("INSTITUTION", "Sembawang Engineering"), got
    assert "Sembawang" not in got, got


def test_everyday_compounds_name_no_company(extractor: Any) -> None:
    got = found(extractor, "Our Human Resources and Civil Engineering staff met in Tuas, where Wind Power, it said, "
                           "is growing.")
    assert "Human Resources" not in got and "Civil Engineering" not in got and "Wind Power" not in got, got


def test_a_premodifier_or_a_longer_name_is_no_company(extractor: Any) -> None:
    # a place + business word that no gazetteer lists as a company ('Tuas Power' is now a listed company)
    got = found(extractor, "The Jurong Power plant will close. Jurong Power Station is old. The Marine and Fisheries "
                           "sectors grew.")
    assert "Jurong Power" not in got, got
    assert got.get("Jurong", ("",))[0] == "PLACE", got


def test_a_known_company_stays_as_found(extractor: Any) -> None:
    got = found(extractor, "Singapore Airlines said it would add flights to Jakarta.")
    assert got.get("Singapore Airlines", ("",))[0] == "INSTITUTION", got
    assert got.get("Jakarta", ("",))[0] == "PLACE", got


def test_a_possessive_names_an_owner_not_a_company(extractor: Any) -> None:
    """Review reven M1: 'Macao's Soft Power' is Macao's power; the place keeps its row."""
    got = found(extractor, "Macao's Soft Power, its food and its festivals, will be promoted.")
    assert "Macao's Soft Power" not in got, got
    assert got.get("Macao", ("",))[0] == "PLACE", got


def test_a_place_and_a_sector_word_in_a_phrase_is_no_company(extractor: Any) -> None:
    """Review reven M1: a known place and a business word before 'to' / ',' name a sector, not a firm."""
    got = found(extractor, "The fund helps Shenzhen Industries to upgrade. The Greater Bay Area Logistics, Shipping "
                           "and Trade sectors will grow.")
    assert "Shenzhen Industries" not in got and "Greater Bay Area Logistics" not in got, got
    assert got.get("Greater Bay Area", ("",))[0] == "PLACE", got


def test_a_name_joined_to_a_plural_is_a_class_of_firms(extractor: Any) -> None:
    """Review reven M1: 'X Enterprises and SMEs' lists classes of firms."""
    got = found(extractor, "Support for GreenTech Industries and start-ups will continue, and Orang Asli Enterprises "
                           "and SMEs will receive grants.")
    assert "GreenTech Industries" not in got and "Orang Asli Enterprises" not in got, got


def test_a_sentence_opening_word_is_no_part_of_the_name(extractor: Any) -> None:
    """Review reven M2 (final numbering): 'Both', 'Meanwhile' open the sentence, not the company's name."""
    got = found(extractor, "Both Jurong Power and Lim-Tan Fisheries bid. Meanwhile Kim Hock Fisheries said it would "
                           "expand.")
    assert "Both Jurong Power" not in got and "Meanwhile Kim Hock Fisheries" not in got, got
    assert got.get("Kim Hock Fisheries", ("",))[0] == "INSTITUTION", got


def test_a_known_company_before_plant_is_the_owner(extractor: Any) -> None:
    # review reven S4, session 26: the sentence this file held before 'Tuas Power' became a listed company (c78fd2e).
    # Its reading changed on purpose: a known company before a lower-case 'plant' names the plant's owner, a mention of
    # the company (as a body named as the owner of its heads is one, README session 12), and 'Tuas' inside the
    # company's name is no place of its own (GUIDELINES: a place named only inside a longer name is not listed). Inside
    # a capitalised name ('Tuas Power Station') the company is no mention; the station is a place in its country.
    got = found(extractor, "The Tuas Power plant will close in 2030.")
    assert got == {"Tuas Power": ("INSTITUTION", "Tuas Power")}, got
    from pipeline import extract_text
    places = [(p.text, p.country_code) for p in extract_text("Tuas Power Station is the oldest.").places]
    assert places == [("Tuas Power Station", "SG")], places
