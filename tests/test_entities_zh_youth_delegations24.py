"""Chinese institutions, session 24 (second set): the Youth League's committees, the youth federation and the
federation of industry and commerce by its other name written by level, a delegation's or troupe's head (团长),
大学生 after a place, a level's key-projects office, a place's fire and rescue brigade, and a level's state-owned enterprise in apposition before a
name (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_the_youth_league_and_federations_by_level(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "韶关市举办论坛。团市委、市青联组织青年座谈,市工商联、市总商会介绍情况。")
    assert got == [("团市委", "共青团韶关市委员会"), ("市青联", "韶关市青年联合会"),
                   ("市工商联", "韶关市工商业联合会"), ("市总商会", "韶关市工商业联合会")]


def test_a_delegation_heads_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    # the pooled golds read a division's delegation as its place (佛山 in 佛山代表团), no body; its head is a post
    assert bodies(matcher, "佛山市粤剧团团长某某主持会议。") == []


def test_university_students_after_a_place(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "市领导与韶关大学生面对面交流。") == []


def test_a_levels_key_projects_office(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "会上要求区重点项目办做好服务。")] == ["区重点项目办"]
    assert bodies(matcher, "加快推进重点项目办理。") == []


def test_a_levels_state_owned_enterprise_in_apposition(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "实体化运作市属国企甲锐集团,获评AA+。")] == ["甲锐集团"]


def test_a_places_fire_and_rescue_brigade(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in bodies(matcher, "南山区消防救援大队开展演练。")] == ["南山区消防救援大队"]
    assert [s for s, _ in bodies(matcher, "韶关市消防支队发布通告。")] == ["韶关市消防支队"]
