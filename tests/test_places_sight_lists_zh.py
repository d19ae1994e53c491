"""lists_zh (issue 14, session 27): the sights a profile lists after 景点有 / 景区包括 are places (主要景点有甲、乙、丙),
the kind and its verb glued before the first item; a numeral inside a list item's name (某某三角湾) is no count
that ends the item. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_sights_listed_after_jingdian_you_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "主要景点有石门飞瀑、龙潭古民居、青云塔。")
    assert {"石门飞瀑", "龙潭古民居", "青云塔"} <= set(got)
    assert not any(p.startswith("主要") for p in got)


def test_sights_listed_after_jingqu_baokuo_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "镇内旅游景点包括白鹭湖、百年榕树群和古驿道遗址。")
    assert "白鹭湖" in got


def test_a_numeral_inside_an_item_is_part_of_its_name(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "主要景点有石门三角湾、石门双头瀑布、上坪古民居。")
    assert {"石门三角湾", "石门双头瀑布", "上坪古民居"} <= set(got)


def test_kinds_after_jingdian_you_are_no_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "主要景点有瀑布、古树、祠堂等。")
    assert got == []


def test_a_count_still_ends_an_item(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "主要景点有石门飞瀑、龙潭古民居两个景点。")
    assert "龙潭古民居" in got and not any("两" in p for p in got)


def test_a_new_clause_after_the_sights_lists_no_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "附近有青云塔、白鹭湖等旅游景点,有沙溪柑橘、石门腊肉等特产。")
    assert "沙溪柑橘" not in got and "石门腊肉" not in got


def test_the_zones_a_jingqu_lists_are_no_places(matcher: ZhEntityMatcher) -> None:
    """review-revzh M9: 景区包括 lists a scenic area's zones and facilities; a count of parts joins no item."""
    assert places(matcher, "景区包括核心区、缓冲区和实验区三部分。") == []
    assert places(matcher, "景区包括游客中心、停车场、生态厕所。") == []


def test_facilities_listed_as_sights_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "主要景点有观光栈道、玻璃桥、索道等设施。") == []
    got = places(matcher, "主要景点有观光栈道、青云塔、白鹭湖。")
    assert {"青云塔", "白鹭湖"} <= set(got) and "观光栈道" not in got
