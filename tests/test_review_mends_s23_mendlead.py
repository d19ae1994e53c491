"""Review mends, session 23 (mendlead; the lead's probes /work/s23/lead-probes.md; made-up sentences, the real model):
- a trust beside a known body ending in 'Fund' (the International Monetary Fund) is one more body, not a fund
  (allocations_en: the coordination cue counts only a fund that is no known body of another type);
- after a document word ('the Resolution of the Central Committee on X'), a name the text also writes without the
  on-phrase is the issuing body, the on-phrase the document's topic (document_topics_en)."""

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
