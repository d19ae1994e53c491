"""National news agencies of the region in datelines, credits and sign-offs, and acronyms written as words in the house
style of Malaysian, Singaporean and British papers ('Asean', 'Apec', 'Nato') (enent, session 25; the forecast of
session 24 missed a '-VNA' sign-off). Made-up sentences; the first four failed before the gazetteer entries."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_dateline_agency_is_the_agency_not_the_city(extractor: Any) -> None:
    got = found(extractor, "Hong Kong (VNA) – The Vietnamese trade office opened a new branch on Monday (Photo: VNA).")
    assert got.get("VNA") == ("INSTITUTION", "Vietnam News Agency"), got
    assert got.get("Hong Kong") == ("PLACE", "Hong Kong SAR"), got


def test_a_sign_off_names_the_agency(extractor: Any) -> None:
    got = found(extractor, "Hanoi and Vientiane agreed to build a new rail link, officials said.-VNA")
    assert got.get("VNA") == ("INSTITUTION", "Vietnam News Agency"), got


def test_other_agencies_of_the_region(extractor: Any) -> None:
    got = found(extractor, "JAKARTA (ANTARA) - Indonesia will ship more coal to India this year, the ministry said. "
                           "Kyodo and Yonhap reported the same figures. (PTI)")
    assert got.get("ANTARA") == ("INSTITUTION", "Antara"), got
    assert got.get("Kyodo") == ("INSTITUTION", "Kyodo News"), got
    assert got.get("Yonhap") == ("INSTITUTION", "Yonhap News Agency"), got
    assert got.get("PTI") == ("INSTITUTION", "Press Trust of India"), got


def test_acronyms_written_as_words(extractor: Any) -> None:
    got = found(extractor, "Malaysia is chairing Asean this year, while Apec ministers meet in Lima and Nato meets in "
                           "Brussels.")
    assert got.get("Asean") == ("INSTITUTION", "Association of Southeast Asian Nations"), got
    assert got.get("Apec", ("",))[1] == "Asia-Pacific Economic Cooperation", got
    assert got.get("Nato") == ("INSTITUTION", "North Atlantic Treaty Organization"), got


def test_a_short_form_without_its_country_is_no_agency(extractor: Any) -> None:
    got = found(extractor, "The PNA and PTI columns of the spreadsheet were merged by the clerk.")
    assert "PNA" not in got and "PTI" not in got, got


def test_pti_without_an_agencys_credit_is_no_agency(extractor: Any) -> None:
    """Review reven S2: 'PTI' is Pakistan's party too, in texts naming India; the agency is read only where the text
    credits it ('(PTI)', 'PTI reported')."""
    got = found(extractor, "In Pakistan, the PTI party accused India of interference, and PTI supporters marched in "
                           "Lahore.")
    assert "PTI" not in got, got
