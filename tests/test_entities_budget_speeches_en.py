"""A bare 'Government' as the owner of the public finances is no actor (eninst, session 18; GUIDELINES: 'the
Government' alone is the institution only as an actor; fc17 gold): 'the Government's fiscal position', 'the revenue
of the Government'. A government's plan or stance stays a mention, and so does a bare 'Government' opening a
clause after a comma. 'the CCF' in a Hong Kong text is the Community Care Fund; Refinitiv is a company. What a
place is developed into ('developed into the X Centre') is a role, no body; a payment ('X Bonus', 'Y Credit') heads
a programme, and so does a programme head after a body's name and 'in' ('the X Lab in Schools Programme'). Made-up
sentences, the real model."""

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
    "Hong Kong's exports grew. The Government's fiscal position remains sound and the Government's revenue rose.",
    "Hong Kong's exports grew. We must watch the revenue and expenditure as well as financial position of the "
    "Government.",
    "Hong Kong's exports grew. Health takes up a large share of the expenditure of the current-term Government.",
    "Hong Kong's exports grew. Given the Government's overall fiscal situation, fees will stay frozen.",
    # before a plural noun it modifies the noun
    "Singapore's exports grew. We must work together with our unions and Government agencies on this.",
    "Singapore's exports grew. The Government departments will share data with firms.",
])
def test_the_owner_of_the_public_finances_or_a_modifier_is_no_actor(extractor: Any, text: str) -> None:
    assert [m for m in mentions(extractor, text) if m[0] == "Government"] == []


@pytest.mark.parametrize("text", [
    "Hong Kong's exports grew. The Government's plan to build clinics was welcomed.",
    "Hong Kong's exports grew. The Government's position on tariffs is clear.",
    "Hong Kong's exports grew. With ample reserves, Government has cut the salaries tax.",
])
def test_a_government_that_acts_stays_a_mention(extractor: Any, text: str) -> None:
    assert ("Government", "INSTITUTION", "Hong Kong SAR Government") in mentions(extractor, text)


def test_the_ccf_in_a_hong_kong_text_is_the_community_care_fund(extractor: Any) -> None:
    text = "Hong Kong's exports grew. I will invite the CCF to consider a subsidy for tenants of subdivided flats."
    assert ("CCF", "INSTITUTION", "Community Care Fund") in mentions(extractor, text)


def test_a_market_data_provider_is_a_company(extractor: Any) -> None:
    text = "The bank's daily fixing is published on its website and on pages of Refinitiv and Bloomberg."
    got = mentions(extractor, text)
    assert ("Refinitiv", "INSTITUTION", "Refinitiv") in got and ("Bloomberg", "INSTITUTION", "Bloomberg") in got


@pytest.mark.parametrize("text", [
    # what a place is made into: a role
    "The old airfield in Kai Tak can be developed into the Eastern Kowloon Modern Services Centre.",
    "We will develop Lok Ma Chau into the Northern Innovation and Technology Centre.",
    "Yuen Long can be turned into the New Territories West Regional Commercial Centre.",
    # a payment heads a programme
    "The SME Bonus is expected to cost $300 million over two years.",
    "The R&D Credit will cost $120 million a year.",
    # a body's word opening a programme's name
    "We will fund the Digital Maker Lab in Primary Schools Programme in the coming two years.",
    "Hong Kong will set up the Robotics Centre in Kindergartens Pilot Scheme.",
])
def test_no_body(extractor: Any, text: str) -> None:
    assert [m for m in mentions(extractor, text) if m[1] == "INSTITUTION"] == []


def test_a_body_merged_into_another_stays_a_body(extractor: Any) -> None:
    text = "The Harbour Trust was merged into the Coastal Waters Authority last year."
    assert any(m[0] == "Coastal Waters Authority" and m[1] == "INSTITUTION" for m in mentions(extractor, text))


def test_a_bare_government_before_a_verb_in_s_still_acts(extractor: Any) -> None:
    text = "Singapore's exports grew. The unions welcomed it and Government supports the move."
    assert ("Government", "INSTITUTION", "Singapore Government") in mentions(extractor, text)


def test_a_body_before_a_place_stays_a_body(extractor: Any) -> None:
    assert ("Robotics Centre", "INSTITUTION", "Robotics Centre") in \
        mentions(extractor, "The Robotics Centre in Kowloon Bay will open next year.")


def test_singapore_bodies_in_budget_debate_texts(extractor: Any) -> None:
    text = "FY2030 BUDGET DEBATE ROUND-UP SPEECH BY THE MINISTER FOR FINANCE\n1. MOF published a paper on this last month."
    assert ("MOF", "INSTITUTION", "Singapore Ministry of Finance") in mentions(extractor, text)
    text = "At the close of the Committee of Supply debates, the PMO website listed the cuts."
    assert ("PMO", "INSTITUTION", "Singapore Prime Minister's Office") in mentions(extractor, text)


def test_a_bank_named_in_a_building_s_atrium_is_no_mention(extractor: Any) -> None:
    got = mentions(extractor, "The forum was held at the UOB Plaza Atrium on Monday.")
    assert [m for m in got if m[1] == "INSTITUTION"] == [] and [m[:2] for m in got] == [("UOB Plaza Atrium", "PLACE")]


def test_a_known_acronym_before_a_plural_post_is_the_body(extractor: Any) -> None:
    text = "PMO Ministers | 7 March 2030. Speech at the close of the Committee of Supply debates."
    assert ("PMO", "INSTITUTION", "Singapore Prime Minister's Office") in mentions(extractor, text)
    text = "Hong Kong banks grew. HKMA Officers visited the banks."
    assert ("HKMA", "INSTITUTION", "Hong Kong Monetary Authority") in mentions(extractor, text)
