"""Provincial work reports' places on made-up sentences (issue 14, session 18): a region that opens a water-works
project's name names the project (DECISIONS 21), a works note in brackets (（含…扩建）), and named archives and
campus sites (国家版本馆, 职教城)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, label, _ in found(matcher, text, "cn") if label == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("做好粤西水资源优化配置工程前期工作。", []),
    ("推进环洞庭湖湖南水资源配置一期、二期建设。", []),  # the province the works serve between region and object
    ("建成珠三角引水工程和粤北供水项目。", []),
    ("保障深圳供水安全，加快广州重点项目建设。", ["深圳", "广州"]),  # no object word before the works head
    ("推动粤西地区发展，建设粤西水资源配置工程。", ["粤西"]),  # the region standing alone stays a place
])
def test_a_region_opening_a_works_name_names_the_project(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_a_works_note_in_brackets_opens_at_including(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "做好某某工程（含青蛙水库扩建）前期工作。") == ["青蛙水库"]
    assert places(matcher, "建设含山县工业园（含山经济开发区）。") == ["含山县工业园", "含山经济开发区"]  # no works note


@pytest.mark.parametrize(("text", "names"), [
    ("西安国家版本馆建成开放。", ["西安国家版本馆"]),
    ("加快湖南省职教城建设。", ["湖南省职教城"]),
])
def test_named_cultural_and_campus_sites(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("推进镇江转型升级综合配套改革试验区建设。", ["镇江转型升级综合配套改革试验区"]),  # a State-designated zone: one place
    ("支持常州国家可持续发展实验区建设。", ["常州国家可持续发展实验区"]),
])
def test_an_experimental_zone_named_by_its_place_and_mission(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("积极参与泛北部湾经济合作。", ["泛北部湾"]),  # the Gulf's rim: a wider region, no Beibu Gulf of its own
    ("深化与泛珠三角各省区合作。", ["泛珠三角"]),  # a gazetteer entry as before
    ("推动北部湾经济区开放开发。", ["北部湾经济区"]),
])
def test_pan_before_a_region_names_the_wider_region(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("首届中国国际消费品博览会在海口举办。", ["海口"]),  # a fair is an event: the country opening its name no mention
    ("积极参与上海世界博览会。", []),
    ("办好广州交易会。", []),
    ("广州会加快发展。", ["广州"]),  # 会 'will' after a place still ends the name
])
def test_a_place_opening_a_fair_s_name_is_no_mention(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("支持韶关苏区融湾先行区建设。", ["韶关苏区融湾先行区"]),  # a pilot zone named by its place: one place
    ("推动琼海乐城国际医疗旅游先行区发展。", ["琼海乐城国际医疗旅游先行区"]),
    ("打造改革开放先行区。", []),  # no name before the kind
])
def test_a_pilot_zone_named_by_its_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("推进珠海综合改革试点。", []),  # a reform pilot's name opens with its place
    ("深入推进泰州转型升级综合改革试点，支持泰州发展。", ["泰州"]),  # the city standing alone stays
    ("支持珠海开展综合改革试点。", ["珠海"]),  # a verb between: the city is the subject
])
def test_a_place_opening_a_reform_pilot_s_name(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names
