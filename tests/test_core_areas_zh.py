"""entities_zh (issue 14, session 28, zhplhk): 核心区 (a core area) after two cities' one-character short forms is a
place of its own (深莞核心区: the core area a metropolitan plan names after two cities); after a known place it is an
alias of that place (某区核心区 → the district: DECISIONS 24), and after a kind word (城市核心区) it names none
(made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_two_city_core_area_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动深莞核心区协同发展。") == [("深莞核心区", "深莞核心区")]


def test_core_area_of_a_known_place_is_that_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "南沙核心区已启动建设。") == [("南沙核心区", "Nansha")]


def test_core_area_after_a_kind_word_names_none(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快建设城市核心区和老城核心区。") == []


def test_core_area_after_a_common_word_names_none(matcher: ZhEntityMatcher) -> None:
    # review-mendzd Z2: a scenic area's, a business district's core (景区核心区, 商务核心区) is a kind, as 城市核心区 is
    assert places(matcher, "严格保护景区核心区,建设商务核心区和产业核心区。") == []
