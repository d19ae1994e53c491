"""English institutions (issue 14) on made-up sentences: a committee named with its parent after 'of (the)' and
named without it in one text is one body; a post title that holds a body's word ('Leader of the House') before a
person's name names no body; a LegCo paper's header line runs its panel's name into the paper's title."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_committee_named_with_its_parent_after_of_and_without_it_is_one_body(extractor: Any) -> None:
    got = found(extractor, "The Riverside Fund Advisory Committee (RFAC) met. It set up the Bonds Sub-Committee of the "
                           "Riverside Fund Advisory Committee in May. The Bonds Sub-Committee will report to RFAC.")
    assert got["Bonds Sub-Committee"] == got["Bonds Sub-Committee of the Riverside Fund Advisory Committee"]
    got = found(extractor, "The Tariff Panel of the Insurance Authority met twice. The Tariff Panel agreed.")
    assert got["Tariff Panel"] == got["Tariff Panel of the Insurance Authority"]


def test_a_post_whose_title_ends_in_the_chamber_names_no_body(extractor: Any) -> None:
    got = found(extractor, "Leader of the House Grace Tan said the Budget would help families.")
    assert not any(name.startswith("House") for name in got)


def test_a_legco_panel_in_a_header_line_ends_before_the_paper_title(extractor: Any) -> None:
    got = found(extractor, "CB(1)123/30-31(04) For discussion on 3 May 2031 Legislative Council Panel on Development "
                           "Greening Old Districts INTRODUCTION This paper reports progress.")
    assert got.get("Legislative Council Panel on Development", ("",)) == ("INSTITUTION", "Panel on Development")
    got = found(extractor, "Ref. : CB4/PL/TP Panel on Transport Meeting on 2 June 2031 Background brief on tolls")
    assert got.get("Panel on Transport", ("",))[0] == "INSTITUTION"
    assert "Panel on Transport Meeting" not in got
    got = found(extractor, "Legislative Council Panel on Housing Public Rental Flats Programme 2031-32 Purpose This "
                           "paper briefs Members.")
    assert got.get("Legislative Council Panel on Housing", ("",)) == ("INSTITUTION", "Panel on Housing")


def test_a_post_short_title_in_brackets_names_no_body(extractor: Any) -> None:
    got = found(extractor, "The Chief Secretary for Administration (CS) visited a centre. The CS said more would follow.")
    assert "CS" not in got


def test_a_term_of_office_after_a_body_is_no_part_of_its_name(extractor: Any) -> None:
    got = found(extractor, "He pledged to revive the Commission on Rural Housing in the Sixth Term of the HKSAR "
                           "Government.")
    assert got.get("Commission on Rural Housing", ("",))[0] == "INSTITUTION"
    assert not any("Term" in name for name in got)


def test_into_inside_a_committee_topic_continues_the_name(extractor: Any) -> None:
    got = found(extractor, "The Council will form the Task Force on Entry into Foreign Markets to be led by the "
                           "Secretary.")
    assert got.get("Task Force on Entry into Foreign Markets", ("",))[0] == "INSTITUTION"


def test_a_quoted_company_or_policy_unit_being_set_up_is_a_body(extractor: Any) -> None:
    got = found(extractor, 'He will set up a brand-new "Harbour Growth Investment Company Limited" and a '
                           '"Mayor\'s Policy Unit" this year.')
    assert got.get("Harbour Growth Investment Company Limited", ("",))[0] == "INSTITUTION"
    assert got.get("Mayor's Policy Unit", ("",))[0] == "INSTITUTION"


def test_a_known_panel_whose_topic_goes_on_in_a_list_is_a_longer_panel(extractor: Any) -> None:
    got = found(extractor, "Members agreed to form the Panel on Housing, Lands and Planning. The Panel on Housing and the "
                           "Lands Department will report.")
    assert got.get("Panel on Housing, Lands and Planning", ("",))[0] == "INSTITUTION"
    assert got.get("Panel on Housing", ("",))[0] == "INSTITUTION"
    assert got.get("Lands Department", ("",))[0] == "INSTITUTION"


def test_a_renamed_body_and_its_new_name_are_one_entity(extractor: Any) -> None:
    got = found(extractor, "Members agreed to rename, among the Panels of the Council, the Panel on Home Affairs as the "
                           "Panel on Home Affairs, Heritage and Sports, and the Panel on Security as the Panel on Security "
                           "and Justice.")
    assert got["Panel on Home Affairs, Heritage and Sports"] == got["Panel on Home Affairs"]
    assert got["Panel on Security and Justice"] == got["Panel on Security"]
    got = found(extractor, "In 2031 the Harbour Works Office was renamed the Harbour Renewal Office.")
    assert got["Harbour Renewal Office"] == got["Harbour Works Office"]
