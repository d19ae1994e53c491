"""Chinese places in Hong Kong texts, session 14 (issue 14), second round: a known place + 路 / 街 is a street's
name, no mention of the place (寶琳路, 汀角路), but a district written before a street locates it and stays (深水埗
南昌街); a town's centre (屯門市中心) is the town; hospitals named after donors carry long names (雅麗氏何妙齡那打素
醫院); districts before a District Planning Officer's title name the post; a works item's number alone on its line
opens the title on the next line; a new terminus (新終點站) and a community green station (社區環保站) are kinds.
Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("新宿舍位於寶琳路,鄰近商場。", []),  # Po Lam Road: no Po Lam
    ("年宵市場改在汀角路舉行。", []),  # Ting Kok Road
    ("中心設於深水埗南昌街一號。", ["深水埗"]),  # Nam Cheong Street, in Sham Shui Po: no Nanchang
    ("元朗路德會的中心今日開幕。", ["元朗"]),  # 路德會, the Lutheran church: no road
    ("旅客前往深圳路上需時兩小時。", ["深圳"]),  # 'on the way to Shenzhen': no road
])
def test_streets_named_after_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("穿梭巴士往返大埔中心及雅麗氏何妙齡那打素醫院。", "雅麗氏何妙齡那打素醫院"),
    ("政府會擴建東區尤德夫人那打素醫院。", "東區尤德夫人那打素醫院"),
    ("医管局将扩建东区尤德夫人那打素医院的急症室。", "东区尤德夫人那打素医院"),  # after a known district
])
def test_long_hospital_names(matcher: ZhEntityMatcher, text: str, name: str) -> None:
    assert name in places(matcher, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("出席人員:規劃署沙田、大埔及北區規劃專員", "沙田"),
    ("出席人員:規劃署荃灣及西九龍規劃專員", "荃灣"),
    ("總目703-建築物\n45JA\n天水圍第3區海關職員宿舍建造工程", "天水圍第3區"),  # the title on the next line
    ("總目706-公路\n201TB\n連接大埔墟站的行人天橋", "大埔墟站"),  # a road item: TB is no unit here
    ("該線將成為鐵路的新終點站。", "新終點站"),
    ("政府會重置「綠色屯門」社區環保站。", "社區環保站"),
])
def test_posts_works_items_and_kinds_name_no_place(matcher: ZhEntityMatcher, text: str, absent: str) -> None:
    assert absent not in places(matcher, text)


@pytest.mark.parametrize(("text", "names"), [
    ("屯門區的良田泳池及蝴蝶灣泳場今日重開。", ["屯門區", "良田泳池", "蝴蝶灣泳場"]),
    ("市民可到跑馬地網球場及九龍仔運動場館打球。", ["跑馬地網球場", "九龍仔運動場館"]),
    ("房委會將清拆馬頭圍中轉屋。", ["馬頭圍中轉屋"]),
    ("北區只有戶外暖水泳池,當局會另增建體育館。", ["北區"]),  # heated, outdoor; 增建 'build more': kinds
])
def test_leisure_venues_and_transit_centres(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("新區位於元朗平原的北部。", ["元朗平原"]),
    ("居民在屯門河兩岸跑步。", ["屯門河"]),  # a known place + 河: the river named after it
    ("沙田河流眾多。", ["沙田"]),  # 河流 'rivers': no river's name
])
def test_plains_and_rivers_named_after_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names
