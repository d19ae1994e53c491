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
    ("抓住粤港澳大湾区和深圳先行示范区建设机遇。", ["粤港澳大湾区", "深圳先行示范区"]),  # the city's designation: a zone
])
def test_a_zone_named_by_its_place_is_one_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("创建国家生态文明示范区和先行示范区。", []),  # designations with no place: kinds (DECISIONS 25)
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


@pytest.mark.parametrize(("text", "names"), [
    ("支持深圳港发展，推进汕头港升级。", ["深圳港", "汕头港"]),  # 港 right after a known place: its port
    ("深化深圳港澳合作，推进湛江港口建设。", ["深圳", "湛江"]),  # 港 starting 港澳 / 港口: no port name
    ("仪式在江门港新会港区青蛙码头举行。", ["江门港新会港区青蛙码头"]),  # port, port area, terminal: one place
    # (session 20: the longest span, named by the terminal, as fc19's gold reads 甲港乙港区丙码头; ports_zh)
    ("汕头港口岸红蛙港区对外开放。", ["汕头港口岸", "红蛙港区"]),
])
def test_ports_and_their_areas(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("青蛙河沿线统筹城镇建设；红蛙江西岸重点发展商务。", ["青蛙河", "红蛙江"]),  # a bank names the river before it
    ("坚持系统治理，绿蛙湖流域为重点。", ["绿蛙湖"]),
    ("打造一河两岸景观，运河沿线保护，大河上下。", []),  # a numeral or a kind is no river's name
])
def test_a_bank_or_reach_after_an_unknown_river_makes_it_a_river(matcher: ZhEntityMatcher, text: str,
                                                                 names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("加快推进国际合作产业园建设，打造国际化湾区新城。", []),  # kinds named by their function
    ("建设临港经济区和臨港產業園區，推进省高水平医院建设。", []),
    ("建设湛江临港经济区。", ["湛江临港经济区"]),  # a known place before the kind names one zone
    ("推进惠州千万级干线机场建设。", ["惠州"]),  # a class of airport: a description
    ("支持张家口第一医院发展。", ["张家口第一医院"]),  # an ordinal names one
])
def test_kinds_of_zone_and_facility_are_no_names(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("开工建设珠海港青蛙港区，推进茂名港红蛙新港区建设。", ["珠海港", "青蛙港区", "茂名港", "红蛙新港区"]),
    ("推进广州港青蛙港区国际通用码头和深圳港盐田港区东作业区集装箱码头建设。",
     ["广州港", "青蛙港区", "深圳港", "盐田港区"]),  # general-purpose and container terminals: kinds
    ("支持青蛙大南海石化工业区建设，支持东西两翼沿海经济带建设。", ["青蛙大南海石化工业区"]),
    ("促进闽西与粤北、海西区与粤港澳大湾区的互联互通。", ["闽西", "粤北", "海西区", "粤港澳大湾区"]),
])
def test_port_chains_industrial_zones_and_belts(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("推动京津冀协同发展、“长江经济带”发展和中部地区崛起，赴京津冀推介。", ["京津冀"]),  # strategies, then the region
    ("以黄河流域生态保护和高质量发展先行区建设为牵引，推进粤港澳大湾区建设。", ["粤港澳大湾区"]),
    ("增强长江中游地区中心城市支撑带动作用。", ["长江中游地区"]),
])
def test_a_national_strategys_name_lists_no_region(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_verb_opening_a_lists_first_item_is_no_part_of_it(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新增青蛙、潜江、宜都3个千亿县。") == ["青蛙", "潜江", "宜都"]


@pytest.mark.parametrize(("text", "names"), [
    ("在粤东粤西沿海集中布局一批重大产业项目。", ["粤东", "粤西"]),  # a batch of projects: no project's name
    ("抓好青蛙国际金融城建设。", ["青蛙国际金融城"]),  # a financial district
])
def test_batches_of_projects_and_financial_districts(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names
