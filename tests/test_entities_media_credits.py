"""English institutions (issue 14) on made-up sentences: news media named in photo credits and source lines are
mentions of the outlet (devset-real DECISIONS 28, 30; gazetteer.institutions.media.jsonl), an outlet's short form
that starts another name is not the outlet, a LegCo panel written 'the X Panel' is the Panel on X, and a page
number glued to an all-capitals running header ('59HONG KONG X AUTHORITY') is no part of the body's name."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_photo_credits_and_source_lines_name_the_outlet(extractor: Any) -> None:
    got = found(extractor, "The minister toured the new depot on Tuesday. ST PHOTO: TAN AH KOW\n\nMore than 300 firms "
                           "applied for the grant. PHOTO: TNP\n\nSource: Xinhua")
    assert got.get("ST") == ("INSTITUTION", "The Straits Times"), got
    assert got.get("TNP") == ("INSTITUTION", "The New Paper"), got
    assert got.get("Xinhua") == ("INSTITUTION", "Xinhua News Agency"), got


def test_an_outlet_short_form_starting_another_name_is_not_the_outlet(extractor: Any) -> None:
    got = found(extractor, "The depot opened on Monday. ST PHOTO: TAN AH KOW\n\nST Kinetics said it would bid.")
    assert got.get("ST") == ("INSTITUTION", "The Straits Times"), got
    assert "ST Kinetics" not in got or got["ST Kinetics"][1] != "The Straits Times"


def test_a_legco_panel_written_with_its_topic_first_is_that_panel(extractor: Any) -> None:
    got = found(extractor, "The Legislative Council will be briefed. The Housing Panel discussed the plan on Monday.")
    assert got.get("Housing Panel") == ("INSTITUTION", "Panel on Housing"), got


def test_a_page_number_glued_to_a_running_header_is_no_part_of_the_body(extractor: Any) -> None:
    got = found(extractor, "Ensuring the banks were liquid was a priority.\n59HONG KONG WIDGET AUTHORITY • ANNUAL "
                           "REPORT 2031\nOBJECTIVES")
    assert got.get("HONG KONG WIDGET AUTHORITY", ("",))[0] == "INSTITUTION", got
    assert "KONG WIDGET AUTHORITY" not in got
