"""The principle 'One Country, Two Systems' names no place (enent, session 25; the forecast of session 24 listed 'One
Country' as a place). Made-up sentences; the first failed before the entry."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_the_principle_names_no_country(extractor: Any) -> None:
    got = found(extractor, "Under One Country, Two Systems, Macao keeps its own currency.")
    assert "One Country" not in got, got
    assert got.get("Macao", ("",))[0] == "PLACE", got


def test_the_quoted_principle_names_no_country(extractor: Any) -> None:
    got = found(extractor, 'The "One Country, Two Systems" principle was praised in Macao.')
    assert "One Country" not in got, got
