"""English institutions and places, session 21 (eninst; made-up sentences, the real model):
- a venue a company runs that acts or gets a loan is its operator ('a $1.5 billion loan to Ocean Park', 'Hong Kong
  Disneyland to launch a parade'), where 'visitors to Ocean Park launched' leaves the site;
- works sites named by their owners are places: a body's headquarters built ('a new X Department headquarters'), the
  club house of a former club converted, a named House redeveloped;
- 'Project X' names a project, no body;
- 'Manifesto' (a document) is no place;
- a place's government in lower case as the subject of a verb is that government ('the HKSAR government would');
- outlets named by a byline's website, a source line or a news lead are institutions."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.ingest.formats import ingest_text


def mentions(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    doc = ingest_text(text)
    return [(m.text, m.label, m.canonical) for _, ms in extractor.extract([doc]) for m in ms
            if m.label in ("PLACE", "INSTITUTION")]


@pytest.mark.parametrize("text", [
    "The Government will offer a $1.5 billion loan to Ocean Park to build a new hotel.",
    "• Ocean Park to launch a summer festival and stage a light show",
    "Hong Kong Disneyland will also introduce two new rides next year.",
])
def test_a_venue_that_acts_or_gets_a_loan_is_its_operator(extractor: Any, text: str) -> None:
    labels = {label for surface, label, _ in mentions(extractor, text) if "Ocean Park" in surface or "Disneyland" in surface}
    assert labels == {"INSTITUTION"}


def test_a_venue_after_a_preposition_stays_a_site(extractor: Any) -> None:
    got = mentions(extractor, "Visitors to Ocean Park launched a petition about the queues.")
    assert ("Ocean Park", "PLACE", "Ocean Park") in got


@pytest.mark.parametrize(("text", "place", "body"), [
    ("We will spend $2 billion to build a new Marine Department headquarters at Tsing Yi.",
     "Marine Department headquarters", "Marine Department"),
    ("We will convert the club house of the former Kowloon Cricket Club into a youth hostel.",
     "Kowloon Cricket Club", "Kowloon Cricket Club"),
    ("A study will look at the redevelopment of the Sports House near the stadium.", "Sports House", None),
])
def test_works_sites_named_by_their_owners_are_places(extractor: Any, text: str, place: str, body: str | None) -> None:
    got = mentions(extractor, text)
    assert any(label == "PLACE" and place in surface for surface, label, _ in got)
    assert not any(label == "INSTITUTION" and surface == body for surface, label, _ in got)


def test_a_body_headquarters_outside_works_stays_the_body(extractor: Any) -> None:
    got = mentions(extractor, "The Marine Department headquarters said ferries would run as usual.")
    assert any(label == "INSTITUTION" and surface.startswith("Marine Department") for surface, label, _ in got)


def test_project_names_are_no_bodies(extractor: Any) -> None:
    got = mentions(extractor, "The Authority has announced the launch of Project Lighthouse, a new venture with banks.")
    assert not any("Lighthouse" in surface for surface, _, _ in got)


def test_a_manifesto_is_no_place(extractor: Any) -> None:
    got = mentions(extractor, "As I promised in my Manifesto, we will build more homes.")
    assert not any(surface == "Manifesto" for surface, _, _ in got)


@pytest.mark.parametrize(("text", "canonical"), [
    ("The chief executive said the HKSAR government would introduce new steps on housing.", "Hong Kong SAR Government"),
    ("Analysts expect the Singapore government will announce more support.", "Singapore Government"),
])
def test_a_lower_case_government_that_acts_is_the_government(extractor: Any, text: str, canonical: str) -> None:
    assert any(label == "INSTITUTION" and c == canonical for _, label, c in mentions(extractor, text))


def test_a_lower_case_government_before_a_noun_names_no_body(extractor: Any) -> None:
    got = mentions(extractor, "This Hong Kong government text lists the governments of Guangdong and Macao.")
    assert not any(label == "INSTITUTION" for _, label, _ in got)


@pytest.mark.parametrize(("text", "outlet"), [
    ("Bank profits rise\n    By Jane Doe (chinadaily.com.cn) Updated: 2031-01-29 18:48\nBanks lent more.", "China Daily"),
    ("Loans grow\nQUOTESWIRE ·  Oct 12 09:15\nBanks lent more in the half year.", "QUOTESWIRE"),
    ("ChainWire reported on June 3 that the regulator set up a new working group.", "ChainWire"),
])
def test_outlets_in_bylines_source_lines_and_news_leads(extractor: Any, text: str, outlet: str) -> None:
    assert any(label == "INSTITUTION" and c == outlet for _, label, c in mentions(extractor, text))


def test_a_person_reporting_is_no_outlet(extractor: Any) -> None:
    got = mentions(extractor, "Mr Lee reported that sales rose.\nDr Wong reported on Monday that prices fell.")
    assert not any(label == "INSTITUTION" for _, label, _ in got)


def test_a_cash_gift_is_a_payment_no_body(extractor: Any) -> None:
    got = mentions(extractor, "Currently, the Toddler Bonus Cash Gift is disbursed in five instalments over the child's "
                              "first 18 months.")
    assert not any("Gift" in surface for surface, _, _ in got)


def test_a_member_title_names_no_legislature(extractor: Any) -> None:
    got = mentions(extractor, "Legislative Council member Jane Wong said the rules were clear.")
    assert not any(c == "Legislative Council" for _, _, c in got)


def test_lower_case_members_of_a_legislature_name_it(extractor: Any) -> None:
    got = mentions(extractor, "To pass it, we have to lobby members of the Legislative Council for their support.")
    assert any(c == "Legislative Council" for _, _, c in got)


def test_a_person_cited_by_surname_is_no_outlet(extractor: Any) -> None:
    got = mentions(extractor, "Loans grew, said Arthur Chan, an official.\nAccording to Chan, borrowers repaid debts.")
    assert not any(label == "INSTITUTION" and c == "Chan" for _, label, c in got)


def test_a_source_cited_at_a_line_start_is_an_outlet(extractor: Any) -> None:
    got = mentions(extractor, "According to Cryptonews, the regulator will publish a list of licensed issuers.")
    assert ("Cryptonews", "INSTITUTION", "Cryptonews") in got
