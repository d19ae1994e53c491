"""English institutions in Hong Kong legislature papers, appointment notices and web pages (issue 14) on made-up
sentences: a list item's dash glued to a body's first word, one body written with and without an article after its
preposition, kinds of body in a plural list, a committee named with its known parent body, a committee named with
and without its parent, a numbered unit of a body, a web page's 'About Us' link."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_dash_opening_a_list_line_is_no_part_of_the_name(extractor: Any) -> None:
    got = found(extractor, "Other Papers\n\n1.No. 41\n\n-Harbour Ferry Licensing Board\nAnnual Report 2030-31\n"
                           "(to be presented by Secretary for Transport)\n")
    assert got.get("Harbour Ferry Licensing Board", ("",))[0] == "INSTITUTION"
    assert "Ferry Licensing Board" not in got


def test_one_body_with_and_without_an_article_after_of_is_one_entity(extractor: Any) -> None:
    got = found(extractor, "Appointment to Board of Governors of Riverbend Music Centre\n\nThe Chief Executive has "
                           "appointed Ms Lee as a Member of the Board of Governors of the Riverbend Music Centre.")
    assert got["Board of Governors of Riverbend Music Centre"] == \
        got["Board of Governors of the Riverbend Music Centre"]


def test_kinds_of_body_in_a_plural_list_are_no_companies(extractor: Any) -> None:
    got = found(extractor, "Nomination of Members to serve on Public Bodies, Advisory Boards and Committees")
    assert not {"Public Bodies", "Advisory Boards", "Committees"} & set(got)


def test_a_committee_of_a_known_body_is_one_name_with_its_parent(extractor: Any) -> None:
    got = found(extractor, "Minutes of the meeting of the Finance Committee of the Provisional Legislative Council "
                           "held on Friday.")
    assert got.get("Finance Committee of the Provisional Legislative Council", ("",))[0] == "INSTITUTION"
    assert "Provisional Legislative Council" not in got
    got = found(extractor, "Ref : CB1/F/9\n\nEstablishment Subcommittee of the Provisional Legislative Council\n\n"
                           "Minutes of the meeting\nheld at the Legislative Council Chamber\n")
    assert got.get("Establishment Subcommittee of the Provisional Legislative Council", ("",))[0] == "INSTITUTION"
    assert "Provisional Legislative Council" not in got


def test_a_committee_named_with_and_without_its_parent_is_one_body(extractor: Any) -> None:
    got = found(extractor, "The Bureau will consult the Legislative Council Panel on Fisheries next month. Later the "
                           "Panel on Fisheries will report to the Council.")
    assert got["Panel on Fisheries"] == ("INSTITUTION", "Legislative Council Panel on Fisheries")


def test_a_numbered_unit_keeps_its_number(extractor: Any) -> None:
    got = found(extractor, "Council Business Division 3\nLegislative Council Secretariat\n24 May 2031\n")
    assert got.get("Council Business Division 3", ("",))[0] == "INSTITUTION"
    assert "Council Business Division" not in got


def test_a_web_page_about_us_link_names_no_place(extractor: Any) -> None:
    got = found(extractor, "Skip to content\n\nAbout Us\n\nThe Bureau will report to the Panel on Fisheries.")
    assert "Us" not in got
