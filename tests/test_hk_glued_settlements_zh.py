"""hk_glued_zh (issue 14, session 29): in a Mainland text a Hong Kong place name glued to a following 镇 / 乡 is a
Mainland town of that name (某区的九龙镇), and a Hong Kong village (…村) glued to characters opening a list item is
that longer village (、屋厦村、); Hong Kong's own names and new towns keep their readings. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_a_hk_name_before_zhen_is_a_mainland_town(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "今年该区的九龙镇新建了两所学校。", "cn")
    assert any(s == "九龙镇" for s, lab, _ in got if lab == "PLACE")
    assert not any(c == "Kowloon" for _, _, c in got)


def test_traditional_text_too(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "今年該區的九龍鎮新建了兩所學校。", "cn")
    assert any(s == "九龍鎮" for s, lab, _ in got if lab == "PLACE")


def test_a_hk_village_ending_a_listed_village_is_the_longer_village(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "该镇下辖田心村、上厦村、大塘村等村。", "cn")
    assert any(s == "上厦村" for s, lab, _ in got if lab == "PLACE")
    assert not any(c == "Ha Tsuen" for _, _, c in got)


def test_hk_names_stay_in_their_own_use(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "特区政府将发展洪水桥及厦村一带。", "cn")
    assert any(c == "Ha Tsuen" for _, _, c in got)
    got = found(matcher, "他去了九龙，又去了沙田新市镇。", "cn")
    assert any(c == "Kowloon" for _, _, c in got)
