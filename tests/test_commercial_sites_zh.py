"""Chinese places, session 28 (issue 14, zhplsite): commercial sites of district reports are named by a proper word
before their kind word — a business district (某某商圈), an international plaza or sourcing centre (某某国际广场,
某某国际采购中心), a shopping centre (某某购物中心), a cinema (某某影城) and office buildings (某某综合楼, 某某研发楼,
某某商务楼): one place each. The same kind words after common words only (核心商圈, 智慧商圈, 大型购物中心, 行政综合楼)
are kinds, no place. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text, "cn") if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "surface"), [
    ("今年东坝商圈获评省级示范特色商圈。", "东坝商圈"),
    ("推动远洋国际广场年内开业。", "远洋国际广场"),
    ("南岸国际采购中心主体封顶。", "南岸国际采购中心"),
    ("海悦购物中心正式开业。", "海悦购物中心"),
    ("金橙影城已开业迎客。", "金橙影城"),
    ("宏达综合楼项目已竣工。", "宏达综合楼"),
    ("滨湖研发楼准备年底开工。", "滨湖研发楼"),
])
def test_a_named_commercial_site_is_one_place(matcher: ZhEntityMatcher, text: str, surface: str) -> None:
    assert surface in places(matcher, text)


@pytest.mark.parametrize("text", [
    "以三大商圈为载体，建设核心商圈和智慧商圈。",
    "鼓励发展大型购物中心和数字影城。",
    "新建行政综合楼和教学综合楼各一栋。",
])
def test_the_kind_word_after_common_words_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


@pytest.mark.parametrize("text", [
    "完成卫生院综合楼主体工程。",
    "新建学校综合楼一栋。",
    "推进高铁站商圈建设。",
    "加快城东商圈和城西商圈建设。",
])
def test_an_institution_or_station_kind_before_the_head_is_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    """review revzh M2 (session 28, mendzb): a kind of institution before an office building's head, a kind of station
    or a direction from the town before a business district's head describe the building or district, no name."""
    assert places(matcher, text) == []


def test_a_named_institution_before_the_head_keeps_its_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推进南京城东商圈建设。") == ["南京"]
    assert places(matcher, "完成石门镇卫生院综合楼建设。") != []
