"""Review mends (session 22, mendzha) for local_firms_zh: revzh M1-M3 (made-up sentences; each states the general
rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def labelled(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, "cn")]


def test_a_known_place_and_a_line_of_business_before_a_producers_word_is_an_industry(matcher: ZhEntityMatcher) -> None:
    # revzh M1: 某地 + 行业 before 产值 names the place's industry, no company; the place stays
    assert labelled(matcher, "中山灯饰产值增长8%。") == [("中山", "PLACE")]


def test_a_phrase_of_common_words_before_a_word_for_firms_is_a_kind(matcher: ZhEntityMatcher) -> None:
    # revzh M2: a kind of shop (two common words, no line of business) listed before 等企业 is no name
    assert ("星级酒店", "INSTITUTION") not in labelled(matcher, "新增星级酒店、连锁超市等企业12家。")


def test_a_phrase_of_common_words_in_a_project_list_is_a_kind_of_project(matcher: ZhEntityMatcher) -> None:
    # revzh M3: kinds of project (红色 + 旅游, 垃圾 + 发电) are no trade names
    assert labelled(matcher, "推进垃圾发电、污水处理等项目建设。") == []
    assert ("红色旅游", "INSTITUTION") not in labelled(matcher, "推进红色旅游、滨海旅游、生态农业等项目建设。")
    # a common word jieba seldom sees may still be a trade name (中天 + 科技)
    assert labelled(matcher, "明阳智能、中天科技、广东长风等项目动工建设。") == [
        ("明阳智能", "INSTITUTION"), ("中天科技", "INSTITUTION"), ("广东长风", "INSTITUTION")]


def test_a_field_label_before_a_pages_timestamp_is_no_outlet(matcher: ZhEntityMatcher) -> None:
    # revzh M7: a reposted page's header line 发布时间 / 来源 + timestamp (colon lost) names no site; a site's name does
    assert labelled(matcher, "发布时间 2021-07-27 17:49:30") == []
    assert labelled(matcher, "来源 2021-07-27 17:49:30") == []
    assert labelled(matcher, "甲乙搜 2021-07-27 17:49:30") == [("甲乙搜", "INSTITUTION")]


def test_a_programme_name_ending_in_jingxun_is_no_byline(matcher: ZhEntityMatcher) -> None:
    # revzh S9: 少年警讯 (the Junior Police Call) ends in 警讯, a word, no outlet's 讯 dispatch
    assert labelled(matcher, "少年警讯 2023年活动") == []
