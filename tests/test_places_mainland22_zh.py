"""Chinese places in Mainland reports, session 17 (issue 14): the country or province that opens an honorary title a
place is awarded is in the title (获评中国历史文化名城); a count before a known place + a kind counts things at the
place (4个西江码头项目: the river stays, no named wharf); 港澳地区 is one region; 来粤 / 在粤 is Guangdong (DECISIONS 30,
as 来琼). Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[0] for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "禾坪去年获评中国历史文化名城,游客增长一成。",
    "禾坪被授予中国荔枝之乡称号。",
    "龙溪村入选广东省历史文化名村。",
])
def test_the_place_opening_an_honorary_title_is_in_the_title(matcher: ZhEntityMatcher, text: str) -> None:
    assert not {"中国", "广东省"} & set(places(matcher, text))


@pytest.mark.parametrize(("text", "place"), [
    ("广州是国际商贸中心和历史文化名城。", "广州"),
    ("深圳加快建设国际化名城。", "深圳"),
    ("中国是文明古国。", "中国"),
])
def test_a_place_that_is_the_subject_before_a_title_stays(matcher: ZhEntityMatcher, text: str, place: str) -> None:
    assert place in places(matcher, text)


@pytest.mark.parametrize("text", [
    "新建2座东江码头,年吞吐量增长。",
    "力争3个北江码头项目年内开工。",
])
def test_a_count_before_a_known_place_and_a_kind_names_no_site(matcher: ZhEntityMatcher, text: str) -> None:
    assert not any(p.endswith("码头") for p in places(matcher, text))


@pytest.mark.parametrize(("text", "site"), [
    ("推进西江码头建设。", "西江码头"),
    ("第3个东江码头建成投产。", "东江码头"),
])
def test_a_known_place_and_a_kind_without_a_count_is_a_site(matcher: ZhEntityMatcher, text: str, site: str) -> None:
    assert site in places(matcher, text)


def test_the_hong_kong_and_macao_region_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加强与港澳地区的交流合作。") == ["港澳地区"]
    assert places(matcher, "深化与港澳合作。") == []


def test_guangdong_written_by_one_character_after_a_verb_of_coming(matcher: ZhEntityMatcher) -> None:
    hits = [t for t in found(matcher, "吸引更多青年来粤创业就业。", "cn") if t[1] == "PLACE"]
    assert [t[0] for t in hits] == ["粤"] and hits[0][2] == "Guangdong"
    assert places(matcher, "深入实施“粤菜师傅”工程,在粤港资企业增多。") == []


def test_a_sports_centre_named_by_a_proper_element_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert "禾坪奥体中心" in places(matcher, "禾坪奥体中心建成开放。")


def test_a_title_quoted_after_the_verb_that_confers_it_names_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "禾坪小镇创建为“广东省首批双创示范基地”“广东省青年创业示范园区”。") == ["禾坪小镇"]
    assert places(matcher, "龙溪村获评“广东省文明村”。") == ["龙溪村"]
    assert places(matcher, "加快建设“广州南沙新区”。") == ["广州南沙新区"]
