"""Chinese institutions and figures (issue 14, session 22, precision): a list item ending in a post title (某市委常委、
某县委书记) names a person's post, no body; bodies listed before one report word (听取县政府、县人大等工作报告) each name
their report, no row; a 3-digit N日 before a time of day (314日上午) is a date whose 月 the page lost, no span of days; a
web page's view counter (浏览次数 : 1192) is a count of views. Made-up sentences; each fails on the code before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.figures.chinese import find_figures_zh
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


def figures(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(text[f.start:f.end], f.kind, f.value, f.unit) for f in find_figures_zh(text, locale="cn")]


@pytest.mark.parametrize("text", ["韶关市委常委、乐昌市委书记陈某出席会议。", "湛江市委常委、雷州市委书记李某讲话。",
                                  "廣東省委常委、深圳市委書記、市人大常委會主任王某出席。"])
def test_a_listed_post_title_is_no_body(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text) if s.endswith("常委")]


def test_a_standing_committee_in_a_list_stays_a_body(matcher: ZhEntityMatcher) -> None:
    assert "县委常委会" in insts(matcher, "某县县委常委会、县政府党组研究部署。")


@pytest.mark.parametrize("text", ["某县十届人大三次会议开幕，会议听取县政府、县人大等工作报告。",
                                  "大会听取了区人民法院和区人民检察院工作报告。"])
def test_bodies_listed_before_a_report_word_name_their_reports(matcher: ZhEntityMatcher, text: str) -> None:
    assert [s for s in insts(matcher, text) if s.endswith(("人大", "法院", "检察院"))] == []


def test_a_body_listed_before_other_words_stays(matcher: ZhEntityMatcher) -> None:
    assert "区人民法院" in insts(matcher, "某某区人民法院、区人民检察院加强协作，审结案件。")


@pytest.mark.parametrize("text", ["214日上午，某市第十届人民代表大会第三次会议隆重开幕。", "1129日晚，会议闭幕。"])
def test_a_day_count_before_a_time_of_day_is_a_date(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "duration"] == []


def test_a_long_span_of_days_stays() -> None:
    assert ("120日", "duration", Decimal(120), "day") in figures("该项目工期共计120日。")


@pytest.mark.parametrize("text,value", [("来源：某某区政府办公室\n浏览次数 : 2305 【字体：大 中 小】", 2305),
                                        ("發佈日期：2023-05-02 瀏覽次數：876", 876)])
def test_a_page_view_counter_counts_views(text: str, value: int) -> None:
    assert [f for f in figures(text) if f[3] == "view"] == [(str(value), "count", Decimal(value), "view")]


def test_a_counter_without_a_number_is_no_figure() -> None:
    assert figures("发布日期:2023-11-24  浏览次数:-") == []
