"""Parks, platforms, bases and rivers in Guangdong reports (made-up sentences; session 24).

- 创投园 (a venture park) and 天湖 (a scenic 'sky lake') end a named place; a lake after its district is a place of its own;
- an industrial park is named by its district and its whole line of trade (up to 10 characters between), one place,
  unless a clause verb stands between;
- 产业平台 names a zone only after a known place (某市融湾产业平台), and a county's park right after it is one place, the part;
- a company's base whose company is a gazetteer company holding an ordinary word or a place (中国电建) is a place,
  also as an item of a list of projects;
- 黄金水道 after a river is the river in its role: the river is the place;
- an unknown river right after 支流 ('tributary') is a river; a demonstrative before 河 names none.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_a_venture_park_and_a_sky_lake_are_places(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "鸿达创投园已入驻企业40家。") == ["鸿达创投园"]
    assert places(matcher, "端州区飞凤天湖风景秀丽。") == ["端州区", "飞凤天湖"]
    assert places(matcher, "第二天湖北代表团抵达。") == ["湖北"]


def test_a_park_named_by_its_district_and_trade_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进端州区智能装备数字经济产业园建设。") == ["端州区智能装备数字经济产业园"]
    assert places(matcher, "端州区加快建设数字经济产业园。") == ["端州区"]


def test_a_platform_after_its_city_and_its_county_park(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "肇庆融湾产业平台德庆园新引进企业12家。") == ["肇庆融湾产业平台德庆园"]
    assert places(matcher, "高标准建设肇庆融湾产业平台。") == ["肇庆融湾产业平台"]
    assert places(matcher, "建设高水平产业平台。") == []


def test_a_listed_company_base_in_a_project_list(matcher: ZhEntityMatcher) -> None:
    text = "中国电建肇庆基地等项目加快建设。"
    assert places(matcher, text) == ["中国电建肇庆基地"]
    assert bodies(matcher, text) == []
    assert places(matcher, "位于广州的华南基地。") == ["广州"]
    assert bodies(matcher, "中国电建新型材料基地、某某新型显示线等重大项目加快实施。") == []


def test_a_river_as_a_golden_waterway_is_the_river(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "发挥北江黄金水道作用。") == ["北江"]
    assert places(matcher, "规划黄金水道。") == []


def test_a_river_named_after_tributary(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "东江支流秋香江穿城而过。") == ["东江", "秋香江"]
    assert places(matcher, "该河沿线整治。") == []


def test_a_station_put_into_service_and_a_cooperation_park(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "丰城站、龙门山站投入使用。") == ["丰城站", "龙门山站"]
    assert places(matcher, "这里是甲乙合作园的核心区。") == ["甲乙合作园"]
    assert places(matcher, "佛山茂名携手共建合作园。") == ["佛山", "茂名"]


def test_a_park_and_its_coordinated_parts(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进鹏城产业园甲岭园区和乙塘园区建设。") == ["鹏城产业园甲岭园区", "乙塘园区"]
    assert places(matcher, "推进鹏城产业园甲岭园区和其他园区建设。") == ["鹏城产业园甲岭园区"]


def test_a_mountain_range_and_a_river_in_a_clause_of_water_supply(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "该县地处罗霄山脉南麓。") == ["罗霄山脉"]
    assert "新丰江" in places(matcher, "两地的供水有一半是从新丰江汇入。")
    assert places(matcher, "大山脉连绵。") == []


def test_a_park_with_and_without_its_city_is_one_place() -> None:
    import pipeline

    result = pipeline.extract_text("茂名信宜市甲乙电子产业园建成。茂名和信宜今年引进企业8家,其中信宜甲乙电子产业园5家。")
    assert len({p.canonical for p in result.places if "产业园" in p.text}) == 1
    result = pipeline.extract_text("广州经济技术开发区和深圳经济技术开发区都很好。")
    assert len({p.canonical for p in result.places}) == 2


def test_the_units_a_division_lists_as_administered(matcher: ZhEntityMatcher) -> None:
    text = "该镇面积50平方千米,辖甲东、甲西、乙岭3个村民委员会。"
    assert places(matcher, text) == ["甲东", "甲西", "乙岭"]
    assert places(matcher, "该镇辖甲东、甲西5个社区。") == []  # the count does not vouch for the list


def test_a_conjunction_opening_a_list_is_no_part_of_its_first_item(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "虽然桂城、西樵和九江3个镇街的数据还没公布。")[0] == "桂城"


def test_a_town_and_its_short_name_are_one_place() -> None:
    import pipeline

    result = pipeline.extract_text("甲岭镇位于中山市北部。甲岭镇实现地区生产总值30亿元,甲岭刺绣闻名。")
    assert len({p.canonical for p in result.places if p.text.startswith("甲岭")}) <= 1
    result = pipeline.extract_text("小欖镇位于中山市北部。小欖镇获评全国千强镇,小欖刺绣闻名。")
    assert {p.canonical for p in result.places if p.text.startswith("小欖")} == {"小欖镇"}
