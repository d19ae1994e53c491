"""Entity rules about the forms a name takes in real text (spellings, capitals, datelines, acronyms that share
letters across countries, agreements and systems named like bodies): made-up sentences, one rule each."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_entities_real import found


def test_british_and_american_spellings_name_one_body(extractor: Any) -> None:
    got = found(extractor, "Regulators of the International Organisation of Securities Commissions met the "
                           "World Health Organisation in Lisbon.")
    assert got["International Organisation of Securities Commissions"] == \
        ("INSTITUTION", "International Organization of Securities Commissions")
    assert got["World Health Organisation"] == ("INSTITUTION", "World Health Organization")


def test_a_name_in_capitals_is_the_gazetteer_name(extractor: Any) -> None:
    got = found(extractor, "SINGAPORE - The Government will lend $2 billion to small firms in Singapore.")
    assert got["SINGAPORE"] == ("PLACE", "Singapore")
    assert got["Government"] == ("INSTITUTION", "Singapore Government")
    assert not [s for s in got if " - " in s], got  # the dateline's dash ends the place


def test_a_national_body_of_its_own_country_is_one_name(extractor: Any) -> None:
    got = found(extractor, "Officials met the General Administration of Customs of the People's Republic of "
                           "China in Tianjin.")
    assert got["General Administration of Customs of the People's Republic of China"][0] == "INSTITUTION"
    assert "People's Republic of China" not in got, got


def test_an_acronym_that_spells_its_function_words_is_defined_by_them(extractor: Any) -> None:
    got = found(extractor, "The Observatory signed a Memorandum of Understanding (MOU) with the Ruritanian "
                           "Weather Bureau. The MOU runs for five years.")
    assert "MOU" not in got, got


def test_a_plural_head_alone_is_no_name(extractor: Any) -> None:
    got = found(extractor, "Directors of Bureaux and Heads of Departments will attend the briefing.")
    assert "Bureaux" not in got and "Departments" not in got, got


def test_a_post_title_with_an_ampersand_names_no_body(extractor: Any) -> None:
    got = found(extractor, "The Secretary for Financial Services & the Treasury will be Acting Financial "
                           "Secretary next week.")
    assert "Treasury" not in got, got


@pytest.mark.parametrize("text, name", [
    ("Vietnam backed the city's accession to the Regional Comprehensive Economic Partnership last year.",
     "Regional Comprehensive Economic Partnership"),
    ("Suppliers send invoices through the Nationwide E-invoicing Network to public agencies.",
     "Nationwide E-invoicing Network"),
])
def test_agreements_and_systems_named_like_bodies_are_no_institutions(extractor: Any, text: str, name: str) -> None:
    assert name not in found(extractor, text)


def test_a_bank_network_is_still_a_body(extractor: Any) -> None:
    got = found(extractor, "The Ruritania Banking Network signed an agreement with the central bank.")
    assert got.get("Ruritania Banking Network", ("",))[0] == "INSTITUTION", got


def test_a_newspaper_is_an_institution(extractor: Any) -> None:
    got = found(extractor, "Mr Tan said so, according to a report from the Business Times.")
    assert got["Business Times"][0] == "INSTITUTION"


def test_the_americas_are_a_place(extractor: Any) -> None:
    got = found(extractor, "The bank will expand its links between Singapore and the Americas.")
    assert got["Americas"] == ("PLACE", "Americas")


@pytest.mark.parametrize("text, canonical", [
    ("EDB exceeded its investment targets in Singapore, and Singapore firms grew.", "Economic Development Board"),
    ("The EDB will fund more schools in Hong Kong, as Singapore does.", "Education Bureau"),
])
def test_a_shared_acronym_is_the_body_of_the_country_the_text_is_about(extractor: Any, text: str,
                                                                       canonical: str) -> None:
    assert found(extractor, text)["EDB"] == ("INSTITUTION", canonical)


def test_parliament_alone_is_the_legislature_of_the_country_the_text_is_about(extractor: Any) -> None:
    got = found(extractor, "Parliament will debate the Budget. Singapore must stay open, as Singapore always has.")
    assert got["Parliament"] == ("INSTITUTION", "Parliament of Singapore")
    got = found(extractor, "He met Members of Parliament in London, United Kingdom.")
    assert "Parliament" not in got, got


def test_a_body_that_names_an_agreement_or_code_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "Data are shared under the IOSCO Multilateral Memorandum of Understanding, and the "
                           "SFC Code of Conduct applies to brokers.")
    assert "IOSCO" not in got and "SFC" not in got, got


def test_a_person_who_joined_a_name_joined_an_organisation(extractor: Any) -> None:
    got = found(extractor, "Varnex started out in cleaning services. One beneficiary is Tan Wei, who joined "
                           "Varnex on a work-study programme.")
    assert got.get("Varnex", ("",))[0] == "INSTITUTION", got


def test_a_subsidiary_named_by_its_region_is_one_name(extractor: Any) -> None:
    got = found(extractor, "Lenders include Hang Seng Bank and the Industrial and Commercial Bank of China (Asia) "
                           "Limited in Kowloon.")
    assert got["Industrial and Commercial Bank of China (Asia) Limited"][0] == "INSTITUTION"
    assert "Asia" not in got, got


def test_relating_to_stays_inside_a_committee_name(extractor: Any) -> None:
    name = "Subcommittee on Matters Relating to the Development of the Eastern Harbour"
    got = found(extractor, f"The {name} was set up in April 2022 to put forward proposals.")
    assert got[name][0] == "INSTITUTION", got


def test_an_acronym_inside_a_name_is_spelled_out_in_its_canonical_form(extractor: Any) -> None:
    text = ("The Legislative Council (LegCo) Secretariat today released a report. The LegCo Secretariat said "
            "the Legislative Council Secretariat would publish more.")
    got = found(extractor, text)
    assert {got[s][1] for s in ("Legislative Council (LegCo) Secretariat", "LegCo Secretariat",
                                "Legislative Council Secretariat")} == {"Legislative Council Secretariat"}


def test_a_new_status_title_is_a_role_not_a_place(extractor: Any) -> None:
    got = found(extractor, "Plans for the North District as New International Innovation and Technology Hub\n")
    assert "New International Innovation and Technology Hub" not in got, got


def test_a_group_parent_and_its_hong_kong_bank_are_two_bodies(extractor: Any) -> None:
    got = found(extractor, "HSBC Holdings reported profits, and The Hongkong and Shanghai Banking Corporation "
                           "Limited lent more to small firms.")
    assert got["HSBC Holdings"][1] != got["The Hongkong and Shanghai Banking Corporation Limited"][1]


def test_a_named_plural_head_with_an_of_complement_is_one_body(extractor: Any) -> None:
    got = found(extractor, "The Wuxi Institutes of Marine Biology and Health opened a laboratory, and Institutes of "
                           "Higher Learning will train more nurses.")
    assert got["Wuxi Institutes of Marine Biology and Health"][0] == "INSTITUTION"
    assert "Wuxi" not in got and "Institutes of Higher Learning" not in got, got


def test_heads_in_other_languages_and_facility_works(extractor: Any) -> None:
    got = found(extractor, "The Lund Institutet opened a lab near the Tai Lam Sewage Treatment Works, and Varro "
                           "Capital initiated a fund.")
    assert got["Lund Institutet"][0] == "INSTITUTION"
    assert got["Tai Lam Sewage Treatment Works"][0] == "PLACE"
    assert got.get("Varro Capital", ("",))[0] == "INSTITUTION", got


def test_slash_compounds_and_the_mainland_of_china(extractor: Any) -> None:
    got = found(extractor, "A Hong Kong/Shenzhen Innovation and Technology Park will rise, as industry in the "
                           "Mainland of China grows.")
    assert got["Hong Kong/Shenzhen Innovation and Technology Park"][0] == "PLACE"
    assert got["Mainland of China"] == ("PLACE", "Mainland China")


def test_an_owner_before_a_possessive_is_a_mention(extractor: Any) -> None:
    got = found(extractor, "The Minister delivered the Singapore Government's Budget Statement for Financial Year "
                           "2016 in Parliament.")
    assert got["Singapore Government"] == ("INSTITUTION", "Singapore Government")


def test_attendance_lists_and_bodies_named_by_head_and_topic(extractor: Any) -> None:
    text = ("(These minutes have been seen by the Administration)\n\nPanel on Harbour Affairs\n\nPublic officers "
            "attending :\n\nMr K C WONG\nHead, Quality Unit\n")
    got = found(extractor, text)
    assert got.get("Panel on Harbour Affairs", ("",))[0] == "INSTITUTION", got
    assert got.get("Quality Unit", ("",))[0] == "INSTITUTION", got
    assert "Head, Quality Unit" not in got, got


def test_the_company_someone_chairs_is_an_organisation(extractor: Any) -> None:
    got = found(extractor, "After my retirement as chairman of Varro Logistics last year, I moved to Penang.")
    assert got.get("Varro Logistics", ("",))[0] == "INSTITUTION", got


def test_german_states_have_their_english_names(extractor: Any) -> None:
    got = found(extractor, "Plants in Lower Saxony and North Rhine-Westphalia supply Niedersachsen's ports.")
    assert got["Lower Saxony"] == ("PLACE", "Lower Saxony")
    assert got["North Rhine-Westphalia"] == ("PLACE", "North Rhine-Westphalia")
    assert got["Niedersachsen"] == ("PLACE", "Lower Saxony")
