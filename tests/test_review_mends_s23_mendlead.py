"""Review mends, session 23 (mendlead; the lead's probes /work/s23/lead-probes.md; made-up sentences, the real model):
- a trust beside a known body ending in 'Fund' (the International Monetary Fund) is one more body, not a fund
  (allocations_en: the coordination cue counts only a fund that is no known body of another type);
- after a document word ('the Resolution of the Central Committee on X'), a name the text also writes without the
  on-phrase is the issuing body, the on-phrase the document's topic (document_topics_en);
- a gazetteer fund (not an unknown trust) that acts as the subject of a modal and a verb ('The CCF will launch ...') stays a body where another
  mention of it is topped up (allocations_en)."""

from __future__ import annotations

from typing import Any

from pipeline.ingest.formats import ingest_text


def bodies(extractor: Any, text: str) -> set[str]:
    doc = ingest_text(text)
    return {m.canonical for _, ms in extractor.extract([doc]) for m in ms if m.label == "INSTITUTION"}


def test_a_trust_coordinated_with_a_known_body_ending_in_fund_stays_a_body(extractor: Any) -> None:
    text = ("The International Monetary Fund and the Harbourside Racing Club Charities Trust will donate $10 "
            "million to the flood relief.")
    found = bodies(extractor, text)
    assert "Harbourside Racing Club Charities Trust" in found and "International Monetary Fund" in found


def test_a_trust_beside_a_fund_still_is_a_fund(extractor: Any) -> None:
    text = "Charities can tap on the Care Renewal Fund and the Riverbend Giving Trust to redesign their services."
    assert not any("Trust" in b for b in bodies(extractor, text))


def test_a_documents_topic_after_a_body_named_before_in_full(extractor: Any) -> None:
    text = ("The Central Committee of the Communist Party of China met in Beijing. The Party issued the Resolution "
            "of the Central Committee on Major Issues.")
    found = bodies(extractor, text)
    assert not any(" on " in b for b in found)
    assert "Central Committee" in found


def test_a_committee_written_only_with_its_topic_keeps_it(extractor: Any) -> None:
    text = "The Senate adopted the Resolution of the Joint Committee on Harbour Safety last week."
    assert "Joint Committee on Harbour Safety" in bodies(extractor, text)


def test_an_acting_fund_after_it_was_topped_up_stays_a_body(extractor: Any) -> None:
    text = ("The Government will inject $5 billion into the Community Care Fund. The CCF will launch 3 new "
            "programmes for low-income families in Hong Kong.")
    assert "Community Care Fund" in bodies(extractor, text)


def test_a_fund_that_will_be_topped_up_stays_money(extractor: Any) -> None:
    text = ("The Government will inject $5 billion into the Community Care Fund. The Community Care Fund will be "
            "topped up again next year in Hong Kong.")
    assert "Community Care Fund" not in bodies(extractor, text)


def test_an_unknown_trust_topped_up_stays_money_where_it_will_act(extractor: Any) -> None:
    text = ("In total, we will commit up to $350 million for the Riverbend Capability Trust. The Riverbend "
            "Capability Trust will equip charities to serve seniors.")
    assert not any("Trust" in b for b in bodies(extractor, text))
