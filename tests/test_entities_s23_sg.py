"""English institutions in Singapore texts, session 23 (ensg; made-up sentences, the real model):
- a trust the government tops up, draws on or puts a sum into is an endowment fund, no body (DECISIONS 25); a trust
  that acts without such a cue stays one;
- a name the text also writes before a programme's head is that programme's short form ('the Silver Support Scheme
  ... Silver Support pays'), no body; a name with a body's head stays one;
- 'movements like A, B and C' lists movements, no bodies;
- a Singapore text (its bare '$' reads SGD) that never writes 'Singapore' still reads its own agencies' short forms
  ('WSG', 'SSG') and Parliament's Committee of Supply ('its COS') as those bodies where it names no other country
  (test_entities_sg_speeches: 'the NEA ... in France' stays unread); a Hong Kong text does not;
- a 'Workgroup' heads a body as a 'Working Group' does; a speech heading in capitals ('SPEECH BY MINISTER X IN
  PARLIAMENT') names Parliament only; a line that is only a news site's host name credits that outlet; 'this House'
  in a Singapore speech that names no legislature is Parliament (a Hong Kong text's stays unread); Singapore's
  self-help groups, Home Team departments and bare 'Police' beside them are bodies; 'ComCare' is a scheme; a known
  body's building before an address's numbered street ('MITA Building, 140 Hill Street') is a place;
- a gazetteer fund the text puts money into is money ('top up the Community Care Fund by $1 billion'), where it acts
  a body; a ministry before its fiscal year's 'Committee of Supply Debate' is no mention (DECISIONS 27); 'Net
  Investment Income' a fiscal term; 'PA' in a Singapore text naming no other country the People's Association."""

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


def test_a_workgroup_heads_a_body(extractor: Any) -> None:
    text = ("The Tripartite Workgroup on Part-Time Workers recommended new guidelines, which employers will adopt "
            "from next year.")
    assert "Tripartite Workgroup on Part-Time Workers" in bodies(extractor, text)


def test_a_speech_heading_in_capitals_names_only_the_house(extractor: Any) -> None:
    text = ("SPEECH BY SENIOR MINISTER OF STATE TAN AH KOW IN PARLIAMENT, 3 MARCH 2031\n\nREVIEWING THE SCHEMES\n\n"
            "The Government will spend $2 billion on HDB upgrades.")
    found = bodies(extractor, text)
    assert not any(b.lower().startswith("by ") or "Tan Ah Kow" in b for b in found)
    assert "Parliament of Singapore" in found


def test_a_news_sites_host_line_credits_the_outlet(extractor: Any) -> None:
    text = "Rates to stay low\n\nstraitstimes.asia1.com.sg\n\nThe central bank kept its policy unchanged in April."
    assert "The Straits Times" in bodies(extractor, text)


def test_the_house_of_a_singapore_speech_naming_no_legislature(extractor: Any) -> None:
    text = ("Sir, this House has debated the haze at length. We will spend $2 billion on HDB upgrades and $1 "
            "billion on CPF top-ups.")
    assert "Parliament of Singapore" in bodies(extractor, text)


def test_the_house_of_a_hong_kong_text_stays_unread(extractor: Any) -> None:
    text = "The Financial Secretary said the House would vote on the $2 billion Hospital Authority grant."
    assert not any("Parliament" in b or "Legislative Council" in b for b in bodies(extractor, text))


def test_singapore_self_help_groups_and_home_team_departments(extractor: Any) -> None:
    text = ("CDAC, Mendaki and SINDA will each receive $5 million for tuition. ICA and CNB officers will join Police "
            "and SCDF patrols at the checkpoints.")
    found = bodies(extractor, text)
    assert {"Chinese Development Assistance Council", "Yayasan Mendaki", "Singapore Indian Development Association",
            "Immigration and Checkpoints Authority", "Central Narcotics Bureau", "Singapore Police Force"} <= found


def test_comcare_is_a_scheme(extractor: Any) -> None:
    text = ("Mr Chairman, ComCare provides a safety net for low-income households. Last year, ComCare helped 30,000 "
            "households with $150 million.")
    assert "ComCare" not in bodies(extractor, text)


def test_a_known_bodys_building_in_an_address_is_a_place(extractor: Any) -> None:
    doc = ingest_text("Press Office, Ministry of Information and The Arts,\nMITA Building, 140 Hill Street, "
                      "Singapore 179369\n\nThe Government announced a package of measures.")
    places = {m.text for _, ms in extractor.extract([doc]) for m in ms if m.label == "PLACE"}
    assert "MITA Building" in places


def test_a_known_fund_topped_up_is_money_and_acting_stays_a_body(extractor: Any) -> None:
    assert "Community Care Fund" not in bodies(extractor, "The Government will top up the Community Care Fund by "
                                                           "$1 billion in Hong Kong.")
    assert "Community Care Fund" in bodies(extractor, "I will invite the Community Care Fund to consider a relief "
                                                      "programme for low-income households in Hong Kong.")


def test_a_ministry_before_its_fiscal_years_committee_of_supply_debate_is_no_mention(extractor: Any) -> None:
    text = ("MOF FY 2031 Committee of Supply Debate - Speech by Second Minister for Finance Lee Mei Ling\n\n"
            "Mr Chairman, we will fund 5,000 places in Singapore.")
    assert not any("Finance" in b for b in bodies(extractor, text))
    text = ("MOF FY 2031 Committee of Supply Debate Speech by Second Minister for Finance Lee Mei Ling\n\n"
            "Mr Chairman, we will fund 5,000 places in Singapore.")
    assert not any("Finance" in b for b in bodies(extractor, text))


def test_income_by_its_source_is_a_fiscal_term(extractor: Any) -> None:
    text = ("Revenues rose this year. Contributions from Net Investment Income have come in higher than projected, "
            "and Net Investment Income (NII) from our reserves rose to $5 billion.")
    assert not any("Income" in b for b in bodies(extractor, text))


def test_pa_in_a_singapore_text_is_the_peoples_association(extractor: Any) -> None:
    text = ("In Singapore, MCCY agencies, including NAC, NHB and PA, will set aside $2 million for community arts in "
            "our heartlands.")
    assert "People's Association" in bodies(extractor, text)


def test_a_body_before_the_net_investment_returns_framework_stays(extractor: Any) -> None:
    text = "The Budget also brings GIC into the Net Investment Returns (NIR) framework from this year."
    assert "GIC" in bodies(extractor, text)
