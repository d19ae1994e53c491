"""Review mends (session 23, mendzhc): revzh M4, M5, M7 (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def labelled(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, lab) for s, lab, _ in found(matcher, text, loc)]


def test_an_outlets_name_is_not_cut_inside_a_word(matcher: ZhEntityMatcher) -> None:
    # revzh M4: a paper-and-site cut falls between two words, never inside one (社会, 社区, 台湾, 报告, 网络)
    assert labelled(matcher, "来源：某国社会科学网") == [("某国社会科学网", "INSTITUTION")]
    assert labelled(matcher, "来源：某某社区服务网") == [("某某社区服务网", "INSTITUTION")]


def test_a_place_before_filler_and_an_outlet_word_stays(matcher: ZhEntityMatcher) -> None:
    # revzh M5: only an outlet's own name words (华语, 广播 …) stand between a place and 电视台/日报 in its name
    assert ("香港", "PLACE") in labelled(matcher, "香港本地電視台及各大報章均有報道。", "hk")


def test_a_portals_generic_words_before_its_navigation_bar_name_no_outlet(matcher: ZhEntityMatcher) -> None:
    # revzh M7: 网站/信息公开 + 首页 is the page's own menu, no site's name
    assert [x for x in labelled(matcher, "网站首页 新闻中心 政务公开\n　　为深入贯彻落实，全区召开会议。")
            if x[1] == "INSTITUTION"] == []
    assert [x for x in labelled(matcher, "信息公开首页 政务 新闻") if x[1] == "INSTITUTION"] == []


def test_a_day_word_before_a_report_verb_is_no_paper(matcher: ZhEntityMatcher) -> None:
    # revzh S9: 今日/昨日/每日 + 报告/报送 is 'reported today', no paper X日报; the place stays
    assert labelled(matcher, "香港今日報告新增50宗確診個案。", "hk")[:1] == [("香港", "PLACE")]
    assert ("广州", "PLACE") in labelled(matcher, "广州昨日报告新增本土病例12例。")
    assert [x for x in labelled(matcher, "深圳每日报送数据。") if x[1] == "INSTITUTION"] == []
    # a city's daily keeps its name
    assert ("广州日报", "INSTITUTION") in labelled(matcher, "据广州日报报道，会议开幕。")


def figure_surfaces(text: str, locale: str = "cn") -> list[tuple[str, str]]:
    from pipeline.extract.figures.chinese import find_figures_zh
    return [(text[f.start:f.end], f.kind) for f in find_figures_zh(text, locale=locale)]


def test_a_quoted_campaign_listing_amounts_in_digits_keeps_them() -> None:
    # revzh M6: a quote holding digits with a unit lists targets, though it ends in 行动: its amounts are figures
    assert [s for s, _ in figure_surfaces("推进“新增造林5万亩、改造低效林10万亩行动”。")] == ["5万亩", "10万亩"]
    # a name's Chinese N项 stays part of the name
    assert figure_surfaces("全面实施“乡村振兴强基础补短板八项行动”。") == []


def test_a_move_to_a_place_in_a_ranking_ends_in_a_position() -> None:
    # revzh S1: 排名 + a verb of moving + 至/到 before N位 ends in a position (an ordinal), no count of people
    assert figure_surfaces("全市排名上升至12位。") == []
    assert figure_surfaces("综合排名提升到全省8位。") == []
    # a move by N places keeps its count
    assert figure_surfaces("排名提升5位。") == [("5位", "count")]


def test_the_end_of_a_range_of_dates_before_hou_is_no_span_of_days() -> None:
    # revzh S3: N日 after 日至 / 日到 closes a range of dates; 后 is 'after that date'
    assert ("5日", "duration") not in figure_surfaces("展会于3月1日至5日后闭幕。")
    # a bare N日后 is still a span of days
    assert figure_surfaces("五日后闭幕。") == [("五日", "duration")]
