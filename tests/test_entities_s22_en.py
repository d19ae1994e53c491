"""English institutions, session 22 (eninst; made-up sentences, the real model):
- a list whose items carry a programme's or an account's head names programmes, no companies ('top-ups to the
  Child Savings Account, Learning Account or Tertiary Study Account');
- a council's member title names no body ('Non-official Members of the Executive Council');
- an opening article stays out of a name ('a "Committee on X"');
- 'as well as an X Team' is a conjunction, not a role ('into a', 'as an');
- the Government owning a funding share is the public purse, no actor;
- a heading line of common words with a weak head ('Home Nursing Service') is a topic, no body;
- a foundation's country in an of-phrase is a place ('the Liberty Foundation of the United States');
- Singapore agencies and companies named by everyday words, and Hong Kong's policy offices (gazetteer entries)."""

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
