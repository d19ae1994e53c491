"""Institutions where the model glues a name to the words after it, and the chamber a parliament's members call 'the
House' (issue 14 class 2; eninst, session 17): a lower-case finite verb ends a name; a bare 'Government' after a
lower-case word is the text's government; a release line's document kind after a known body; 'the House' in a text
that names one legislature; 'a Select Committee of Parliament' (a kind, no name); a body inside a law's title with a
bracketed part. Made-up sentences, one rule each; each failed before the rule."""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.ner_cuts import verb_cuts, verb_form
from tests.test_entities_real import found


def test_a_lower_case_verb_ends_the_name(extractor: Any) -> None:
    got = found(extractor, "The Seafarers Union supports Government's plan to train more crews in Singapore.")
    assert "Seafarers Union supports Government" not in got, got
    assert got.get("Seafarers Union", ("",))[0] == "INSTITUTION", got
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_verb_forms_and_cuts() -> None:
    verbs = {"support", "welcome", "urge", "carry", "commit", "plan"}
    assert verb_form("supports", verbs) and verb_form("welcomed", verbs) and verb_form("carries", verbs)
    assert verb_form("committed", verbs) and not verb_form("of", verbs) and not verb_form("and", verbs)
    assert not verb_form("plan", verbs)  # a base form may be a noun inside a name; only inflected forms cut
    text = "Harbour Pilots Guild urged Government's"
    assert [text[a:b] for a, b in verb_cuts(text, 0, len(text), {"urge"})] == ["Harbour Pilots Guild ",
                                                                                "Government's"]


def test_a_bare_government_after_a_lower_case_word_is_the_texts_government(extractor: Any) -> None:
    got = found(extractor, "Clinic operators in Singapore hope that Government will fund more nurses next year.")
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_a_release_line_names_the_body_that_issues_it(extractor: Any) -> None:
    got = found(extractor, "The ferry plan was announced in Hong Kong today.\n"
                           "Ministry of Trade and Industry Media Release\n12 March 2031")
    assert "Ministry of Trade and Industry Media Release" not in got, got
    assert got.get("Ministry of Trade and Industry", ("",))[0] == "INSTITUTION", got


def test_the_house_is_the_one_legislature_the_text_names(extractor: Any) -> None:
    got = found(extractor, "That Parliament approves the ferry plan for Singapore. Sir, the Bill before the House "
                           "will let the ports of Singapore work at night, and the Leader of the House agrees.")
    assert got.get("House") == ("INSTITUTION", "Parliament of Singapore"), got
    got = found(extractor, "Members of the Harbour Guild in Singapore met; the House Committee of the guild agreed.")
    assert "House" not in got, got  # (no legislature named: 'the House Committee' is another name)


def test_a_committee_of_a_known_body_with_an_indefinite_article_is_no_name(extractor: Any) -> None:
    got = found(extractor, "The ferry Bill was committed to a Select Committee of Parliament in Singapore last year.")
    assert "Select Committee of Parliament" not in got, got


def test_a_body_inside_a_laws_title_with_a_bracketed_part_is_no_mention(extractor: Any) -> None:
    got = found(extractor, "Tabled in Hong Kong: the Hong Kong Tourism Board (Members' Allowances) Ordinance 2031 "
                           "and a notice.")
    assert "Hong Kong Tourism Board" not in got, got


def test_singapore_party_acronyms_beside_other_parties(extractor: Any) -> None:
    got = found(extractor, "Both the Workers' Party and the SPP asked for a debate on the port levy in Singapore.")
    assert got.get("SPP") == ("INSTITUTION", "Singapore People's Party"), got


def test_reach_is_singapores_feedback_unit_only_where_the_text_speaks_of_feedback(extractor: Any) -> None:
    got = found(extractor, "Residents gave feedback on the bus routes through REACH sessions last month.")
    assert got.get("REACH", ("",))[0] == "INSTITUTION", got
    got = found(extractor, "Chemical makers in France must register solvents under the EU's REACH rules.")
    assert "REACH" not in got, got


def test_the_at_a_line_end_and_the_name_on_the_next_line(extractor: Any) -> None:
    got = found(extractor, "Members in Singapore asked about the port policy of the\nGovernment for the coming year.")
    assert got.get("Government") == ("INSTITUTION", "Singapore Government"), got


def test_mof_in_a_committee_of_supply_speech_that_names_only_other_countries(extractor: Any) -> None:
    got = found(extractor, "FY2031 MOF Committee of Supply Debate Speech\n\n1. Mr Chairman, spending in the UK and "
                           "Germany rose last year, and MOF will review our own budgets with care.")
    assert got.get("MOF") == ("INSTITUTION", "Singapore Ministry of Finance"), got


def test_the_council_after_a_committee_named_of_its_parent_is_the_parent(extractor: Any) -> None:
    got = found(extractor, "In Hong Kong, bills go to the House Committee first and then back to the Council for a "
                           "vote.")
    assert got.get("Council") == ("INSTITUTION", "Legislative Council"), got
