"""The copulas of belonging 同属 / 均属 / 都属 … ('both / all belong to') end the clause before the zone or region
they place their subject in (session 26, zhplfp): 甲乙两市同属某某经济区 names the zone, not 两市同属某某经济区.
Data: place_names.clause_verbs_hand (clause_verbs_zh). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("两县同属云岭经济区，合作基础较好。", ["云岭经济区"]),
    ("这两地均属丰泽协同发展区。", ["丰泽协同发展区"]),
    ("甲乙两镇都属东岭经济区。", ["东岭经济区"]),
])
def test_the_zone_starts_after_the_copula(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("同属云岭经济区的两县加强合作。", ["云岭经济区"]),
    ("云岭经济区发展势头良好。", ["云岭经济区"]),
])
def test_a_zone_without_the_copula_stays(text: str, want: list[str]) -> None:
    assert _places(text) == want
