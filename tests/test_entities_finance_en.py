"""Institutions in central-bank, regulator and finance texts (issue 14, session 11): the banks such texts name
(the FSB's global systemically important banks, the banks incorporated in Hong Kong and Singapore), a known
body's acronym inside a post's title. Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_global_banks_are_institutions_not_places_or_nothing(extractor: Any) -> None:
    got = found(extractor, "Analysts at Goldman Sachs and Morgan Stanley expect the deal to close, while Mizuho "
                           "and Barclays stayed out of it.")
    for name in ("Goldman Sachs", "Morgan Stanley", "Mizuho", "Barclays"):
        assert got.get(name, ("",))[0] == "INSTITUTION", (name, got)
    assert "Stanley" not in got, got


def test_singapore_local_banks_by_their_short_names(extractor: Any) -> None:
    got = found(extractor, "Profits at DBS, OCBC and UOB rose in the third quarter as loan books grew.")
    assert got.get("DBS", ("", ""))[1] == "DBS Bank", got
    assert got.get("OCBC", ("", ""))[1] == "OCBC Bank", got
    assert got.get("UOB", ("", ""))[1] == "United Overseas Bank", got


def test_a_hong_kong_subsidiary_bank_is_not_its_parent_and_no_place(extractor: Any) -> None:
    got = found(extractor, "The Industrial and Commercial Bank of China (Asia) opened two branches in Yuen Long.")
    assert got.get("Industrial and Commercial Bank of China (Asia)", ("", ""))[1] == \
        "Industrial and Commercial Bank of China (Asia)", got
    assert "Bank of China" not in got and "Asia" not in got, got


def test_a_known_body_s_acronym_in_a_post_s_title_is_that_body(extractor: Any) -> None:
    got = found(extractor, "Ms Lau, Executive Director of the HKMA, opened the seminar on payments.")
    assert got.get("HKMA", ("", ""))[1] == "Hong Kong Monetary Authority", got
    got = found(extractor, "Mr Ng, Managing Director of MAS, met the bankers on Friday.")
    assert got.get("MAS", ("", ""))[1] == "Monetary Authority of Singapore", got


def test_a_portfolio_in_a_post_s_title_stays_no_body(extractor: Any) -> None:
    got = found(extractor, "The Secretary for Financial Services and the Treasury met the Director of Audit.")
    assert not [k for k, v in got.items() if v[0] == "INSTITUTION"], got


def test_an_accord_named_after_a_town_is_no_place(extractor: Any) -> None:
    got = found(extractor, "Lenders here hold more capital than Basel III asks, and the regulator will apply the "
                           "Basel standards in full next year.")
    assert "Basel" not in got, got


def test_the_town_itself_is_still_a_place(extractor: Any) -> None:
    got = found(extractor, "The governors met in Basel on Sunday.")
    assert got.get("Basel", ("",))[0] == "PLACE", got


def test_a_city_s_role_described_by_adjectives_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Robust and Resilient Financial Centre\n\nThe regulator consulted the industry on the "
                           "new rules for fund managers.")
    assert "Robust and Resilient Financial Centre" not in got, got


def test_a_running_head_glued_to_the_chapter_title_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Page 12 Global Financial Hub Global Financial Hub growth in the region was uneven "
                           "and the HKMA said so.")
    assert not [k for k in got if "Hub" in k], got


def test_a_medical_registry_is_records_not_a_body(extractor: Any) -> None:
    got = found(extractor, "The Rare Disease Registry will hold the records of some 3,000 patients, and the "
                           "Companies Registry will keep its counters open.")
    assert "Rare Disease Registry" not in got, got
    assert got.get("Companies Registry", ("",))[0] == "INSTITUTION", got


def test_a_settlement_system_named_like_a_unit_is_no_body(extractor: Any) -> None:
    got = found(extractor, "Bonds lodged with the Central Moneymarkets Unit (CMU) rose by a tenth.")
    assert not [k for k in got if "Unit" in k or k == "CMU"], got
