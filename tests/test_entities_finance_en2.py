"""Institutions in finance texts (issue 14, session 12): registered company names with a bracketed qualifier, a
body written after its home's name, slogans in capitals, legal-form words alone, agreements named after their
parties. Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_company_name_with_a_bracketed_qualifier_is_one_company_and_no_place(extractor: Any) -> None:
    got = found(extractor, "Zorvan Pacific (Holdings) Limited holds its shares through Zorvan Hong Kong (BVI) "
                           "Limited, a wholly-owned subsidiary incorporated in 2003.")
    assert got.get("Zorvan Pacific (Holdings) Limited", ("",))[0] == "INSTITUTION", got
    assert got.get("Zorvan Hong Kong (BVI) Limited", ("",))[0] == "INSTITUTION", got
    assert "Hong Kong" not in got and "BVI" not in got, got


def test_an_article_before_a_bracketed_company_name_is_no_part_of_it(extractor: Any) -> None:
    got = found(extractor, "Last year The Quillon Bank (China) Limited opened four branches.")
    assert got.get("Quillon Bank (China) Limited", ("",))[0] == "INSTITUTION", got


def test_a_known_body_written_after_its_home_s_name_is_that_body(extractor: Any) -> None:
    got = found(extractor, "The Hong Kong Securities and Futures Commission and the Shenzhen Stock Exchange met.")
    assert got.get("Hong Kong Securities and Futures Commission", ("", ""))[1] == \
        "Securities and Futures Commission", got
    assert got.get("Shenzhen Stock Exchange", ("", ""))[1] == "Shenzhen Stock Exchange", got


def test_a_slogan_in_capitals_with_a_possessive_determiner_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Our Vision is to be\nYOUR TRUSTED BANK\nOur Mission is to serve.")
    assert not any("Bank" in k or "BANK" in k for k in got), got


def test_legal_form_words_alone_name_no_company(extractor: Any) -> None:
    got = found(extractor, "The exchange announced a bond Company Limited, a joint venture set up in June.")
    assert "Company Limited" not in got, got


def test_rating_agencies_in_a_capitals_ratings_table(extractor: Any) -> None:
    got = found(extractor, "RATINGS MOODY S Long-term Deposit Outlook Stable STANDARD & POOR'S Long-term Credit "
                           "Outlook Stable")
    assert got.get("MOODY S", ("", ""))[1] == "Moody's", got
    assert got.get("STANDARD & POOR'S", ("",))[0] == "INSTITUTION", got


def test_a_bank_s_short_name_beside_its_full_name_is_the_bank_not_a_place(extractor: Any) -> None:
    got = found(extractor, "The cover shows Kowloon Harbour Bank and the communities it serves. Founded in 1951, "
                           "Kowloon Harbour is one of the largest listed companies in the city.")
    assert got.get("Kowloon Harbour", ("", ""))[1] == "Kowloon Harbour Bank", got


def test_units_coordinated_under_one_plural_head_are_each_a_body(extractor: Any) -> None:
    got = found(extractor, "Staff of the Quay Supervision and Quay Policy Departments met the bankers.")
    assert got.get("Quay Supervision", ("", ""))[1] == "Quay Supervision Department", got
    assert got.get("Quay Policy Departments", ("", ""))[1] == "Quay Policy Department", got
    got = found(extractor, "She oversees the Markets & Trading, Data & Analytics, as well as Resilience Groups.")
    assert got.get("Markets & Trading", ("", ""))[1] == "Markets & Trading Group", got
    assert got.get("Data & Analytics", ("", ""))[1] == "Data & Analytics Group", got
    assert got.get("Resilience Groups", ("", ""))[1] == "Resilience Group", got


def test_a_shared_head_of_two_words_and_an_open_split(extractor: Any) -> None:
    got = found(extractor, "The Shenzhen and Hong Kong Stock Exchanges will link their markets.")
    assert got.get("Shenzhen", ("", ""))[1] == "Shenzhen Stock Exchange", got
    got = found(extractor, "It was drafted by the Trade and Fiscal Affairs and Legal and Ethics Divisions.")
    assert not any(v[0] == "INSTITUTION" for v in got.values()), got  # four ways to split: left alone


def test_a_list_of_abbreviations_is_read_line_by_line(extractor: Any) -> None:
    got = found(extractor, "Abbreviations used in this Report\nAML Anti-money laundering\nBCBS Basel Committee on "
                           "Banking Supervision\nCCP Central Counterparty\nQFB Quillon Financial Board\n"
                           "IMF International Monetary Fund\n")
    assert got.get("BCBS", ("", ""))[1] == "Basel Committee on Banking Supervision", got
    assert got.get("Basel Committee on Banking Supervision", ("", ""))[1] == \
        "Basel Committee on Banking Supervision", got
    assert "CCP" not in got and not any("Counterparty" in k for k in got), got  # a term, no party
    assert got.get("QFB", ("", ""))[1] == "Quillon Financial Board", got
    assert got.get("International Monetary Fund", ("", ""))[1] == "International Monetary Fund", got


def test_a_body_named_only_before_a_memorandum_s_acronym_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "The new agreement builds on the IOSCO MOU signed in 2002.")
    assert "IOSCO" not in got, got
    got = found(extractor, "The HKMA signed an MoU with the SFC on Friday.")
    assert "SFC" in got, got


def test_one_word_on_each_side_of_and_is_one_name_s_own_and(extractor: Any) -> None:
    got = found(extractor, "Staff of the Economic and Trade Offices in Tokyo and Quillon met the traders. A review "
                           "of the Quillon Training Boards and General Committees began.")
    assert not any(k in ("Economic", "Trade Offices", "General Committees") for k in got), got


def test_a_headline_s_speaker_whom_the_text_calls_mr_x_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Regulator among best regarded central banks: Velumani\n\nSingapore - Credibility is the "
                           "most precious asset, Deputy Prime Minister Velumani Pillai said on Tuesday. Mr Velumani "
                           "then opened the gallery.")
    assert not any(v[0] == "INSTITUTION" and "Velumani" in k for k, v in got.items()), got


def test_exchange_of_information_is_an_activity_no_exchange(extractor: Any) -> None:
    got = found(extractor, "The treaty provides for the Exchange of Information between the two tax authorities. "
                           "They also committed to Automatic Exchange of Information from 2018.")
    assert "Exchange of Information" not in got and "Automatic Exchange of Information" not in got, got
