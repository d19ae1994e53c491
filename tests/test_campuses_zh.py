"""Hospital and university campuses (lead's CAMPUS ruling, session 26): a named campus (某医院某某院区, 某医院新院区,
某医院东院, 某大学某某校区) is one mention spanning the whole name, never the bare parent: a place when the text
builds, opens, designs or puts it into use (DECISIONS 17), an institution when it acts as a body (招生, 与…签约,
发布). Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def rows(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_hospital_campus_built_or_opened_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "北京友谊医院通州院区二期开诊，新增床位500张。") == [("北京友谊医院通州院区", "PLACE")]
    assert rows(matcher, "北京安定医院新院区设计方案公示。") == [("北京安定医院新院区", "PLACE")]
    assert rows(matcher, "北京朝阳医院东院正式投入使用。") == [("北京朝阳医院东院", "PLACE")]


def test_a_campus_that_acts_is_a_body_by_its_full_name(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "中山大学深圳校区将扩大招生。") == [("中山大学深圳校区", "INSTITUTION")]
    assert rows(matcher, "北京朝阳医院西院发布门诊调整通知。") == [("北京朝阳医院西院", "INSTITUTION")]


def test_a_built_university_campus_stays_a_place(matcher: ZhEntityMatcher) -> None:
    assert rows(matcher, "青岛农业大学平度校区建成投用。") == [("青岛农业大学平度校区", "PLACE")]


def test_a_hospitals_head_is_no_campus(matcher: ZhEntityMatcher) -> None:
    assert ("北京朝阳医院院长", "PLACE") not in rows(matcher, "北京朝阳医院院长出席会议。")
