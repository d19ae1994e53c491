"""A bank's branch named by its city is one body, and the city inside it no place (enpl, session 29; issue 14, HKMA
releases): "<bank>'s <city> Sub-branch", '<bank> <city> Branch' and 'the <city> Branch of <bank>'. A lower-case branch
and branches of bodies that are no banks are left as read. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_possessive_bank_branch_is_one_body_and_its_city_no_place(extractor: Any) -> None:
    got = found(extractor, "Clearing balances were moved to an account in PBoC's Guangzhou Sub-branch last week.")
    assert got["PBoC's Guangzhou Sub-branch"][0] == "INSTITUTION"
    assert "Guangzhou" not in got
    got = found(extractor, "Loans from Citibank's Singapore Branch rose in May.")
    assert got["Citibank's Singapore Branch"][0] == "INSTITUTION"
    assert "Singapore Branch" not in got


def test_branches_joined_by_and_are_read_one_by_one(extractor: Any) -> None:
    got = found(extractor, "Deposits were placed with the Xiamen Sub-branch of the PBoC and in HSBC's Tokyo Branch "
                           "during the quarter.")
    assert got["Xiamen Sub-branch of the PBoC"][0] == "INSTITUTION"
    assert got["HSBC's Tokyo Branch"][0] == "INSTITUTION"
    assert not any(" and in " in k for k in got)


def test_a_place_named_alone_stays_and_lower_case_branches_are_left(extractor: Any) -> None:
    got = found(extractor, "PBoC's Guangzhou Sub-branch agreed, and trade with Guangzhou grew.")
    assert got["Guangzhou"][0] == "PLACE"
    got = found(extractor, "HSBC's Hong Kong branch opened a new office in Hong Kong.")
    assert got["Hong Kong"][0] == "PLACE"
    assert "HSBC's Hong Kong branch" not in got
