"""Tourist islands a plan names and parks a policy verb pushes (made-up sentences; session 22).

- X旅游岛 names a tourist island whatever its body (鹭屿旅游岛 in a list of plans), unless the body describes a kind
  (全域旅游岛, 生态旅游岛, 世界级旅游岛).
- 促推 ('push forward') opens the clause before the park it pushes (全力促推某某产业园建成见效).
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_tourist_island_with_an_unknown_body_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "编制龙湾产业园、鹭屿旅游岛等若干重大规划。") == ["龙湾产业园", "鹭屿旅游岛"]


def test_a_tourist_island_of_a_kind_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "打造全域旅游岛。") == []
    assert places(matcher, "加快建设世界级旅游岛和生态旅游岛。") == []


def test_a_park_after_push_forward_is_named_without_the_verb(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全力促推华岭新材料产业园建成见效。") == ["华岭新材料产业园"]


def test_a_firm_among_listed_projects_makes_no_list_of_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "大桥通车,华岭体育中心、东泰能源、鹭屿旅游岛等项目建设加快。") == ["华岭体育中心", "鹭屿旅游岛"]
