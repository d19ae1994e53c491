"""Places and institutions of Singapore budget speeches (issue 14, session 19): firms described by what they are and
do, the parties to a joint investment, a location adjective before a body's name, plural acronyms, the purse a measure
costs, a short form defined for a name of everyday words, the portfolio two ministers share, a known place and a
compass point after it. Made-up sentences, one rule each; each failed before its rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_firm_described_by_where_it_is_or_what_it_does_is_an_institution(extractor: Any) -> None:
    got = found(extractor, "Korvana, a Singapore start-up specialising in sensor technology, tapped on the network and "
                           "formed a partnership with B.K.R. Technologies, a company in Japan specialising in drones.")
    assert got.get("Korvana", ("",))[0] == "INSTITUTION", got
    assert got.get("B.K.R. Technologies", ("",))[0] == "INSTITUTION", got


def test_a_name_before_comma_is_a_firm_is_an_institution(extractor: Any) -> None:
    got = found(extractor, "One of them, Tellurix, is a local deep-tech start-up with expertise in contactless charging.")
    assert got.get("Tellurix", ("",))[0] == "INSTITUTION", got


def test_a_location_adjective_is_no_part_of_a_bodys_name(extractor: Any) -> None:
    got = found(extractor, "This is a joint landmark project between Singapore-based RKT Group and M&N Group, a "
                           "Vietnamese conglomerate.")
    assert "Singapore-based RKT Group" not in got and got.get("RKT Group", ("",))[0] == "INSTITUTION", got


def test_a_plural_acronym_partnered_is_a_kind_of_body(extractor: Any) -> None:
    got = found(extractor, "Since 2031, the Ministry of Health (MOH) in Singapore has partnered VWOs to set up "
                           "36 teams in the community.")
    assert "VWOs" not in got, got


def test_the_government_a_measure_costs_is_the_purse(extractor: Any) -> None:
    got = found(extractor, "Singapore households will get a rebate. The rebate will cost the Government $300 million.")
    assert "Government" not in got, got
    got = found(extractor, "In Singapore, the Government will pay half of the rebate.")
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_a_short_form_defined_for_everyday_words_is_no_entity(extractor: Any) -> None:
    got = found(extractor, "Firms in Singapore may hire foreign workers up to the Dependency Ratio Ceiling (DRC). "
                           "The DRC for services stays at 35%.")
    assert not any(v[1] == "Democratic Republic of the Congo" for v in got.values()), got
    got = found(extractor, "Cars with an Open Market Value (OMV) above $40,000 pay more; the OMV is set by customs.")
    assert "OMV" not in got, got
    got = found(extractor, "Aid reached the Democratic Republic of the Congo (DRC) and Uganda; the DRC asked for more.")
    assert any(v[1] == "Democratic Republic of the Congo" for v in got.values()), got


def test_the_cos_after_a_portfolio_two_ministers_share(extractor: Any) -> None:
    got = found(extractor, "The Ministers for Trade and Industry will provide more details at the COS.")
    assert got.get("COS") == ("INSTITUTION", "Committee of Supply"), got


def test_singapore_bodies_known_by_their_own_names(extractor: Any) -> None:
    got = found(extractor, "Working with NTUC’s e2i, the café chain redesigned its jobs.")
    assert got.get("e2i") == ("INSTITUTION", "Employment and Employability Institute"), got
    got = found(extractor, "The National Council of Social Service will lead the effort in Singapore.")
    assert got.get("National Council of Social Service") == ("INSTITUTION", "National Council of Social Service"), got


def test_a_known_place_and_a_compass_point_after_it_are_one_place(extractor: Any) -> None:
    got = found(extractor, "The Ministry of Health in Singapore launched communities in Hong Kah North and Yishun.")
    assert got.get("Hong Kah North", ("",))[0] == "PLACE" and "Hong Kah" not in got, got
    got = found(extractor, "Patients of the Hong Kong East Cluster were moved to Tuen Mun.")
    assert "Hong Kong East" not in got, got


def test_the_parties_to_a_joint_investment_are_institutions(extractor: Any) -> None:
    got = found(extractor, "The estate was a joint investment between Vantacorp and Rimbatech to build up food processing.")
    assert got.get("Vantacorp", ("",))[0] == "INSTITUTION" and got.get("Rimbatech", ("",))[0] == "INSTITUTION", got


def test_a_short_form_defined_after_or_takes_its_names_meaning(extractor: Any) -> None:
    got = found(extractor, "In Singapore, the Dependency Ratio Ceiling, or DRC, will be cut from 1:7 to 1:5 for firms.")
    assert not any(v[1] == "Democratic Republic of the Congo" for v in got.values()), got


def test_singapore_agencies_of_earlier_budgets(extractor: Any) -> None:
    got = found(extractor, "Courses under SkillsFuture will be funded by MOE and WDA.")
    assert got.get("WDA") == ("INSTITUTION", "Workforce Development Agency"), got
    got = found(extractor, "He helped build the SCDF's new fire engines.")
    assert got.get("SCDF") == ("INSTITUTION", "Singapore Civil Defence Force"), got
