"""Institutions in financial and news texts (issue 14, session 9): a company's legal name and its common name are one
entity and the common name alone is a later mention (DECISIONS 31); a photo's credit and a list after 'newspapers'
name media (DECISIONS 30); the parts of a currency board system and posts titled 'Registrar' name no body.
Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.company_forms import common_name
from tests.test_entities_real import found


def test_the_common_name_is_what_a_legal_name_keeps_before_its_legal_words() -> None:
    assert common_name("Zorvia Holdings PLC") == "Zorvia"
    assert common_name("Tarn Logistics Group Limited") == "Tarn Logistics"
    assert common_name("Quill, Inc.") == "Quill"
    assert common_name("Harbour Bureau") == "Harbour Bureau"
    assert common_name("Holdings") == "Holdings"


def test_a_legal_name_and_the_common_name_are_one_company(extractor: Any) -> None:
    got = found(extractor, "Zorvia Holdings PLC apologised to its clients on Monday. A spokesman for Zorvia said "
                           "that HSBC had not been affected.")
    assert got.get("Zorvia Holdings PLC", ("",))[0] == "INSTITUTION", got
    assert got.get("Zorvia", ("", "-"))[1] == got["Zorvia Holdings PLC"][1], got


def test_a_known_bank_s_holding_company_takes_the_bank_s_common_name(extractor: Any) -> None:
    got = found(extractor, "HSBC Holdings PLC apologised to customers in the city. HSBC said that nothing changed.")
    assert got.get("HSBC Holdings PLC", ("", "-"))[1] == got.get("HSBC", ("", "+"))[1], got


def test_a_one_word_common_name_at_a_sentence_start_is_not_read_alone(extractor: Any) -> None:
    got = found(extractor, "Brisk Mobility Limited was fined. Brisk riders were told to wait.")
    assert "Brisk" not in got, got


def test_a_photo_credit_after_a_caption_names_the_agency(extractor: Any) -> None:
    got = found(extractor, "A guard stands outside a branch in Kowloon on May 3. Photo: Reuters\n\n"
                           "The lender said it would review its fees.")
    assert got.get("Reuters", ("",))[0] == "INSTITUTION", got


def test_names_listed_after_newspapers_are_media(extractor: Any) -> None:
    got = found(extractor, "The story was covered by local newspapers, including Wen Wei Po, Ta Kung Pao and the "
                           "Oriental Daily News.")
    assert got.get("Wen Wei Po", ("",))[0] == "INSTITUTION", got
    assert got.get("Ta Kung Pao", ("",))[0] == "INSTITUTION", got


def test_the_parts_of_a_currency_board_system_are_no_bodies(extractor: Any) -> None:
    got = found(extractor, "Under the Currency Board principles, the Monetary Base rose to HK$2 trillion while the "
                           "Aggregate Balance stayed near HK$45 billion. The Discount Window was little used.")
    assert not {"Currency Board", "Monetary Base", "Aggregate Balance", "Discount Window"} & set(got), got
    got = found(extractor, "The Currency Board Sub-Committee met on 3 May.")
    assert got.get("Currency Board Sub-Committee", ("",))[0] == "INSTITUTION", got


def test_a_registrar_is_a_post(extractor: Any) -> None:
    got = found(extractor, "The Registrar of Companies and the Registrar of Trade Unions attended the meeting.")
    assert not any(s.startswith("Registrar") for s in got), got


def test_a_body_named_without_its_leading_place_is_the_same_body(extractor: Any) -> None:
    got = found(extractor, "Welcome to the reception of the Hong Kong Federation of Harbour Pilots. The Federation of "
                           "Harbour Pilots has 100 members.")
    assert got.get("Federation of Harbour Pilots", ("", "-"))[1] == \
        got.get("Hong Kong Federation of Harbour Pilots", ("", "+"))[1], got
    got = found(extractor, "The People's Bank of China and the Bank of China met.")
    assert got["Bank of China"][1] != got["People's Bank of China"][1], got
