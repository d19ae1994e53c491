"""Institutions and places in Hong Kong government and HKMA texts (eninst, session 19; made-up sentences, the real
model). A clause's first 'Government's' is the text's government acting ('Over the past years, Government's
allocation to X grew'), as a clause's first 'Government will' is; 'the Council' that no council named before it
answers, in a page that names a council's committees, is that council, not a body with 'Council' in its name the page
names further down; two known bodies written one after the other (the signatories under a joint statement) are two
bodies, while a committee after its body stays one name; a known body followed by 'of' and its own place ('the
Securities and Futures Commission of Hong Kong') holds that place in its name; 'Asia World-Expo' is the venue.
Plural teams or groups named by their task ('Dedicated Teams for Attracting X') are one set-up, not a class; a
website menu's 'Photo Gallery' is no place; a possessive ending a name ('the X Museum of Art's wing') is no part of it.
A place in a plan's topic ('the Development Blueprint for Hong Kong's X Industry') is inside the plan's title; a
facility set up 'in major overseas cities' is a format, no site; a newswire is a company; 'the CCF' in a Policy
Address chapter is the Community Care Fund; a known body's named facility ('the HKMA Information Centre') is one
place.
Ruling (the session-18 open question): 'the Government's policy measures', 'the Government's responses' — a noun of
what the government does or decides — name the government as the agent, a mention; only the public finances it owns
are no actor (session 18)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.records import Document


def mentions(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    """(surface, label, canonical) of every place and institution mention, in text order."""
    doc = Document(doc_id="t", source="t.txt", format="txt", title="", text=text, sha256="")
    return [(m.text, m.label, m.canonical) for _, ms in extractor.extract([doc]) for m in ms
            if m.label in ("PLACE", "INSTITUTION")]


@pytest.mark.parametrize("text", [
    "Hong Kong's clinics are busy. Over the past three years, Government's recurrent subvention to the Hospital "
    "Authority has risen steadily.",
    "Hong Kong's clinics are busy.\nGovernment's support for elderly carers will be extended to 2031.",
])
def test_a_clause_opening_government_possessive_is_the_government(extractor: Any, text: str) -> None:
    assert ("Government", "INSTITUTION", "Hong Kong SAR Government") in mentions(extractor, text)


def test_the_owner_of_the_public_finances_stays_no_actor_at_a_clause_start(extractor: Any) -> None:
    text = "Hong Kong's clinics are busy. In the coming year, Government's fiscal position will remain tight."
    assert [m for m in mentions(extractor, text) if m[0] == "Government"] == []


@pytest.mark.parametrize("text", [
    "Hong Kong's exports grew, helped by the Government's supportive policy measures.",
    "Hong Kong's exports grew. The paper sets out the Government's responses to the issues raised.",
])
def test_the_government_as_the_agent_of_its_measures_is_a_mention(extractor: Any, text: str) -> None:
    assert ("Government", "INSTITUTION", "Hong Kong SAR Government") in mentions(extractor, text)


def test_the_council_of_a_page_naming_its_committees_is_that_council(extractor: Any) -> None:
    text = ("Terms of Reference\n  1. To consider proposals before their introduction to the Council or the Finance "
            "Committee.\n  2. To report to the Council or to the House Committee when required.\n\nLocal Visits\n"
            "Visit to the Vocational Training Council on 3 March 2031\n")
    got = [m for m in mentions(extractor, text) if m[0] == "Council"]
    assert got and all(m[2] == "Legislative Council" for m in got)


def test_a_council_named_before_still_answers_the_council(extractor: Any) -> None:
    text = ("The Vocational Training Council will run new courses with the Finance Committee's approval. "
            "The Council will also train more nurses.")
    assert ("Council", "INSTITUTION", "Vocational Training Council") in mentions(extractor, text)


@pytest.mark.parametrize("text, bodies", [
    ("Issued jointly by\nHong Kong Monetary Authority Bank of Thailand Central Bank of Malaysia\n",
     ["Hong Kong Monetary Authority", "Bank of Thailand"]),
    ("Joint announcement\nSecurities and Futures Commission Insurance Authority\n",
     ["Securities and Futures Commission", "Insurance Authority"]),
])
def test_known_bodies_one_after_another_are_a_list(extractor: Any, text: str, bodies: list[str]) -> None:
    got = [m[2] for m in mentions(extractor, text) if m[1] == "INSTITUTION"]
    assert all(b in got for b in bodies) and not any(" ".join(bodies) in g for g in got)


def test_a_committee_after_its_body_stays_one_name(extractor: Any) -> None:
    text = "The proposal was approved by the Legislative Council Finance Committee last week."
    got = mentions(extractor, text)
    assert ("Legislative Council", "INSTITUTION", "Legislative Council") not in got


def test_a_body_of_its_own_place_holds_the_place_in_its_name(extractor: Any) -> None:
    text = ("The Securities and Futures Commission of Hong Kong and the China Securities Regulatory Commission "
            "signed a memorandum on cross-boundary supervision.")
    got = mentions(extractor, text)
    assert ("Securities and Futures Commission of Hong Kong", "INSTITUTION", "Securities and Futures Commission") \
        in got and not any(m[1] == "PLACE" for m in got)


def test_the_own_place_standing_alone_elsewhere_still_counts(extractor: Any) -> None:
    text = ("Hong Kong will host the forum. The Securities and Futures Commission of Hong Kong will speak there.")
    got = mentions(extractor, text)
    assert ("Hong Kong", "PLACE", "Hong Kong SAR") == got[0] and sum(m[1] == "PLACE" for m in got) == 1


def test_the_expo_venue_spelt_with_a_space(extractor: Any) -> None:
    text = "Hong Kong will host the fair, and trade shows held at the Asia World-Expo will be subsidised."
    assert ("Asia World-Expo", "PLACE", "AsiaWorld-Expo") in mentions(extractor, text)


@pytest.mark.parametrize("text, name", [
    ("Hong Kong will act. We will set up Special Teams for Promoting Green Finance in our overseas offices.",
     "Special Teams for Promoting Green Finance"),
    ("Hong Kong will act. The Joint Working Groups on Tackling Youth Unemployment will report next year.",
     "Joint Working Groups on Tackling Youth Unemployment"),
])
def test_plural_teams_named_by_their_task_are_one_set_up(extractor: Any, text: str, name: str) -> None:
    assert (name, "INSTITUTION", name) in mentions(extractor, text)


def test_plural_centres_without_a_task_stay_a_class(extractor: Any) -> None:
    text = "Hong Kong will act. The Regional Procurement Centres will buy medical supplies for the clusters."
    assert [m for m in mentions(extractor, text) if "Centres" in m[0]] == []


def test_a_website_menu_gallery_is_no_place(extractor: Any) -> None:
    text = "Budget Speech\nPress Releases\nPhoto Gallery\nVideo Gallery\nRelated Links\n\nThe brand Hong Kong\n"
    assert [m for m in mentions(extractor, text) if "Gallery" in m[0]] == []


@pytest.mark.parametrize("text, name", [
    ("Visitors praised the Hong Kong Museum of Art's new wing.", "Hong Kong Museum of Art"),
    ("The design follows the Hong Kong Museum of Art's.", "Hong Kong Museum of Art"),
])
def test_a_possessive_ending_a_name_is_no_part_of_it(extractor: Any, text: str, name: str) -> None:
    assert name in [m[0] for m in mentions(extractor, text)]


@pytest.mark.parametrize("text", [
    "Macau's visitors grew. The Development Blueprint for Hong Kong's Maritime Industry was released last year.",
    "Macau's visitors grew. The Action Plan on Hong Kong's Logistics Services will be updated.",
])
def test_a_place_in_a_plans_topic_is_inside_its_title(extractor: Any, text: str) -> None:
    assert [m for m in mentions(extractor, text) if m[2] == "Hong Kong SAR"] == []


def test_a_place_standing_alone_after_a_plan_word_stays(extractor: Any) -> None:
    text = "Macau's visitors grew. It is a good Plan for Hong Kong."
    assert ("Hong Kong", "PLACE", "Hong Kong SAR") in mentions(extractor, text)


def test_a_facility_set_up_in_several_cities_is_a_format_no_place(extractor: Any) -> None:
    text = ("Hong Kong firms will benefit. The council will set up Hong Kong Pavilions, the Hong Kong Creative Gallery "
            "and pop-up shops in major overseas cities.")
    assert [m for m in mentions(extractor, text) if "Gallery" in m[0]] == []


def test_a_known_site_before_several_cities_stays(extractor: Any) -> None:
    text = "Hong Kong firms will benefit. AsiaWorld-Expo will host fairs that tour in several Mainland cities."
    assert ("AsiaWorld-Expo", "PLACE", "AsiaWorld-Expo") in mentions(extractor, text)


def test_a_newswire_in_a_dateline_is_a_company(extractor: Any) -> None:
    text = "HONG KONG SAR - Harbour Wave Newswire - 3 March 2031 - The Government will promote new industries."
    assert ("Harbour Wave Newswire", "INSTITUTION", "Harbour Wave Newswire") in mentions(extractor, text)


def test_the_ccf_in_a_policy_address_chapter_is_the_community_care_fund(extractor: Any) -> None:
    text = "Policy Address\n\nElderly Services\n\n12. We will invite the CCF to run two pilot schemes for carers.\n"
    assert ("CCF", "INSTITUTION", "Community Care Fund") in mentions(extractor, text)


def test_a_bodys_named_facility_is_one_place(extractor: Any) -> None:
    text = ("Hong Kong's regulator keeps a library. The HKMA Visitor Centre is located at 55/F of its tower and is "
            "open on weekdays. The Centre holds an exhibition area.")
    got = mentions(extractor, text)
    assert ("HKMA Visitor Centre", "PLACE", "HKMA Visitor Centre") in got and \
        not any(m[0] == "Visitor Centre" for m in got)
