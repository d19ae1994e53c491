"""Mainland zones and regions on made-up sentences: demonstration zones named by their place, the short forms
经开区 / 综保区, a named prefecture's sibling short names, provinces' regions, written-out road codes and freight
spurs (routes), and 示范县 (no 范县 in it)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, label, _ in found(matcher, text, loc) if label == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("加快建设延安绿色低碳经济示范区。", ["延安绿色低碳经济示范区"]),  # 经济 holds 经 ('via') yet is no clause word
    ("推动榆林新型能源创新示范区和西安科技示范区建设。", ["榆林新型能源创新示范区", "西安科技示范区"]),
    ("推进青蛙经开区和红蛙综保区建设。", ["青蛙经开区", "红蛙综保区"]),  # 经济技术开发区, 综合保税区 shortened
])
def test_a_zone_named_by_its_place_is_one_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("创建国家生态文明示范区和先行示范区。", []),  # designations with no place: kinds (DECISIONS 25)
    ("抓住粤港澳大湾区和深圳先行示范区建设机遇。", ["粤港澳大湾区", "深圳"]),  # a title given to the whole city
])
def test_a_designation_is_no_zone(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_named_prefecture_makes_its_siblings_short_names_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "发挥西宁、海东、海北的带动作用。") == ["西宁", "海东", "海北"]
    assert places(matcher, "发挥海东、海北的带动作用。") == []  # no division of Qinghai named: words


@pytest.mark.parametrize(("text", "names"), [
    ("支持关中地区、青南地区和海陆丰革命老区发展。", ["关中地区", "青南地区", "海陆丰"]),
    ("陜西省支持陜北發展。", ["陜西省", "陜北"]),  # the look-alike 陜 for 陝
])
def test_regions_of_provinces(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize("text", [
    "加快国道236线汕尾城区改建段建设。",  # a road code written out: a route up to its 段
    "积极研究汕尾新港铁路专用线。",  # a freight spur
])
def test_written_out_road_codes_and_spurs_are_routes(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_model_county_is_no_fan_county(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新创建15个县城建设示范县。") == []
    assert places(matcher, "河南省范县发展。") == ["河南省", "范县"]
