"""Session 26 (zhinst): a leading group's standing office (…领导小组办公室) is a body of its own, a bare 领导小组办公室 after
the group is named is that group's office, and a group named with and without 工作 before its head is one group
(sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def _bodies(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_named_group_office_is_the_office(matcher: ZhEntityMatcher) -> None:
    assert _bodies(matcher, "甲市农村人居环境整治领导小组办公室组织验收。") == [
        ("甲市农村人居环境整治领导小组办公室", "甲市农村人居环境整治领导小组办公室")]


def test_a_bare_office_after_its_group(matcher: ZhEntityMatcher) -> None:
    bodies = _bodies(matcher, "县政府成立甲县河长制工作领导小组,领导小组办公室设在县水务局。")
    assert ("领导小组办公室", "甲县河长制工作领导小组办公室") in bodies
    assert ("甲县河长制工作领导小组", "甲县河长制工作领导小组") in bodies


def test_an_office_before_its_heads_title_is_a_post(matcher: ZhEntityMatcher) -> None:
    bodies = _bodies(matcher, "会议由甲市森林防火领导小组办公室主任王某主持。")
    assert not [s for s, _ in bodies if s.endswith("办公室")]


def test_a_bare_office_with_no_group_named_is_none(matcher: ZhEntityMatcher) -> None:
    assert not [s for s, _ in _bodies(matcher, "领导小组办公室要加强统筹。") if "领导小组" in s]


def test_a_group_with_and_without_gongzuo_is_one(matcher: ZhEntityMatcher) -> None:
    bodies = _bodies(matcher, "关于成立乙县政务公开工作领导小组的通知。县政府决定成立乙县政务公开领导小组。")
    assert {c for s, c in bodies if s.endswith("领导小组")} == {"乙县政务公开工作领导小组"}


def test_two_different_groups_stay_two(matcher: ZhEntityMatcher) -> None:
    bodies = _bodies(matcher, "成立乙县政务公开工作领导小组和乙县安全生产领导小组。")
    assert len({c for s, c in bodies if s.endswith("领导小组")}) == 2


def test_two_groups_joined_by_he_are_two_bodies(matcher: ZhEntityMatcher) -> None:
    """A group's name does not reach back over another group's head and 和 (review revzh S1)."""
    assert [s for s, _ in _bodies(matcher, "成立巡察领导小组和乡村振兴领导小组。")] == ["巡察领导小组", "乡村振兴领导小组"]
    assert [s for s, _ in _bodies(matcher, "防汛抗旱指挥部与森林防火指挥部联合部署。")] == ["防汛抗旱指挥部", "森林防火指挥部"]


def test_no_place_across_the_he_before_a_second_group(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "县安全生产工作领导小组和县安全生产领导小组联合发文。", "cn")
    assert [s for s, lab, _ in rows] == ["县安全生产工作领导小组", "县安全生产领导小组"]
