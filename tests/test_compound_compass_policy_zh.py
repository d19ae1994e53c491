"""A province's compound-direction region (川东北, 闽西南) followed by its own policy noun (振兴, 发展, 一体化) is the
region, not the one-point region with the second point dropped (session 26, zhplfp): 推动川东北振兴发展 names
north-eastern Sichuan, never eastern Sichuan. Data: compass_regions.heads. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return sorted(p.text for p in extract_text(text, model="blank").places)


@pytest.mark.parametrize("text, want", [
    ("加快川东北振兴发展。", ["川东北"]),
    ("闽西南一体化加快推进。", ["闽西南"]),
    ("推动川西北发展提速。", ["川西北"]),
])
def test_the_compound_region_is_read_whole(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    ("粤东发展提速。", ["粤东"]),
    ("从粤西北上广州。", ["广州", "粤西"]),
])
def test_a_one_point_region_and_a_verb_after_it_stay(text: str, want: list[str]) -> None:
    assert _places(text) == want
