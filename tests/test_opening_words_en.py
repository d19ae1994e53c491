"""A sentence's opening word is no part of a body's name: 'Besides Government land sale, ...' names no body (a
government's name before a lower-case noun only modifies it), 'Besides Government, NGOs help' names the text's
Government, 'Meanwhile Quorvex Holdings said' the company (enent, session 26: read as 'Besides Government',
'Meanwhile Quorvex Holdings'). Made-up sentences; both failed before the rule."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_an_opening_word_before_government(extractor: Any) -> None:
    got = found(extractor, "The Government will act.  Besides Government land sale, other sources help.")
    assert not any(k.startswith("Besides") for k in got), got
    got = found(extractor, "The Government will act.  Besides Government, NGOs help.")
    assert not any(k.startswith("Besides") for k in got), got
    assert got.get("Government", ("",))[0] == "INSTITUTION", got


def test_an_opening_word_before_a_company(extractor: Any) -> None:
    got = found(extractor, "Meanwhile Quorvex Holdings said so.")
    assert got.get("Quorvex Holdings", ("",))[0] == "INSTITUTION", got
    assert not any(k.startswith("Meanwhile") for k in got), got
