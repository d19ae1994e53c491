"""Facilities named as the members of a works list are places (issue 14, English institutions, session 15;
devset-real DECISIONS 41): works on a plural kind of facility followed by the named members ('the redevelopment of a
number of hospitals including A, B and C'), a list that runs through a part of one member ('..., the East Block of C
and D'), a works verb in its -ing form ('expanding X'), a facility's acronym written before its full name ('expanding
ACR (Full Name)'), and a building's own head words (Headquarters, Theatre, Tower, Compound). Made-up sentences, the
real model (session fixture `extractor`)."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_members_after_works_on_a_plural_kind_are_places(extractor: Any) -> None:
    got = found(extractor, "The plan will cover the redevelopment and expansion of a number of hospitals including "
                           "Lok Wah Hospital, Silver Bay Hospital, Saint Agnes Hospital and Tung Kiu Hospital.")
    for name in ("Lok Wah Hospital", "Silver Bay Hospital", "Saint Agnes Hospital", "Tung Kiu Hospital"):
        assert got[name][0] == "PLACE", name


def test_a_list_runs_through_a_part_of_one_member(extractor: Any) -> None:
    got = found(extractor, "Works will follow at Lok Wah Hospital, Silver Bay Hospital, the East Block of "
                           "Kwai Fong Hospital and Pak Shan Hospital, as the expansion of Pak Shan Hospital shows.")
    for name in ("Lok Wah Hospital", "Silver Bay Hospital", "Kwai Fong Hospital", "Pak Shan Hospital"):
        assert got[name][0] == "PLACE", name


def test_a_gerund_and_an_acronym_before_its_name(extractor: Any) -> None:
    got = found(extractor, "We are building one in the south and expanding NCH (Northcliff General Hospital) in "
                           "the centre.")
    assert got["Northcliff General Hospital"][0] == "PLACE"


def test_a_facility_that_acts_in_a_list_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "The expansion of several hospitals, including Lok Wah Hospital and Silver Bay "
                           "Hospital, is planned. Lok Wah Hospital said it would hire more nurses.")
    assert got["Lok Wah Hospital"][0] == "INSTITUTION"
    assert got["Silver Bay Hospital"][0] == "PLACE"


def test_a_past_tense_works_verb_and_a_list_with_time_phrases(extractor: Any) -> None:
    got = found(extractor, "We opened Lakeview General Hospital in 2010 and now Pinecrest Community Hospital, as "
                           "well as the Brookfield Hospital.")
    for name in ("Lakeview General Hospital", "Pinecrest Community Hospital", "Brookfield Hospital"):
        assert got[name][0] == "PLACE", name


def test_a_dash_or_colon_opens_the_members_after_a_plural_kind(extractor: Any) -> None:
    got = found(extractor, "We will open more clinics in the coming years: Lakeview Clinic by 2031, Pinecrest "
                           "Clinic in two years' time, and Brookfield Clinic in 2034.")
    for name in ("Lakeview Clinic", "Pinecrest Clinic", "Brookfield Clinic"):
        assert got[name][0] == "PLACE", name


def test_a_site_occupied_by_a_facility_and_a_schools_premises_name_the_building(extractor: Any) -> None:
    got = found(extractor, "Services of Kowloon Bay Hospital (KBH) will move, and the site currently occupied by "
                           "KBH will be kept. We are converting the vacant premises of the Sha Tin Government "
                           "Primary School into an arts centre.")
    assert got["Kowloon Bay Hospital"][0] == "PLACE", got
    assert got["Sha Tin Government Primary School"][0] == "PLACE", got
