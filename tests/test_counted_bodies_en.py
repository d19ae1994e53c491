"""Bodies of a kind that a number counts are no one named body ('16 Partner State Key Laboratories'; enent, session 25;
the forecast of session 24). Made-up sentences; the first failed before the rule, the others guard what must stay."""

from __future__ import annotations

from typing import Any

from tests.test_entities_real import found


def test_a_number_before_a_plural_body_head_counts_a_kind(extractor: Any) -> None:
    got = found(extractor, "The region hosts 12 Partner State Key Laboratories and six Macao Branches of Chinese "
                           "National Engineering Research Centres.")
    assert not any("Laboratories" in k or "Branches" in k for k in got), got


def test_a_company_named_with_a_number_stays(extractor: Any) -> None:
    got = found(extractor, "The fund invested alongside 65 Equity Partners in Singapore.")
    assert any("Equity Partners" in k and v[0] == "INSTITUTION" for k, v in got.items()), got


def test_a_known_body_after_a_number_stays(extractor: Any) -> None:
    got = found(extractor, "In 2031, 40 members of the Legislative Council visited the Hospital Authority.")
    assert got.get("Legislative Council", ("",))[0] == "INSTITUTION", got
    assert got.get("Hospital Authority", ("",))[0] == "INSTITUTION", got
