"""English institutions in Singapore texts, session 23 (ensg; made-up sentences, the real model):
- a trust the government tops up, draws on or puts a sum into is an endowment fund, no body (DECISIONS 25); a trust
  that acts without such a cue stays one;
- a name the text also writes before a programme's head is that programme's short form ('the Silver Support Scheme
  ... Silver Support pays'), no body; a name with a body's head stays one;
- 'movements like A, B and C' lists movements, no bodies;
- a Singapore text (its bare '$' reads SGD) that never writes 'Singapore' still reads its own agencies' short forms
  ('WSG', 'SSG') and Parliament's Committee of Supply ('its COS') as those bodies where it names no other country
  (test_entities_sg_speeches: 'the NEA ... in France' stays unread); a Hong Kong text does not."""

from __future__ import annotations

from typing import Any

from pipeline.ingest.formats import ingest_text


def bodies(extractor: Any, text: str) -> set[str]:
    doc = ingest_text(text)
    return {m.canonical for _, ms in extractor.extract([doc]) for m in ms if m.label == "INSTITUTION"}


def test_a_trust_topped_up_is_a_fund(extractor: Any) -> None:
    text = ("We will top up the Harbour Elderly Trust by $800 million this year. The Harbour Elderly Trust gives "
            "matching grants to charities that run day centres for seniors.")
    assert not any("Trust" in b for b in bodies(extractor, text))


def test_a_sum_for_a_trust_or_a_trust_beside_a_fund_is_a_fund(extractor: Any) -> None:
    text = ("In total, the Government will commit up to $420 million for the Riverside Giving Trust. Charities can "
            "also tap on the Care Innovation Fund and the Riverside Giving Trust to redesign their services.")
    assert not any("Trust" in b for b in bodies(extractor, text))


def test_a_trust_that_acts_stays_a_body(extractor: Any) -> None:
    text = "The Lakeside Charities Trust donated $12 million to three hospitals and appointed a new chairman."
    assert "Lakeside Charities Trust" in bodies(extractor, text)


def test_a_programme_named_without_its_head_is_no_body(extractor: Any) -> None:
    text = ("We created the Silver Years Support Scheme to give seniors more security in retirement. Silver Years "
            "Support currently provides cash payouts to the bottom 20% of seniors.")
    assert not any("Silver Years" in b for b in bodies(extractor, text))


def test_a_body_named_before_a_programme_head_stays_a_body(extractor: Any) -> None:
    text = ("The Heartland Enterprise Council will run the Heartland Enterprise Council Grant. The Heartland "
            "Enterprise Council will also advise 300 firms.")
    assert "Heartland Enterprise Council" in bodies(extractor, text)


def test_movements_like_a_b_and_c_are_no_bodies(extractor: Any) -> None:
    text = ("I am happy to see the success of movements like The Orange Parade, The Orange Symphony and Runhour. "
            "These are ground-up initiatives.")
    assert not any("Orange" in b for b in bodies(extractor, text))


SG_SPEECH = ("Mr Speaker, Sir, our workers must keep pace with change. Last year, WSG helped 25,000 jobseekers find "
             "new jobs, and SSG funded 500,000 training places. We will raise the Workfare payout to $4,200. "
             "MOM will announce more details at its COS. The CPF Board will credit the payouts into the members' "
             "MediSave accounts.")


def test_a_singapore_speech_reads_its_own_short_forms(extractor: Any) -> None:
    found = bodies(extractor, SG_SPEECH)
    assert {"Workforce Singapore", "SkillsFuture Singapore", "Committee of Supply"} <= found


def test_a_hong_kong_text_reads_no_singapore_short_forms(extractor: Any) -> None:
    text = ("The Financial Secretary said the Hospital Authority will receive $2 billion. WSG and SSG were named "
            "in a Legislative Council paper on the HKSAR's training schemes.")
    found = bodies(extractor, text)
    assert "Workforce Singapore" not in found and "SkillsFuture Singapore" not in found
