"""Bare years listed before a noun ('its 2029 and 2028 returns of $81 billion and $111 billion respectively') pair one
year per figure when a later 'respectively' in the same sentence pairs the figures with them (PERIOD-GUIDELINES 3f;
README: n figures with n years 'respectively' pair in order). Issue 14, session 27. Made-up texts."""

from __future__ import annotations

import pytest

from tests.period_cases import periods


@pytest.mark.parametrize("text, want", [
    ("The fund lagged its 2029 and 2028 returns of $81 billion and $111 billion respectively.",
     {"$81 billion": "2029", "$111 billion": "2028"}),
    ("The fund lagged its 2029 and 2028 returns of HK$81.2 billion and HK$111.6 billion respectively.",
     {"HK$81.2 billion": "2029", "HK$111.6 billion": "2028"}),
    ("The 2030, 2031 and 2032 intakes were 500, 600 and 700 students respectively.",
     {"500": "2030", "600": "2031", "700 students": "2032"}),
    # unchanged: years after the figures, a name pair without 'respectively'
    ("The fund earned $81 billion and $111 billion in 2029 and 2028 respectively.",
     {"$81 billion": "2029", "$111 billion": "2028"}),
    ("The 2030 and 2031 Policy Agendas list 40 measures.", {"40 measures": ""}),
])
def test_premodifier_years_pair_respectively(text: str, want: dict[str, str]) -> None:
    assert periods(text) == want
