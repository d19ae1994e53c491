"""Bodies named in capitals (contents lists and headings of annual reports), read in title case; function words in
capitals are no acronyms. Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found

CONTENTS = ("CONTENTS CHAIRMAN'S STATEMENT EXECUTIVE DIRECTOR'S REPORT GOVERNING BOARD QFA PRODUCTS ADVISORY "
            "COMMITTEE THE RURITANIA PENSIONS AUTHORITY FINANCIAL STATEMENTS APPENDICES\n\n"
            "The QFA regime covers most workers.")


def test_bodies_in_a_capitals_contents_list_are_read_one_by_one(extractor: Any) -> None:
    got = found(extractor, CONTENTS)
    assert got.get("GOVERNING BOARD") == ("INSTITUTION", "Governing Board"), got
    assert got.get("QFA PRODUCTS ADVISORY COMMITTEE") == ("INSTITUTION", "QFA Products Advisory Committee"), got
    assert got.get("RURITANIA PENSIONS AUTHORITY") == ("INSTITUTION", "Ruritania Pensions Authority"), got
    assert not [s for s in got if "STATEMENT" in s or "REPORT" in s], got


def test_a_known_body_in_capitals_is_the_gazetteer_entry(extractor: Any) -> None:
    got = found(extractor, "ANNUAL REPORT THE HONG KONG MONETARY AUTHORITY CORPORATE GOVERNANCE\n\nRates rose.")
    assert got.get("HONG KONG MONETARY AUTHORITY") == ("INSTITUTION", "Hong Kong Monetary Authority"), got


def test_a_body_before_an_event_word_in_capitals_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "COMMITTEE OF SUPPLY DEBATE 2024 COS SPEECH BY THE SECOND MINISTER\n\nA1. Sir, thank you.")
    assert not [s for s in got if s in ("COS", "COMMITTEE OF SUPPLY")], got


def test_function_words_in_capitals_are_no_acronym(extractor: Any) -> None:
    got = found(extractor, "VISION Quality Teamwork WHO WE ARE The Ruritania Pensions Authority is a statutory body.")
    assert not [v for v in got.values() if v[1] == "World Health Organization"], got
    assert got.get("Ruritania Pensions Authority") == ("INSTITUTION", "Ruritania Pensions Authority"), got


def test_a_regional_group_of_central_banks_in_capitals_is_the_known_forum(extractor: Any) -> None:
    got = found(extractor, "EXECUTIVES' MEETING OF EAST ASIA AND PACIFIC CENTRAL BANKS (EMEAP)\n\n"
                           "The HKMA took part in the EMEAP working groups.")
    assert got.get("EXECUTIVES' MEETING OF EAST ASIA AND PACIFIC CENTRAL BANKS", ("", ""))[1] == \
        "Executives' Meeting of East Asia-Pacific Central Banks", got
    assert got.get("EMEAP", ("", ""))[1] == "Executives' Meeting of East Asia-Pacific Central Banks", got


def test_a_contents_list_with_page_numbers_keeps_each_body(extractor: Any) -> None:
    got = found(extractor, "Contents 16 The Governing Board 22 QFA Products Advisory Committee 24 QFA Industry "
                           "Schemes Committee 26 The Management Structure\n\nThe QFA regime covers most workers.")
    assert got.get("QFA Industry Schemes Committee", ("",))[0] == "INSTITUTION", got


def test_a_numbered_group_of_member_economies_is_not_the_body(extractor: Any) -> None:
    got = found(extractor, "The bank is an active ASEAN-5 monetary authority in the region.")
    assert "ASEAN" not in got, got
