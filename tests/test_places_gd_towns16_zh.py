"""Mainland towns by short form and places chained by dashes, on made-up sentences (session 11, issue 14).

A county's towns (pipeline/data/zh_townships.json, from jionlp by scripts/build_zh_townships.py) count in a document
that names the county or its prefecture: in full before any word (赤坎镇全域…), by short form in a list with a town
(斗山、都斛镇), in a list of two short forms (黄江、樟木头), before a village (大田新塘村) or where the sentence
speaks of towns (址山入选…典型镇). Names joined by dashes are a line's or a pairing's name only when the name goes
on after the last one (巴林—奈曼—阜新输电线路); a list of nodes in brackets names each place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> dict[str, str]:
    return {s: c for s, label, c in found(matcher, text, loc) if label == "PLACE"}


@pytest.mark.parametrize(("text", "towns"), [
    ("台山市推进斗山、都斛镇海上风电配套产业建设。", {"斗山": "斗山镇", "都斛镇": "都斛镇"}),
    ("东莞市在黄江、樟木头布局新一代电子信息产业园。", {"黄江": "黄江镇", "樟木头": "樟木头镇"}),
    ("鹤山市坚持典型引路，址山入选全省第二批典型镇。", {"址山": "址山镇"}),
    ("开平市赤坎镇全域发展文旅产业。", {"赤坎镇": "赤坎镇"}),
])
def test_a_named_countys_towns_count_by_short_form_in_a_town_context(matcher: ZhEntityMatcher, text: str,
                                                                    towns: dict[str, str]) -> None:
    got = places(matcher, text)
    assert {s: c for s, c in got.items() if s in towns} == towns


def test_a_town_before_a_village_is_an_address_of_two_places(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "恩平市持续改善人居环境，大田新塘村获评省级卫生村。")
    assert got.get("大田") == "大田镇" and "新塘村" in got


@pytest.mark.parametrize("text", [
    "址山入选全省第二批典型镇。",  # no county named: 址山 may be anything
    "台山市大力发展端芬旅游。",  # the county named, but no list, no address, no town word
])
def test_a_short_form_alone_is_no_town(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"址山", "端芬"} & set(places(matcher, text))


def test_the_township_table_records_its_source() -> None:
    data = json.loads((Path(__file__).resolve().parent.parent / "pipeline" / "data" / "zh_townships.json")
                      .read_text("utf-8"))
    assert "jionlp" in data["_about"] and "赤坎镇" in data["towns"]["440783"].split()


def test_places_chained_by_dashes_in_brackets_are_each_a_place(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "打造西部沿海通道(湛江―茂名―阳江―江门)。")
    assert {"湛江", "茂名", "阳江", "江门"} <= set(got)


@pytest.mark.parametrize("text", ["推进巴林—奈曼—阜新输电线路建设。", "建成乌兰—锡林高速。"])
def test_a_dash_chain_that_heads_a_name_is_a_lines_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"巴林", "奈曼", "阜新"} & set(places(matcher, text))


def test_a_count_before_the_kind_takes_the_last_items_of_a_longer_list(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "推动广佛全域同城化、深汕一体化、甲乙丙、丁戊己两大都市圈建设。")
    assert {"甲乙丙", "丁戊己"} <= set(got) and "深汕一体化" not in got


def test_a_verb_of_lying_across_ends_a_name_body(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "湛江与海南岛隔琼州海峡相望。")
    assert "琼州海峡" in got and not any("隔" in s for s in got)


@pytest.mark.parametrize(("text", "short"), [
    ("茂名市加快发展。化州橘红远销海外。", "化州"),  # its prefecture named
    ("信宜市召开大会。会议指出,信宜实施规划已满五年。", "信宜"),  # the city named in full
])
def test_a_county_level_citys_short_form_counts_with_one_edge_where_its_city_is_named(
        matcher: ZhEntityMatcher, text: str, short: str) -> None:
    assert short in places(matcher, text)


def test_a_county_level_citys_short_form_alone_still_needs_both_boundaries(matcher: ZhEntityMatcher) -> None:
    assert "化州" not in places(matcher, "化州橘红远销海外。")


@pytest.mark.parametrize("text", ["开平市赤坎镇第十八届人民代表大会第三次会议召开。", "赤坎镇人民政府。开平市发布通知。"])
def test_a_town_before_its_congress_session_or_its_government_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert "赤坎镇" not in places(matcher, text)
