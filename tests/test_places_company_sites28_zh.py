"""Company bases, county parks and a zone's bracketed other name in Guangdong reports (made-up sentences; session 23).

- a company's base named by the company, a place or region and the site's kind is one place (某某集团肇庆基地);
  a generic owner (企业, 跨国公司) or a place before the region names no company's base;
- a known county before 园 names a park (某县园 in a list of a city's transfer parks), not a word going on (广州园林);
- a zone's other name in brackets right after it is the same place (某某滨海新区（某某高新区）).
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def canonicals(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [c for _, lab, c in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_company_base_named_by_its_company_and_place_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动安泰集团肇庆基地等一批项目加快建设。") == ["安泰集团肇庆基地"]
    assert places(matcher, "推进鼎新华南基地建设。") == ["鼎新华南基地"]
    assert places(matcher, "成功引进华为华南总部。") == ["华为华南总部"]


def test_a_generic_owner_names_no_base(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "吸引一批企业华南总部落户。") == []
    assert places(matcher, "引进跨国公司华南总部。") == []
    assert places(matcher, "位于广州的华南基地。") == ["广州"]


def test_a_county_before_a_park_word_names_a_park(matcher: ZhEntityMatcher) -> None:
    assert "蕉岭园" in places(matcher, "梅州市主平台、蕉岭园、平远园均获考核优秀。")
    assert places(matcher, "广州园林局加强管理。") == ["广州"]


def test_a_zone_bracketed_other_name_is_the_same_place(matcher: ZhEntityMatcher) -> None:
    assert canonicals(matcher, "代表表示,茂名滨海新区(茂名高新区)是工业主战场。") == ["茂名滨海新区", "茂名滨海新区"]


def test_an_owner_ending_in_a_clause_word_or_a_counted_body_names_no_base(matcher: ZhEntityMatcher) -> None:
    assert "下午在添馬政府總部" not in places(matcher, "他下午在添馬政府總部會見傳媒。")
    assert places(matcher, "藝發局在黃竹坑一座工廠設立藝術空間。") == ["黃竹坑"]


def test_a_transfer_park_before_its_branch_park_is_one_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "走访某某(梅州)产业转移园丙港分园、丁湖分园。") == ["某某(梅州)产业转移园丙港分园", "丁湖分园"]


def test_a_national_data_centre_cluster_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "代表建议加快韶关数据中心集群建设。") == ["韶关数据中心集群"]


def test_the_countryside_is_no_village(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "加快推进农业农村现代化。") == []


def test_a_base_named_by_a_district_short_form_is_a_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "甲乙集团顺德基地投产,丙丁电器珠海基地扩建。") == ["甲乙集团顺德基地", "丙丁电器珠海基地"]


def test_an_open_air_theatre_among_facilities_is_a_kind(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "設有多種康體設施,包括露天劇場、緩跑徑。") == []
