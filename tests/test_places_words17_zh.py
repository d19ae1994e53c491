"""Chinese places, session 12 (issue 14), round 2: a country + 人 is a nationality, no place (人民, 人口, 人才 keep it);
大庆 in 大庆之年 / 周年大庆 is a celebration, 新中国 the state's founding; an event hosted by two places joined by a
middle dot in brackets holds no place; a quoted kind word alone (“示范区”) is no name; 现代工业 before a kind word
is a kind. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[str]:
    return [t[0] for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "names"), [
    ("当年西班牙人和荷兰人先后来到这里。", []),
    ("法国人口增长放缓,德国人才短缺。", ["法国", "德国"]),  # population, talent: the country modifies
    ("加拿大人工智能企业落户。", ["加拿大"]),
])
def test_a_country_before_ren_is_a_nationality(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("迎来建校百年的大庆之年。", []),
    ("举国欢度六十周年大庆。", []),
    ("新中国成立以来,大庆油田不断发展。", ["大庆"]),
])
def test_celebration_words_name_no_city(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert places(matcher, text) == names


def test_an_event_hosted_by_two_places_in_brackets(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "成功举办2023中国(韶关•乐昌)黄金柰李高峰论坛。") == []


def test_a_quoted_kind_word_alone_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全力加快“先行区”“示范区”建设。") == []


def test_modern_industry_before_a_kind_word_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "逐步打造现代工业小镇。") == []
