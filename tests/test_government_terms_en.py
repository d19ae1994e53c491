"""A bare 'Government' naming a term of office, a government not yet in office, or the body one belongs to or aims at
is no actor, no row (eninst, session 29; GUIDELINES: 'the Government' alone is the institution only as an actor).
The actor readings around them stay. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found

HKG = ("INSTITUTION", "Hong Kong SAR Government")


def gov(got: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    return got.get("Government") or got.get("current-term Government")


def test_a_point_of_the_term_names_no_actor(extractor: Any) -> None:
    assert gov(found(extractor, "This is the second Budget of the current-term Government in Hong Kong.")) is None
    assert gov(found(extractor, "Hong Kong reached this goal at the midpoint of the current-term Government.")) is None
    assert gov(found(extractor, "This speech is my final one and the last for the Government of this term in "
                                "Hong Kong.")) is None


def test_a_government_not_yet_in_office_names_no_actor(extractor: Any) -> None:
    assert gov(found(extractor, "We will leave ample reserves for the next Government of Hong Kong to use.")) is None
    assert gov(found(extractor, "Hong Kong will pass sound accounts to the incoming Government.")) is None


def test_membership_and_target_name_no_actor(extractor: Any) -> None:
    assert gov(found(extractor, "My colleagues in the Government have worked hard for Hong Kong this year.")) is None
    assert gov(found(extractor, "Hong Kong voters voiced their anger at the Government over fares.")) is None


def test_the_actor_readings_stay(extractor: Any) -> None:
    assert gov(found(extractor, "The current-term Government has built more flats in Hong Kong.")) == HKG
    assert gov(found(extractor, "Housing is a top priority of the current-term Government in Hong Kong.")) == HKG
    assert gov(found(extractor, "In Hong Kong, the Government will cut the salaries tax.")) == HKG
    assert gov(found(extractor, "The next Government will review the levy in Hong Kong.")) == HKG
    assert gov(found(extractor, "This shows the current-term Government's resolve to help Hong Kong families.")) == HKG


def test_named_bodies_after_the_same_frames_stay(extractor: Any) -> None:
    got = found(extractor, "Staff in the Housing Authority met officials at the Hong Kong Monetary Authority.")
    assert got["Housing Authority"][0] == "INSTITUTION"
    assert got["Hong Kong Monetary Authority"][0] == "INSTITUTION"
    got = found(extractor, "At the end of the term the Legislative Council approved the Budget in Hong Kong.")
    assert got["Legislative Council"][0] == "INSTITUTION"


def test_scope_across_or_within_the_government_names_no_actor(extractor: Any) -> None:
    assert gov(found(extractor, "We will share data on water across the Government in Singapore.")) is None
    got = found(extractor, "Alan Lee, a key decision maker in the Government, said the plan for Hong Kong would "
                           "go ahead.")
    assert gov(got) == HKG  # a third person's membership stays a mention (test_firm_descriptions_en)
    got = found(extractor, "Across Singapore, the Government will share data on water.")
    assert gov(got) == ("INSTITUTION", "Singapore Government")
    assert gov(found(extractor, "Few jobs outside the Government in Hong Kong pay so well.")) is None


def test_a_government_to_come_that_acts_stays(extractor: Any) -> None:
    """Review rmena X2 (session 29): only a recipient's or beneficiary's 'to' / 'for' makes a government not yet in
    office no actor; the passive agent ('by'), a partner ('with') and a source ('from') are the actor."""
    assert gov(found(extractor, "The consultation report will be considered by the next Government in Hong Kong.")) \
        == HKG
    assert gov(found(extractor, "The review of the fare structure will be completed by the incoming Government in "
                                "Hong Kong.")) == HKG
    assert gov(found(extractor, "We look forward to working with the next Government on the levy in Hong Kong.")) \
        == HKG
    assert gov(found(extractor, "Proposals from the incoming Government will be put to the Legislative Council in "
                                "Hong Kong.")) == HKG
