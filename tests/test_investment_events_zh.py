"""Session 29 (zhplfp): an investment event named by its host city (某市全球招商大会, 某市国际投资年会, 某市国际投资贸易
洽谈会) is an event's name: the city that opens it is no mention (DECISIONS 21); the city holding or attending the event
stays (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


@pytest.mark.parametrize("text", [
    "2025佛山全球招商大会在市会展中心举办。",
    "2024惠州国际投资年会开幕。",
    "第五届湛江国际投资贸易洽谈会签约项目30个。",
])
def test_the_host_city_in_the_events_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize("text, want", [
    ("佛山市召开招商大会。", ["佛山市"]),
    ("惠州在投资年会上签约项目12宗。", ["惠州"]),
])
def test_the_city_holding_the_event_stays(matcher: ZhEntityMatcher, text: str, want: list[str]) -> None:
    assert places(matcher, text) == want
