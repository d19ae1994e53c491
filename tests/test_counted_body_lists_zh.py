"""entities_zh (issue 14, session 25): hospitals in a list closed by a count of bodies (三家核心机构, 等3家医疗机构,
等单位) are named as organisations, so they are institutions, as a list closed by 等机构 already was; a count of the
facilities' own kind (三家医院) leaves them places (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def labels(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {s: lab for s, lab, _ in found(matcher, text, "cn")}


def test_hospitals_counted_as_bodies_are_institutions(matcher: ZhEntityMatcher) -> None:
    for text in ["合作范围扩展至江北市中心医院、江北市第三人民医院两家核心机构。",
                 "江北市中心医院、江北市第三人民医院等3家医疗机构参与义诊。",
                 "江北市中心医院、江北市第三人民医院等单位参加活动。"]:
        got = labels(matcher, text)
        assert got.get("江北市中心医院") == "INSTITUTION", (text, got)
        assert got.get("江北市第三人民医院") == "INSTITUTION", (text, got)


def test_hospitals_counted_as_hospitals_stay_places(matcher: ZhEntityMatcher) -> None:
    # works on three hospitals: built facilities (DECISIONS 17), whatever the count
    got = labels(matcher, "推进江北市中心医院、江北市第三人民医院两家医院扩建。")
    assert got.get("江北市中心医院") == "PLACE" and got.get("江北市第三人民医院") == "PLACE", got
