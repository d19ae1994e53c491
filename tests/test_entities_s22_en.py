"""English institutions, session 22 (eninst; made-up sentences, the real model):
- a list whose items carry a programme's or an account's head names programmes, no companies ('top-ups to the
  Child Savings Account, Learning Account or Tertiary Study Account');
- a council's member title names no body ('Non-official Members of the Executive Council');
- an opening article stays out of a name ('a "Committee on X"');
- 'as well as an X Team' is a conjunction, not a role ('into a', 'as an');
- the Government owning a funding share is the public purse, no actor;
- a heading line of common words with a weak head ('Home Nursing Service') is a topic, no body;
- a foundation's country in an of-phrase is a place ('the Liberty Foundation of the United States');
- Singapore agencies and companies named by everyday words, and Hong Kong's policy offices (gazetteer entries);
- title-cased small words ('Ministry Of X And Ministry Of Y') read lowered: two ministries; 'Masterplan' a plan;
  a ministry before another body's committee ('the MOM Committee of Supply 2031') stays itself; a body before its
  officer's title ('NTUC Secretary-General', 'X CEO Bill Tan') is named; a body before an event ('(APEC) Economic
  Leaders' Meeting') is no mention; the items after 'institutions, namely' are bodies;
- two one-word kinds before a shared lower-case head ('Endowment and Trust funds') name no body; a ministry's earlier
  name ('MCI', renamed MDDI in 2024) is the same body."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.entities.spans import clean_span
from pipeline.ingest.formats import ingest_text


def mentions(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    doc = ingest_text(text)
    return [(m.text, m.label, m.canonical) for _, ms in extractor.extract([doc]) for m in ms
            if m.label in ("PLACE", "INSTITUTION")]


def bodies(extractor: Any, text: str) -> set[str]:
    return {canonical for _, label, canonical in mentions(extractor, text) if label == "INSTITUTION"}


def test_a_list_of_accounts_names_no_companies(extractor: Any) -> None:
    text = ("Parents get $150 per child in their Family Development Account, Edusave Account, or Post-Secondary "
            "Savings Account.")
    assert bodies(extractor, text) == set()


def test_a_list_of_companies_stays(extractor: Any) -> None:
    text = "Local firms such as Kestrel Foods, Bluewater Logistics and Harbourline Engineering have grown abroad."
    assert {"Kestrel Foods", "Bluewater Logistics", "Harbourline Engineering"} <= bodies(extractor, text)


@pytest.mark.parametrize("text", [
    "I have taken up the advice of the Non-official Members of the Executive Council on this matter.",
    "The Official Members of the Executive Council met the delegation.",
])
def test_a_council_members_title_names_no_body(extractor: Any, text: str) -> None:
    assert "Executive Council" not in bodies(extractor, text)


def test_members_of_plural_councils_name_the_councils(extractor: Any) -> None:
    assert "District Councils" in bodies(extractor, "The pay of Members of the District Councils will be frozen.")


def test_the_council_acting_stays(extractor: Any) -> None:
    assert "Executive Council" in bodies(extractor, "The Executive Council approved the plan last week.")


def test_an_opening_article_stays_out_of_a_span() -> None:
    text = 'He will set up a "Committee on Renewal of the Eastern Waterfront" soon.'
    s, e = clean_span(text, text.index("a \""), text.index('" soon'))
    assert text[s:e] == "Committee on Renewal of the Eastern Waterfront"
    assert text[slice(*clean_span(text, 0, 2))] == "He"


def test_as_well_as_is_no_role(extractor: Any) -> None:
    text = "He will introduce a review system for senior officials as well as a Digital Delivery Enhancement Team."
    assert "Digital Delivery Enhancement Team" in bodies(extractor, text)


def test_a_role_after_as_a_stays_no_body(extractor: Any) -> None:
    assert bodies(extractor, "We will develop the district as a Centre for Creative Industries.") == set()


def test_the_governments_funding_share_is_no_actor(extractor: Any) -> None:
    text = "Last year I raised the Government's co-funding share for the wage scheme."
    assert bodies(extractor, text) == set()


def test_a_heading_of_common_words_is_a_topic(extractor: Any) -> None:
    text = ("Policy Address\n\nHome Nursing Service\n\n12. We will add places for home nursing, a service that "
            "helps frail residents recover at home with care from nurses.")
    assert not any("Service" in name for name in bodies(extractor, text))


def test_a_named_service_in_prose_stays(extractor: Any) -> None:
    text = "The Government Flying Service rescued two hikers yesterday."
    assert "Government Flying Service" in bodies(extractor, text)


def test_a_foundations_country_is_a_place(extractor: Any) -> None:
    got = mentions(extractor, "The city was ranked first by the Liberty Foundation of the United States last year.")
    assert ("Liberty Foundation", "INSTITUTION", "Liberty Foundation") in got
    assert any(label == "PLACE" and surface == "United States" for surface, label, _ in got)


def test_a_national_bank_keeps_its_country(extractor: Any) -> None:
    got = bodies(extractor, "The Export-Import Bank of the United States signed the loan.")
    assert "Export-Import Bank of the United States" in got


@pytest.mark.parametrize("text, name", [
    ("He is a technician at SP Services who learnt network skills in Singapore.", "SP Services"),
    ("Groups like SG Enable and their partners support persons with disabilities in Singapore.", "SG Enable"),
    ("Youths can join advisory bodies through the PICO and the Youth Development Commission in Hong Kong.",
     "Policy Innovation and Co-ordination Office"),
])
def test_everyday_word_agencies_are_known(extractor: Any, text: str, name: str) -> None:
    assert name in bodies(extractor, text)


# -- second commit: title-case small words, plan words, organs of other bodies, posts after a body, events, lists --

def test_title_case_small_words_split_two_ministries(extractor: Any) -> None:
    text = ("Speech By Ms Jane Tan, Senior Parliamentary Secretary For The Ministry Of Trade And Industry And Ministry "
            "Of Manpower, At Committee Of Supply 2031\n\n1. Sir, Singapore's workers will gain.")
    got = bodies(extractor, text)
    assert {"Singapore Ministry of Trade and Industry", "Singapore Ministry of Manpower"} <= got, got
    assert not any("And Ministry" in name for name in got), got


def test_title_case_surfaces_keep_the_texts_letters(extractor: Any) -> None:  # (a guard: rows keep the text's letters)
    text = "Remarks By The Ministry Of Manpower\n\n1. Sir, Singapore's workers will gain."
    got = [(surface, canonical) for surface, label, canonical in mentions(extractor, text) if label == "INSTITUTION"]
    assert ("Ministry Of Manpower", "Singapore Ministry of Manpower") in got, got


def test_a_masterplan_is_a_plan(extractor: Any) -> None:
    text = "Since our first Masterplan in 2012, access to transport for persons with disabilities has improved."
    got = mentions(extractor, text)
    assert not any("Masterplan" in surface for surface, _, _ in got), got


def test_a_ministry_before_another_bodys_committee_stays_itself(extractor: Any) -> None:
    text = ("Speech by the Minister of State at the MOM Committee of Supply 2031\n\n"
            "1. Sir, MOM will help workers in Singapore.")
    got = bodies(extractor, text)
    assert "Singapore Ministry of Manpower" in got, got
    assert not any("Committee of Supply" in name for name in got), got


@pytest.mark.parametrize("text, name", [
    ("As NTUC Secretary-General Tan Ah Kow has urged, firms in Singapore should train their workers.",
     "National Trades Union Congress"),
    ("Standard Chartered CEO Bill Tan said the market for tokenised deposits would grow.", "Standard Chartered"),
])
def test_a_body_before_its_officers_title_is_named(extractor: Any, text: str, name: str) -> None:
    assert name in bodies(extractor, text)


def test_a_body_as_an_events_premodifier_is_no_mention(extractor: Any) -> None:
    got = bodies(extractor, "Officials will attend the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' "
                            "Meeting in Lima next month.")
    assert "Asia-Pacific Economic Cooperation" not in got, got


def test_the_body_itself_stays(extractor: Any) -> None:
    got = bodies(extractor, "Hong Kong takes part in the Asia-Pacific Economic Cooperation (APEC) as an economy.")
    assert "Asia-Pacific Economic Cooperation" in got, got


def test_the_items_after_namely_are_bodies(extractor: Any) -> None:
    text = ("Initial members include seven private institutions, namely Bank of China (Hong Kong), Hang Seng Bank, "
            "HSBC, Harbourline Group, Kestrel Digital Technology and Microsoft Hong Kong.")
    assert "Kestrel Digital Technology" in bodies(extractor, text)


# -- third commit: shared heads after a pair of one-word kinds; a renamed ministry's earlier name --

def test_two_kinds_sharing_a_lower_case_head_name_no_body(extractor: Any) -> None:
    text = "We will set aside $2.1 billion for longer-term needs through transfers to Endowment and Trust funds."
    assert bodies(extractor, text) == set()


def test_a_ministrys_earlier_name_is_the_same_body(extractor: Any) -> None:
    got = bodies(extractor, "Ms Tan spoke on older workers.\n\nImage via MCI\n\nShe urged Singapore firms to hire them.")
    assert "Singapore Ministry of Digital Development and Information" in got, got


def test_a_national_movement_is_no_body_but_its_board_is(extractor: Any) -> None:
    text = ("This is what SkillsFuture is about: a national movement for Singapore workers. SkillsFuture provides the "
            "foundations, and SkillsFuture Singapore will fund the courses.")
    got = bodies(extractor, text)
    assert "SkillsFuture" not in got and "SkillsFuture Singapore" in got, got
