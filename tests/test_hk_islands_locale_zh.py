"""Session 29 (zhplfp, probing the Hong Kong islands added this session): the Lands Department's small islands, bays
and hills (赤洲, 宋崗, 白沙頭洲, 鹽田仔 …) name the Hong Kong place in a Hong Kong text only; in a Mainland text the same
words are villages and shoals of their own (赤洲村, 宋岗一带), never Hong Kong's (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def canon(matcher: ZhEntityMatcher, text: str, loc: str) -> list[str]:
    return [c for _, lab, c in found(matcher, text, loc) if lab == "PLACE"]


@pytest.mark.parametrize("text, want", [
    ("政府會在赤洲、滘西洲及鹽田仔一帶推展生態旅遊。", ["Port Island", "Kau Sai Chau", "Yim Tin Tsai"]),
    ("遊客可乘船前往宋崗及大鴉洲。", ["Sung Kong", "Tai A Chau"]),
])
def test_the_islands_in_a_hong_kong_text(matcher: ZhEntityMatcher, text: str, want: list[str]) -> None:
    assert canon(matcher, text, "hk") == want


@pytest.mark.parametrize("text", [
    "赤洲村党支部书记介绍情况。",
    "宋岗一带的农田得到整治。",
    "该村位于白沙头洲东侧。",
])
def test_no_hong_kong_island_in_a_mainland_text(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [c for c in canon(matcher, text, "cn") if c in (
        "Port Island", "Sung Kong", "Pak Sha Tau Chau")]
