"""Names glued across commas and 'and' (issue 14 class 2), and facilities opened at a ceremony or in a list after a
place phrase (devset-real DECISIONS 41; eninst, session 16). Made-up sentences, the real model (session fixture
`extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_list_of_bodies_tagged_as_one_name_is_one_body_each(extractor: Any) -> None:
    got = found(extractor, "He met leaders of policy think tanks including Pacific Rim Foundation, Institute of Civic "
                           "Affairs, Ocean Society Harbour Centre, Seabridge and Marlow Institute for Regional Policy.")
    for name in ("Institute of Civic Affairs", "Ocean Society Harbour Centre", "Marlow Institute for Regional Policy"):
        assert got[name][0] == "INSTITUTION", (name, got)
    assert not any("," in name for name in got), got
    got = found(extractor, "Talks were held with the Institute of Civic Affairs, Ocean Society Harbour Centre and "
                           "Marlow Institute for Regional Policy.")
    for name in ("Institute of Civic Affairs", "Ocean Society Harbour Centre", "Marlow Institute for Regional Policy"):
        assert got[name][0] == "INSTITUTION", (name, got)


def test_a_known_acronym_after_a_comma_ends_the_name_before_it(extractor: Any) -> None:
    got = found(extractor, "A memorandum was signed by the Ruritanian Ministry of Finance, AIIB, the Asian "
                           "Development Bank and the World Bank Group.")
    assert got["Ruritanian Ministry of Finance"][0] == "INSTITUTION", got
    assert got["AIIB"] == ("INSTITUTION", "Asian Infrastructure Investment Bank")
    assert not any("," in name for name in got), got


def test_a_portfolio_listed_after_a_comma_stays_one_name(extractor: Any) -> None:
    got = found(extractor, "The Ministry of Culture, Community and Youth and the Hong Kong Monetary Authority, "
                           "Securities and Futures Commission and Insurance Authority met on Monday.")
    assert got["Ministry of Culture, Community and Youth"][0] == "INSTITUTION", got
    for name in ("Hong Kong Monetary Authority", "Securities and Futures Commission", "Insurance Authority"):
        assert got[name][0] == "INSTITUTION", (name, got)


def test_facilities_opened_at_a_ceremony_are_places(extractor: Any) -> None:
    got = found(extractor, "The minister spoke at the opening ceremony of the Harbourview Centre and Lotus Centre "
                           "today.")
    for name in ("Harbourview Centre", "Lotus Centre"):
        assert got[name][0] == "PLACE", (name, got)


def test_a_place_phrase_between_the_kind_and_the_named_members(extractor: Any) -> None:
    got = found(extractor, "Today we are seeing the opening of two centres in the Tai Lam Science Park, namely the "
                           "Harbourview Centre and Lotus Centre.")
    for name in ("Harbourview Centre", "Lotus Centre"):
        assert got[name][0] == "PLACE", (name, got)


def test_a_facility_of_a_park_ends_at_its_head(extractor: Any) -> None:
    got = found(extractor, "Guests toured the Lotus Centre of the Tai Lam Science Park after the opening of the "
                           "Lotus Centre.")
    assert got["Lotus Centre"][0] == "PLACE", got
    assert got["Tai Lam Science Park"][0] == "PLACE", got
    assert not any(" of the " in name for name in got), got


def test_an_acronym_in_the_plural_names_a_kind(extractor: Any) -> None:
    got = found(extractor, "Integrated Leisure Resorts (ILRs) are a new idea. The Cabinet will call for proposals to "
                           "develop two ILRs, and the ILRs will open in 2030, the Ministry of Trade said.")
    assert "ILRs" not in got, got
    for plural in ("ILRs", "IRs", "HKETOs"):  # what the model tags as an organisation ('because the IRs will ...')
        assert extractor.entities.type_entity(plural, "ORG") is None, plural


def test_a_first_name_before_its_bracketed_surname_is_a_person(extractor: Any) -> None:
    got = found(extractor, "Nick (Brooke), Victor (Lo), distinguished guests, ladies and gentlemen, good afternoon. "
                           "Nick is already talking about reclaiming more land.")
    assert "Nick" not in got and "Victor" not in got, got


def test_a_heading_that_the_text_writes_in_lower_case_is_no_name(extractor: Any) -> None:
    got = found(extractor, "(A) East-meets-West Centre for International Legal Exchange\n\nHong Kong will grow as the "
                           "East-meets-West centre for international legal exchange with the Department of Justice.")
    assert not any("Centre" in name for name in got), got
    assert got["Department of Justice"][0] == "INSTITUTION", got
    got = found(extractor, "The works cover the construction of Harbour Acute Hospital at Kai Tak, a new acute "
                           "hospital, and its expansion.")
    assert got["Harbour Acute Hospital"][0] == "PLACE", got  # written with capitals inside a sentence: a name


def test_un_agencies_development_banks_and_a_cabinet_are_known_bodies(extractor: Any) -> None:
    got = found(extractor, "Funding came from IFAD, the EBRD and UNESCAP. In Singapore, the Cabinet decided to "
                           "proceed with the plan.")
    assert got["IFAD"] == ("INSTITUTION", "International Fund for Agricultural Development"), got
    assert got["EBRD"] == ("INSTITUTION", "European Bank for Reconstruction and Development"), got
    assert got["UNESCAP"][0] == "INSTITUTION", got
    assert got["Cabinet"] == ("INSTITUTION", "Cabinet of Singapore"), got
