"""Session 26 (zhinst): an adverb between a place and 与 / 和 (茂名陆续与某集团, 某市先后和某公司) leaves the conjunction
joining the place to its partner: no company name runs back over it (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, body, place", [
    ("近年来,茂名陆续与越秀集团开展合作。", "越秀集团", "茂名"),
    ("去年,湛江先后和万科集团签约。", "万科集团", "湛江"),
])
def test_an_adverb_before_a_conjunction_opens_no_name(matcher: ZhEntityMatcher, text: str, body: str, place: str) -> None:
    rows = [(s, lab) for s, lab, _ in found(matcher, text, "cn")]
    assert (body, "INSTITUTION") in rows and (place, "PLACE") in rows
    assert not [s for s, lab in rows if lab == "INSTITUTION" and s != body]


def test_a_conjunction_inside_a_known_bodys_name_stays(matcher: ZhEntityMatcher) -> None:
    rows = [s for s, lab, _ in found(matcher, "香港吸烟与健康委员会发表报告。", "hk") if lab == "INSTITUTION"]
    assert rows == ["香港吸烟与健康委员会"]

