"""lists_zh + place_lists.kind_after (issue 14, session 25): named works listed before 等 + a count and their kind
(甲、乙、丙等3座水闸; 甲、乙等2座泵站) are each a site of that kind, a place; verbs listed so (修缮、加固等3座水闸:
what is done to them) name nothing. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_works_listed_before_their_count_and_kind_are_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "今年完成沙尾、涌口、新围仔等3座水闸建设工程，启动西坑、东坑等2座泵站改造。")
    assert {"沙尾", "涌口", "新围仔", "西坑", "东坑"} <= set(got)


def test_verbs_listed_before_a_count_of_works_are_no_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "今年完成修缮、加固等3座水闸建设。") == []


def test_sizes_and_states_listed_before_a_count_of_works_are_no_places(matcher: ZhEntityMatcher) -> None:
    # review-revzh M9: 大型 / 中型 (sizes) and 病险 / 老旧 (states: 病险水库 is the standard term) say what kind
    # of works are meant, no names; named items are still read
    assert places(matcher, "完成大型、中型等5座水库的除险加固。") == []
    assert places(matcher, "对病险、老旧等3座水闸进行改造。") == []
    assert {"白石", "黄竹"} <= set(places(matcher, "完成白石、黄竹等3座水闸的修缮。"))
