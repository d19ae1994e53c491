"""Chinese places, session 15 (issue 14), Guangdong city and district texts: a zone named 经济开发区 (经济 holds the
clause word 经 'via') and its short form 开发区 as one place; a body's name naming its city for the city's district
and county-level city short names (茂名市委 … 化州); a town written before a park it holds, one place; a park or
a base with the town it lies in bracketed inside its name, one place. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


def canonicals(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {t[0]: t[2] for t in found(matcher, text) if t[1] == "PLACE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("今年,青澜湾经济开发区新引进项目12个。", ["青澜湾经济开发区"]),
    ("去年以来,银沙湾经济开发区锚定发展定位。", ["银沙湾经济开发区"]),
    ("途经青澜湾经济区的公路正在建设。", ["青澜湾经济区"]),
])
def test_a_zone_named_with_economy_is_one_place(matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert places(matcher, text) == expected


def test_a_zones_short_form_is_the_same_place(matcher: ZhEntityMatcher) -> None:
    named = canonicals(matcher, "金湖湾经济开发区召开大会。去年金湖湾开发区游客增长两成。")
    assert named["金湖湾开发区"] == named["金湖湾经济开发区"]


@pytest.mark.parametrize(("text", "short"), [
    ("茂名市委部署后,化州抢抓机遇,推动产业升级。", "化州"),
    ("湛江市委全会召开以来,廉江加快发展。", "廉江"),
])
def test_a_body_of_the_city_names_it_for_its_county_level_cities(
        matcher: ZhEntityMatcher, text: str, short: str) -> None:
    assert short in places(matcher, text)


@pytest.mark.parametrize(("text", "site"), [
    ("惠东县推进稔山镇食品产业园建设。", "稔山镇食品产业园"),
    ("新会区大泽镇五金产业园新增企业。", "大泽镇五金产业园"),
])
def test_a_town_written_before_its_park_is_one_place(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    got = places(matcher, text)
    assert site in got and site[:3] not in got


def test_a_town_before_a_village_stays_an_address(matcher: ZhEntityMatcher) -> None:
    assert "稔山镇" in places(matcher, "惠东县稔山镇范和村开展整治。")


@pytest.mark.parametrize(("text", "site"), [
    ("加快建设博罗(石湾)智能装备产业园。", "博罗(石湾)智能装备产业园"),
    ("推进清新（太和）工业园扩园。", "清新（太和）工业园"),
])
def test_a_park_with_its_town_in_brackets_is_one_place(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert places(matcher, text) == [site]


def test_a_fund_with_a_bracketed_city_is_no_park(matcher: ZhEntityMatcher) -> None:
    assert not [p for p in places(matcher, "设立广东(佛山)制造业转型发展基金。") if "基金" in p]


def test_a_body_opens_after_another_names_suffix(matcher: ZhEntityMatcher) -> None:
    named = canonicals(matcher, "了解银沙湾开发区银沙湾经济开发区土地面积约80平方千米。")
    assert sorted(named) == ["银沙湾开发区", "银沙湾经济开发区"]


def test_a_sector_economy_before_a_zone_kind_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert not places(matcher, "各地积极建设数字经济试验区和海洋经济示范区。")


def test_a_shared_list_of_bracketed_parks_is_no_one_park(matcher: ZhEntityMatcher) -> None:
    assert not [p for p in places(matcher, "推进博罗(石湾)、清新(太和)等产业转移工业园建设。") if "等" in p]


@pytest.mark.parametrize(("text", "site"), [
    ("高水平推进大沙湾国际科教城建设。", "大沙湾国际科教城"),
    ("推进湖东智谷、科技新城建设。", "湖东智谷"),
    ("银河西街电商创业园已入驻企业40家。", "银河西街电商创业园"),
    ("加快建设环东湖公园活力区。", "环东湖公园活力区"),
    ("做强东风路金融商务产业带。", "东风路金融商务产业带"),
])
def test_city_sites_end_in_their_kind_words(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in places(matcher, text)


@pytest.mark.parametrize("text", [
    "培育先进制造业产业带,形成三大产业带。",
    "各区打造电商创业园和孵化器。",
])
def test_a_kind_of_belt_or_park_is_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert not places(matcher, text)


def test_a_district_written_in_full_is_then_written_short(matcher: ZhEntityMatcher) -> None:
    named = canonicals(matcher, "佛山市顺德区十七届人大三次会议开幕。顺德经济运行平稳,锚定佛山市委目标。")
    assert named.get("顺德") == "Shunde District"


def test_a_short_form_is_the_written_district_not_its_homonym(matcher: ZhEntityMatcher) -> None:
    named = canonicals(matcher, "南海区将以实验区建设为契机。2019年,南海正式获批建设实验区。")
    assert named.get("南海") == named.get("南海区") == "Nanhai District"


def test_a_short_form_stays_the_sea_where_no_district_is_written(matcher: ZhEntityMatcher) -> None:
    assert canonicals(matcher, "加强南海海洋生态保护。").get("南海") != "Nanhai District"


@pytest.mark.parametrize("text", [
    "乡村广场公园配备健身器材。",
    "东坑村被评为湛江市十大魅力乡村。",
])
def test_a_kind_every_place_has_or_a_ranking_is_no_name(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [p for p in places(matcher, text) if p.endswith(("公园", "乡"))]
