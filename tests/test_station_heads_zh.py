"""entities_zh (issue 14, session 25): a ministry's station (总站) and its head's title after it (某部某某总站副总站长
张某) name a post, no mention of the ministry, as a department and its director do (post_after_unit: 某部某司副司长);
the ministry acting stays (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_station_heads_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "农业农村部农业机械化总站副总站长张三作主题演讲。") == []
    assert bodies(matcher, "农业农村部种植业管理总站总站长李四出席。") == []


def test_the_ministry_acting_stays(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "农业农村部部署春耕工作。") == ["农业农村部"]


def test_a_ministrys_society_and_its_department_head_is_a_post(matcher: ZhEntityMatcher) -> None:
    # the ministry, a society it oversees, the society's department and its deputy head: all the post's name
    assert bodies(matcher, "住建部中国城市科学研究会产业运营部副主任李敏率团考察。") == []


def test_a_clause_before_a_unit_heads_title_keeps_the_ministry(matcher: ZhEntityMatcher) -> None:
    # review M12 (session 25): the ministry acts (组织专家赴…检查); 指导办主任 is another body's head
    assert bodies(matcher, "教育部组织专家赴江北省检查指导办主任张某陪同。") == ["教育部"]
    assert bodies(matcher, "农业农村部派出专家组赴江北市督导工作办主任李四陪同。") == ["农业农村部"]
