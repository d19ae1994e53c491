"""Session 19's review mends (mendzhb, Chinese bylines, packages, plenary sessions, figures): rules that fired too
widely (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _bodies(text: str) -> list[str]:
    return [i.text for i in extract_text(text, model="blank").institutions]


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_text(text, model="blank").figures]


# M5: a byline's outlet opens with no preposition, determiner or level, and 记者 needs a byline's shape
@pytest.mark.parametrize("text", [
    "据东华时报记者了解，项目已开工。",
    "随着网络平台记者招待会召开。",
    "各报记者参加发布会。",
    "各网记者参加发布会。",
    "一报记者指出问题。",
    "市电视台记者从会上获悉，工程完工。",
])
def test_no_byline_outlet(text: str) -> None:
    assert _bodies(text) == []


def test_a_place_inside_a_clause_with_a_reporter_stays() -> None:
    assert _places("据东莞时报记者了解，项目已开工。") == ["东莞"]


@pytest.mark.parametrize("text, name", [
    ("晨光报记者 刘某/文、图\n会议审议了报告。", "晨光报"),
    ("南岭晚报记者王某 通讯员李某\n会议闭幕。", "南岭晚报"),
])
def test_a_byline_still_names_its_outlet(text: str, name: str) -> None:
    assert name in _bodies(text)


# M7: 条 also counts routes and lines; an aim ending in such a noun is no policy package
@pytest.mark.parametrize("text, want", [
    ("全年推出旅游精品线路30条，接待游客增长。", [("30条", "count")]),
    ("年内发布优化公交线路12条。", [("12条", "count")]),
    ("新开通国际航线8条，推出跨境巴士线路5条。", [("8条", "count"), ("5条", "count")]),
])
def test_routes_are_counted(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text) == want


def test_a_policy_package_is_still_a_name() -> None:
    assert _figures("全面落实稳经济20条，企业受惠。") == []


# M8: a committee before its plenary session is a mention only beside a quoted item of its own
@pytest.mark.parametrize("text", [
    "认真贯彻省委十三届五次全会精神和全省高质量发展大会部署。",
    "贯彻市委十二届八次全会精神、全国两会精神。",
])
def test_a_committee_before_its_plenary_session_and_another_item_names_the_event(text: str) -> None:
    assert "省委" not in _bodies(text) and "市委" not in _bodies(text)


# S00: 時速 after a length makes it a speed only when no number follows 時速 (the next figure's word)
@pytest.mark.parametrize("text, want", [
    ("建成全长80公里时速350公里的城际铁路。", [("80公里", "length"), ("350公里", "speed")]),
    ("開通一條全長12公里時速100公里的線路。", [("12公里", "length"), ("100公里", "speed")]),
    ("列车以350公里时速运行。", [("350公里时速", "speed")]),
])
def test_speed_after_a_length(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, k) for t, k in _figures(text) if k in ("length", "speed")] == want


# S0: 雙倍 glued to a tax's or a scheme's name is no multiple
@pytest.mark.parametrize("text, want", [
    ("政府宣布撤銷雙倍印花稅及買家印花稅。", []),
    ("旅客可獲雙倍積分。", []),
    ("新措施的開支可以說是雙倍。", [("雙倍", "ratio")]),
])
def test_word_multiples(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text) == want


# S3: 一 after an ordinal is the article, no count in a list
@pytest.mark.parametrize("text, want", [
    ("实现第二个百年奋斗目标和一个更高水平的开放。", []),
    ("完成第二十个项目和一个新园区。", []),
    ("建成三个发展区和一个保育区。", [("三个", "count"), ("一个", "count")]),
])
def test_ones_listed_after_counts(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text) == want


def test_a_byline_with_two_reporters_names_its_outlet() -> None:
    assert "晨光报" in _bodies("晨光报记者 刘某某 何某某/文、图\n会议审议了报告。")
