"""counted_lists_zh and river_courses_zh (issue 14, session 29): rivers a profile lists before their count
(境内有甲江、乙水、丙河等3条河流) are places named as written, a known river keeping its entry; a river's side (某河畔,
某江畔) locates a village as its reach does. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_counted_rivers_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇境内有龙潭水、黄竹河、白沙溪等3条河流过境。")
    assert {"龙潭水", "黄竹河", "白沙溪"} <= set(got)


def test_a_known_river_in_the_list_keeps_its_entry(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "全县有北江、龙潭水、黄竹河等3条河流。", "cn")
    assert ("北江", "PLACE", "北江") not in got and any(s == "北江" for s, _, _ in got)


def test_a_count_that_does_not_match_names_none(matcher: ZhEntityMatcher) -> None:
    assert "龙潭水" not in places(matcher, "该镇境内有龙潭水、黄竹河等5条河流。")


def test_a_river_side_locates_a_village(matcher: ZhEntityMatcher) -> None:
    assert "龙潭河" in places(matcher, "新村坐落在龙潭河畔，环境优美。")
    assert "白沙江" in places(matcher, "古村就在白沙江畔。")


def test_a_generic_river_side_names_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "村民们在小河畔洗衣。") == []
