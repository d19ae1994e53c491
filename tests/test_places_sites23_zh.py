"""Sites a city or county report builds or opens (made-up sentences): a named shopping street (商业街) and a school's
campus (校区) are places, their kinds alone or after common words are not; 收治 before a hospital's kind is a verb;
an item ending in 公寓 (apartments) beside named sites in a list is a kind of housing, no place."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_named_shopping_street_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "桂香里商业街12家商户相继开业。") == ["桂香里商业街"]


def test_a_schools_campus_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "实验中学东湖校区建成招生。") == ["实验中学东湖校区"]


def test_the_kinds_alone_or_after_common_words_are_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "建设特色商业街，启用新校区，打造美食商业街。") == []


def test_admitting_patients_before_a_hospitals_kind_is_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "分级分类启用收治医院。") == []


def test_apartments_beside_named_sites_in_a_list_are_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "桂香里商业街、实验中学东湖校区、青年公寓等项目加快推进。") == ["桂香里商业街", "实验中学东湖校区"]


def test_an_ancestral_temple_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "完成北溪龙王祖庙修缮。") == ["北溪龙王祖庙"]
