"""Chinese places, session 16 (issue 14): an industrial park or base described in common words only (its sector, its
function: 装备产业园, 乡村振兴产业园) names a kind, no place; a proper element before it (a place, a firm, a village)
makes a name. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "县里将加快推进装备产业园建设。",
    "今年共有8宗项目入驻乡村振兴产业园。",
    "布局发展仓储、冷链等功能性产业园。",
    "已完成前期农业产业园总体规划。",
    "引进龙头企业落户储能产业园。",
    "加快核心片区征地拆迁。",
])
def test_a_park_described_in_common_words_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize(("text", "site"), [
    ("推进禾坪荔枝产业园建设。", "禾坪荔枝产业园"),
    ("惠东县推进稔山镇食品产业园建设。", "稔山镇食品产业园"),
])
def test_a_park_with_a_proper_element_is_a_place(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in places(matcher, text)


@pytest.mark.parametrize(("text", "site"), [
    ("强化莲花江、青垟山自然保护区等重点区域保护。", "青垟山自然保护区"),
    ("推进禾坪渔港升级改造。", "禾坪渔港"),
    ("推进饶平县禾坪渔港建设。", "饶平县禾坪渔港"),
    ("打造禾坪国际海产交易市场。", "禾坪国际海产交易市场"),
    ("推进禾坪锰铁矿区资源整合。", "禾坪锰铁矿区"),
])
def test_reserves_fishing_ports_markets_and_mining_areas_are_named_sites(
        matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in places(matcher, text)


@pytest.mark.parametrize("text", [
    "加快建设中心渔港。",
    "新建一批农产品交易市场。",
    "开展稀土矿区生态修复。",
])
def test_such_sites_described_in_common_words_are_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_graded_port_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert not [p for p in places(matcher, "加快建设湛江禾坪世界级渔港项目。") if p.endswith("渔港")]


@pytest.mark.parametrize("text", [
    "全面完成方舱医院、健康驿站、定点亚定点医院、发热门诊等建设任务。",
    "推进国际旅游度假区建设。",
])
def test_epidemic_facilities_stations_and_resorts_described_by_kind_are_no_places(
        matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_health_station_named_by_its_village_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "禾坪健康驿站投入使用。") == ["禾坪健康驿站"]


def test_a_zone_named_by_its_output_scale_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "去年禾坪高新区迈入“千亿高新区”行列。") == ["禾坪高新区"]
