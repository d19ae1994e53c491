"""entities_zh (issue 14, session 28, zhplhk): exhibition venues are named built places. A gallery or pavilion that
a Hong Kong works project opens to show its plans (某某海濱展示館, 中環展城館 'City Gallery') ends in 展示馆 / 展城馆,
a works project's community liaison centre after the area it serves (某某新發展區社區聯絡中心) is a site, a quoted
name ending in 館 is a venue's name («某某科創館»), and the area 皇崗 written after its city (深圳皇崗) is one place.
A bare 社區聯絡中心 after a verb is no name, and 皇崗口岸 stays the crossing (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"]


def test_exhibition_gallery_after_its_area(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "市民可到灣仔海濱展示館了解規劃。")] == ["灣仔海濱展示館"]
    assert [s for s, _ in places(matcher, "巡迴展覽將在中環展城館舉行。")] == ["中環展城館"]


def test_community_liaison_centre_after_a_development_area(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "展覽設於古洞北新發展區社區聯絡中心,歡迎參觀。")] == [
        "古洞北新發展區社區聯絡中心"]


def test_a_liaison_centre_after_a_verb_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "工程期間會在元朗設立社區聯絡中心。")] == ["元朗"]


def test_quoted_pavilion_is_a_venue(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in places(matcher, "去年開幕的「北區創科體驗館」已接待多個團體。")] == ["北區創科體驗館"]


def test_huanggang_after_its_city_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "園區毗鄰深圳皇崗一帶。") == [("深圳皇崗", "Huanggang")]
    assert places(matcher, "旅客經皇崗口岸過境。") == [("皇崗口岸", "Huanggang Port")]


def test_a_quoted_kind_of_venue_in_common_words_is_no_name(matcher: ZhEntityMatcher) -> None:
    # session 28 review M4: common words + a venue's kind word name a kind of venue; a name of its own stays
    assert places(matcher, "建设“城市书房”“智慧图书馆”等阅读空间。") == []
    assert places(matcher, "推进“智慧场馆”和“数字展馆”建设。") == []
    assert [s for s, _ in places(matcher, "「河套科創築城館」和「北區創科體驗館」已開放。")] == ["河套科創築城館", "北區創科體驗館"]


def test_a_gallery_described_in_common_words_is_a_kind(matcher: ZhEntityMatcher) -> None:
    """review revzh M5 (session 28, mendzb): a gallery named by its theme in common words only (乡村振兴, 规划; 非遗 and
    党建, words jieba's list lacks) is a kind many places build, no name; after its place it stays one."""
    for text in ("建设一批乡村振兴展示馆和非遗展示馆。", "推进党建展示馆和规划展示馆建设。"):
        assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"], text
    assert [s for s, lab, _ in found(matcher, "广州非遗展示馆今日开馆。", "cn") if lab == "PLACE"] == ["广州非遗展示馆"]
