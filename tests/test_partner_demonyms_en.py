"""A demonym after a partnering phrase is no partner (issue 14, English institutions, enpl session 27): 'signed an
agreement with the Chinese central bank' names no body 'Chinese' (GUIDELINES: demonyms and adjectives are neither
places nor bodies), while a firm signed with stays a body. Made-up sentences, the real model."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_demonym_before_a_noun_is_no_partner(extractor: Any) -> None:
    got = found(extractor, "The authority signed an agreement with the Chinese central bank last week.")
    assert "Chinese" not in got


def test_a_firm_signed_with_stays_a_body(extractor: Any) -> None:
    got = found(extractor, "The board signed an agreement with Vexcora last week.")
    assert got["Vexcora"][0] == "INSTITUTION"
