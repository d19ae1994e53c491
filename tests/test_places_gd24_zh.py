"""Places in city and district reports, session 19 (made-up sentences).

- Hotels are named by a brand before the kind word (某某大酒店, 喜来登某某酒店): sites; the kind after common words,
  an adjective, a class or a verb of use is a kind (五星级酒店, 经济型酒店, 改作酒店).
- An island's name ends before what is done to or at it (某某岛开发, 某某岛生态保护).
- Fairs, shows and forums hold no place mention: a trade verb modifying a fair's goods (中国出口商品交易会), a place in
  brackets inside a show's name (中国（某市）国际车展), 会展 inside a forum's name (某市国际会展经济论坛); a zone
  written with a bracketed place stays one place.
- 站上 + a level is the verb 'rise to' (某市站上新起点), no station; 疏港 / 临港 are words (疏港铁路: no MTR).
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_grand_hotel_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "新世纪大酒店、某某商务中心建成投入使用。") == ["新世纪大酒店"]


def test_a_branded_hotel_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "喜来登某某酒店开业迎客。") == ["喜来登某某酒店"]


def test_hotels_of_a_kind_are_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "引进五星级酒店2家，建设精品酒店。") == []
    assert places(matcher, "推动旧厂房改作酒店，新增经济型酒店。") == []


def test_an_island_before_its_development_or_ecology(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进金沙岛开发，加强银湖岛生态保护。") == ["金沙岛", "银湖岛"]


def test_a_trade_verb_inside_a_fairs_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "组织企业参加中国出口商品交易会。") == []


def test_a_bracketed_host_city_inside_a_shows_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "组织企业参加中国进出口商品交易会和中国（佛山）国际车展。") == []
    assert places(matcher, "举办首届中国（江门）国际合作周。") == []


def test_convention_and_exhibition_inside_a_forums_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成功举办2019佛山国际会展经济论坛。") == []


def test_a_zone_with_a_bracketed_place_and_a_clause_stay(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进中国（广东）自由贸易试验区建设。") == ["中国（广东）自由贸易试验区"]
    assert places(matcher, "佛山出口商品增长10%。") == ["佛山"]


def test_standing_on_a_level_is_no_station(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全年地区生产总值突破万亿元，东莞站上新起点。") == ["东莞"]
    assert places(matcher, "在东莞站上车。") == ["东莞站"]


def test_a_port_clearing_railway_holds_no_mtr(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "加快疏港铁路和临港铁路建设。", "cn") == []


def test_a_time_word_after_a_station_keeps_the_station(matcher: ZhEntityMatcher) -> None:
    # lead review, session 19: 站 + 上半年 / 上午 / 上落 is the station, then a time or a pick-up
    assert places(matcher, "深圳站上半年旅客发送量增长。") == ["深圳站"]
    assert places(matcher, "紅磡站上午繁忙，東涌站上落客區擴建。") == ["紅磡站", "東涌站"]


def test_and_a_verb_after_a_place_is_no_events_name(matcher: ZhEntityMatcher) -> None:
    # 视察广东和出席…运动会: 和 + a verb opens a second predicate, the place is no part of the games' name
    assert places(matcher, "贯彻总书记视察广东和出席全国运动会开幕式重要讲话精神。") == ["广东"]


def test_a_sector_valley_is_a_place_and_ports_in_common_words_are_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "建设某湖氢谷，打造武汉光谷。") == ["某湖氢谷", "武汉光谷"]
    assert places(matcher, "推动海港、空港、金融港、人才港联动，建设生物药谷。") == []
