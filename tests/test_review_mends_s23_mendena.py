"""Review mends, session 23 (mendena; review /work/s23/review-reven.md; made-up sentences, the real model):
- M1: in a home-country text that names no other country, only the context aliases listed in not_entities.en.json
  home_context_aliases ('SSG', 'COS', ...) are read bare; 'AA' (in 'AA+'), 'CPU', 'GPA', 'ABS' still need their
  context words (country_context);
- M8: 'the central government of <another country>' is no Central People's Government (government_forms_en)."""

from __future__ import annotations

from typing import Any

from pipeline.ingest.formats import ingest_text


def bodies(extractor: Any, text: str) -> set[str]:
    doc = ingest_text(text)
    return {m.canonical for _, ms in extractor.extract([doc]) for m in ms if m.label == "INSTITUTION"}


def test_m1_a_rating_and_a_chip_in_a_home_text_are_no_bodies(extractor: Any) -> None:
    text = ("The Exchange Fund's total assets rose to $4,200 billion. Standard & Poor's affirmed Hong Kong's AA+ "
            "credit rating, citing the Fund. The Government will spend $3 billion on the supercomputing centre in "
            "Hong Kong, doubling its CPU and GPU capacity. Students with a GPA of 3.0 will get $5,000.")
    found = bodies(extractor, text)
    assert not {"Airport Authority Hong Kong", "Central Policy Unit", "Government Property Agency"} & found, found


def test_m1_brakes_in_a_singapore_text_are_no_bank_association(extractor: Any) -> None:
    text = "The Budget provides $2 billion for seniors in Singapore. Cars with ABS brakes get a rebate."
    assert "Association of Banks in Singapore" not in bodies(extractor, text)


def test_m8_the_central_government_of_another_country_in_a_hk_text(extractor: Any) -> None:
    text = ("The Hong Kong Trade Development Council led a mission from Hong Kong to Bangkok in Thailand. The Chief "
            "Executive said the Hospital Authority, the Housing Authority and the Airport Authority Hong Kong support "
            "the plan. The central government of Thailand welcomed the mission.")
    assert "Central People's Government" not in bodies(extractor, text)


def test_m8_the_central_government_in_beijing_still_is_the_cpg(extractor: Any) -> None:
    text = ("The Hong Kong Trade Development Council and the Hospital Authority support the plan. The central "
            "government in Beijing welcomed the mission.")
    assert "Central People's Government" in bodies(extractor, text)


def test_s0_another_countrys_house_in_a_singapore_dollar_text(extractor: Any) -> None:
    text = ("In his Budget speech, Finance Minister Lawrence Wong said each Singaporean household will get $600 in CDC "
            "vouchers and more CPF top-ups. Separately, in Washington, the House voted to raise the US debt ceiling.")
    assert "Parliament of Singapore" not in bodies(extractor, text)


def test_s0_the_house_addressed_in_a_singapore_speech_naming_another_country(extractor: Any) -> None:
    text = ("Mr Speaker, Sir, the CPF top-ups will cost $600 million. Like Japan, we will help seniors. "
            "I thank the House for its support.")
    assert "Parliament of Singapore" in bodies(extractor, text)


def test_s5_a_capitals_heading_with_an_acronym_is_no_dateline(extractor: Any) -> None:
    text = "FINANCIAL TECHNOLOGY (FINTECH)\nWe will spend $100 million on fintech in Hong Kong."
    assert "FINTECH" not in bodies(extractor, text)


def test_s5_a_wire_dateline_still_names_its_outlet(extractor: Any) -> None:
    text = "TOKYO (Zenpo Shimbun) - The government will spend $3 billion on ports."
    assert "Zenpo Shimbun" in bodies(extractor, text)


def test_s4_a_department_before_between_is_no_joint_body(extractor: Any) -> None:
    text = "Officials from the Department of Commerce between Hong Kong and Shenzhen travelled daily."
    assert not any("between" in b for b in bodies(extractor, text))
