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


def test_a_facility_under_works_is_a_place(extractor: Any) -> None:
    got = found(extractor, "The Riverside Museum of Science will undergo major renovation next year. Work on the "
                           "Harbour Opera Centre has commenced.")
    assert got.get("Riverside Museum of Science", ("",))[0] == "PLACE"
    assert got.get("Harbour Opera Centre", ("",))[0] == "PLACE"


def test_a_branch_after_a_post_and_a_comma_is_no_body(extractor: Any) -> None:
    got = found(extractor, "The task force comprises the Executive Director, Finance; Executive Director, Project "
                           "Delivery; and Director, Commercial of the Authority.")
    assert not {"Finance", "Project Delivery", "Commercial of the Authority"} & set(got)


def test_a_breadcrumb_mark_ends_a_name(extractor: Any) -> None:
    text = "Home > About KTA > Governance Structure > The Council\nThe Council\n"
    span = (0, text.index("\n"), "ORG")  # the model's span over a web page's breadcrumb line
    pieces = [text[s:e] for s, e, _ in extractor.entities.ner_pieces(text, [span])]
    assert pieces and not any(">" in p for p in pieces)


def test_names_inside_a_law_title_name_no_body(extractor: Any) -> None:
    got = found(extractor, "The Advisory Board was established under the Harbour Sailing Club of Kowloon Ordinance "
                           "(Cap. 9999).\n6.Rules of the High Court (Amendment) Rules 2031\nHon Alan LEONG to "
                           "address the Council on Town Planning (Amendment) Ordinance 2030 (Commencement) Notice.")
    assert not {"Harbour Sailing Club of Kowloon Ordinance", "High Court", "Council on Town Planning"} & set(got)


def test_a_committee_of_a_body_is_no_short_form_of_that_body(extractor: Any) -> None:
    got = found(extractor, "The Establishment Subcommittee of the Finance Committee will consider the post. The "
                           "Finance Committee approved it.")
    assert got["Finance Committee"] == ("INSTITUTION", "Finance Committee")


def test_a_board_named_before_or_after_its_body_is_one_board(extractor: Any) -> None:
    got = found(extractor, "The Chairman of the Board of the Riverbend Arts Authority met the media. Members of "
                           "the Riverbend Arts Authority Board were briefed.")
    assert got["Riverbend Arts Authority Board"] == got["Board of the Riverbend Arts Authority"]


def test_a_free_trade_area_is_no_place(extractor: Any) -> None:
    got = found(extractor, "Since the establishment of the Ruritania-Borduria Free Trade Area (RBFTA) in 2003, the "
                           "HKSARG has watched its progress.")
    assert "Ruritania-Borduria Free Trade Area" not in got and "RBFTA" not in got


def test_a_unit_introduced_with_an_article_names_no_body(extractor: Any) -> None:
    got = found(extractor, "To this end, the Bureau will set up a Liaison Group amongst the three bureaux and a "
                           "Records Office in the department.")
    assert "Liaison Group" not in got and "Records Office" not in got
