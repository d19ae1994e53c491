"""Chinese places, session 28 (issue 14, zhplsite): industrial and science parks that district reports write short
(某某智创园, 某某科创园, 某某智造园, 某某智造城, 某某科创谷, 某某生物谷) and a cooperation zone (某某产业共建示范区)
are named sites, places; the short heads after common words only (智能智造园, 科技科创谷) are kinds. Sentences are made
up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("石岩智创园项目建成投用。", "石岩智创园"),
    ("加快建设凤岗科创谷。", "凤岗科创谷"),
    ("推动大鹏国际生物谷扩区。", "大鹏国际生物谷"),
    ("北湖智造城一期动工。", "北湖智造城"),
    ("推进惠梅产业共建示范区建设。", "惠梅产业共建示范区"),
])
def test_a_short_park_name_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


def test_a_short_park_head_after_common_words_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "规划建设一批智能智造园和科技科创谷。") == []
