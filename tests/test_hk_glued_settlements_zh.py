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


def test_xiang_opening_a_word_is_no_township(matcher: ZhEntityMatcher) -> None:
    """review-rmzha X2: 乡亲 ('folk from home'), 乡郊 ('countryside'), 乡事委员会 (a rural committee) after a Hong
    Kong name are no township of that name."""
    for text in ("九龙乡亲回乡参加祭祖活动。", "特区政府将改善元朗乡郊的排水。", "西贡乡郊游客众多。"):
        got = found(matcher, text, "cn")
        assert not any(s.endswith("乡") for s, lab, _ in got if lab == "PLACE"), text
    got = found(matcher, "今年该县的九龙乡新建了两所学校。", "cn")
    assert any(s == "九龙乡" for s, lab, _ in got if lab == "PLACE")


def test_a_verb_before_a_listed_hk_village_is_no_part_of_a_name(matcher: ZhEntityMatcher) -> None:
    """review-rmzha X3: 走进厦村 is a visit to Ha Tsuen, no village 走进厦村."""
    got = found(matcher, "代表团先后走访了天水围、屯门，走进厦村、锦田等乡村考察。", "cn")
    assert not any(s == "走进厦村" for s, _, _ in got)
