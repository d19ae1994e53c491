"""lists_zh (issue 14, session 27): 和 / 及 that opens a second list inside a longer one (某水库及甲围、乙等2个古村落)
joins no last item to the first list: the second list is read on its own, with the count and kind that close it,
its first item right after the conjunction. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_counted_sublist_after_ji_is_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "建成以飞水河漂流、云雾谷温泉酒店、白石水库及白石围、大塘等2个古村落为代表的旅游项目。")
    assert "白石围" in got and "大塘" in got


def test_a_counted_list_after_he_keeps_its_first_item(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "建成以白石水库和白石围、大塘等2个古村落为代表的项目。")
    assert "白石围" in got and "大塘" in got


def test_known_places_either_side_of_ji_stay(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "加强与广州、深圳及佛山、肇庆等地合作。")
    assert {"广州", "深圳", "佛山", "肇庆"} <= set(got)


def test_an_uncounted_sublist_of_kinds_names_nothing(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "完善道路、管网及绿化、照明等配套设施。")
    assert got == []
