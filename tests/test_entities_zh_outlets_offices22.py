"""Chinese institutions, session 22: page bylines whatever the outlet's name ends in, the Hong Kong Government's
Mainland offices by their short names, and a named congress's standing committee after 及其 (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_dispatch_at_a_lines_start_names_its_outlet(matcher: ZhEntityMatcher) -> None:
    # an app's dispatch (掌上 + a city: the city inside the app's name is no place there)
    got = found(matcher, "县人大会议开幕\n掌上云浮讯 18日,会议开幕。", "cn")
    assert ("掌上云浮", "INSTITUTION", "掌上云浮") in got and not any(lab == "PLACE" for _, lab, _ in got)
    # a paper's dispatch from a place names the paper; the generic 本报 and news words (快讯) name none
    assert bodies(matcher, "南粤晨报珠海讯 记者报道。") == [("南粤晨报", "南粤晨报")]
    assert bodies(matcher, "本报讯 记者报道。\n新闻快讯 18日") == []


def test_a_sites_page_header_before_a_timestamp_names_the_site(matcher: ZhEntityMatcher) -> None:
    text = "2020年某县政府工作报告\n文稿库 2021-07-27 17:49:30 政府报告\n各位代表:"
    assert bodies(matcher, text) == [("文稿库", "文稿库")]
    # as the pipeline reads a PDF's line: the space between Chinese and digits dropped
    assert bodies(matcher, "文稿库2021-07-27 17:49:30 政府报告\n") == [("文稿库", "文稿库")]


def test_the_hong_kong_governments_mainland_offices_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "除駐京辦和駐粵辦外，駐滬辦及駐武漢辦亦會在駐成都辦增設聯絡組。", "hk")
    assert [s for s, _ in got] == ["駐京辦", "駐粵辦", "駐滬辦", "駐武漢辦", "駐成都辦"]
    assert got[1][1] == "Economic and Trade Office of the Government of the Hong Kong Special Administrative Region in Guangdong"
    # the city inside the short name is no place of its own
    assert not [s for s, lab, _ in found(matcher, "駐成都辦增設入境事務組。", "hk") if lab == "PLACE"]


def test_a_named_congress_and_its_standing_committee(matcher: ZhEntityMatcher) -> None:
    got = bodies(matcher, "深圳市人民代表大会及其常务委员会依法监督。")
    assert got == [("深圳市人民代表大会", "深圳市人民代表大会"), ("常务委员会", "深圳市人民代表大会常务委员会")]
    got = bodies(matcher, "在兴宁市人大及其常委会的监督支持下。")
    assert [s for s, _ in got] == ["兴宁市人大", "常委会"]
    assert got[1][1] == "兴宁市人民代表大会常务委员会"


def test_a_source_line_naming_only_places_names_no_outlet(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "作者: | 来源:清远市清新区 | 时间:2024-05-11", "cn")
    assert [lab for _, lab, _ in got] == ["PLACE", "PLACE"]


def test_a_credit_verb_ends_a_source_lines_outlet(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "日期: 来源:云浮发布收集编辑:小编") == [("云浮发布", "云浮发布")]


def test_an_interview_with_a_stations_reporter_names_the_station(matcher: ZhEntityMatcher) -> None:
    text = "市人大代表、县长李某在接受云浮台记者专访时表示,全县将加快发展。"
    assert ("云浮台", "云浮台") in bodies(matcher, text)
    assert bodies(matcher, "县长李某在接受本报记者专访时表示,全县将加快发展。") == []
