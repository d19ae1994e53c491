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
