"""water_zh data (issue 14, session 25): a river's banks (堤岸, 江堤) and its course (流经, 发源) make a clause about
water, so a known river's name there is the river; capital flowing (流入) or cultures meeting (汇合, 交汇) do not.
Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_river_by_its_banks_or_its_course_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert "韩江" in places(matcher, "新村东倚韩江堤岸，风景秀丽。")
    assert "榕江" in places(matcher, "榕江流经全区七个镇街。") and "榕江" not in places(matcher, "榕江县代表团来访，全区七个镇街参加。")


def test_capital_or_cultures_flowing_make_no_river(matcher: ZhEntityMatcher) -> None:
    assert "香江" not in places(matcher, "大量资金流入香江。")
    assert "香江" not in places(matcher, "中西文化在香江汇合。")
