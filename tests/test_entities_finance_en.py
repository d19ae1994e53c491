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


def test_a_word_with_a_capital_inside_is_a_brand_not_a_town(extractor: Any) -> None:
    got = found(extractor, "The conference, organised with KeyBridge and Temasek, opened in May.")
    assert got.get("KeyBridge", ("",))[0] != "PLACE", got


def test_a_known_name_in_small_capitals_before_its_possessive(extractor: Any) -> None:
    got = found(extractor, "The city kept its AAA rating from Standard & poor’s for the tenth year.")
    assert got.get("Standard & poor’s", ("", ""))[1] == "S&P Global Ratings", got


def test_an_acronym_defined_for_common_words_does_not_act_as_a_body(extractor: Any) -> None:
    got = found(extractor, "Issuers of fiat-referenced stablecoins (FRS) will need a licence. Any firm that issues "
                           "an FRS must hold reserves, and an FRS issued abroad may not be sold here.")
    assert "FRS" not in got, got


def test_a_cohort_a_programme_names_is_no_body(extractor: Any) -> None:
    got = found(extractor, "About 500,000 seniors in the Harbour Generation will benefit.")
    assert not [k for k in got if "Generation" in k], got
    got = found(extractor, "Members of the Lantern Cohort will get letters from the Government.")
    assert not [k for k in got if "Generation" in k or "Cohort" in k], got


def test_a_heading_in_capitals_with_an_article_is_a_phrase_not_a_body(extractor: Any) -> None:
    got = found(extractor, "C. A STRONGER AND MORE CARING SOCIETY\n\nWe will do more for families with young children.")
    assert not [k for k, v in got.items() if v[0] == "INSTITUTION"], got


def test_singapore_ministries_by_their_acronyms(extractor: Any) -> None:
    got = found(extractor, "In Singapore, MOM will publish the wage data and MOT will extend the rail lines.")
    assert got.get("MOM", ("", ""))[1] == "Singapore Ministry of Manpower", got
    assert got.get("MOT", ("", ""))[1] == "Singapore Ministry of Transport", got


def test_singapore_statutory_boards_and_healthcare_clusters(extractor: Any) -> None:
    got = found(extractor, "Singapore's Health Sciences Authority approved the vaccine, and SingHealth and the "
                           "National University Health System will give it.")
    for name in ("Health Sciences Authority", "SingHealth", "National University Health System"):
        assert got.get(name, ("",))[0] == "INSTITUTION", (name, got)


def test_a_registry_of_disorders_is_records(extractor: Any) -> None:
    got = found(extractor, "The Uncommon Disorders Registry will list some 800 patients.")
    assert "Uncommon Disorders Registry" not in got, got


def test_a_body_s_name_may_open_with_a_lower_case_letter(extractor: Any) -> None:
    got = found(extractor, "The eMPF Platform Company Limited will repay the cash advance next year.")
    assert got.get("eMPF Platform Company Limited", ("",))[0] == "INSTITUTION", got
    assert "Platform Company Limited" not in got, got


def test_the_medium_a_body_uses_is_not_part_of_its_name(extractor: Any) -> None:
    got = found(extractor, "The speech was streamed on the Ministry of Harbour Affairs YouTube channel.")
    assert got.get("Ministry of Harbour Affairs", ("",))[0] == "INSTITUTION", got
    assert not [k for k in got if "YouTube" in k], got


def test_a_dateline_in_capitals_gives_the_country_of_a_bare_parliament(extractor: Any) -> None:
    got = found(extractor, "SINGAPORE — Delivering the Budget in Parliament on Tuesday, the Minister told the House "
                           "that the plan would cost less.")
    assert got.get("Parliament", ("", ""))[1] == "Parliament of Singapore", got


def test_an_exchange_s_regulatory_subsidiary_is_its_own_body(extractor: Any) -> None:
    got = found(extractor, "MAS and SGX RegCo removed the minimum trading price, and SGX RegCo will review the rule.")
    assert got.get("SGX RegCo", ("", ""))[1] == "Singapore Exchange Regulation", got
    assert "SGX" not in got, got
