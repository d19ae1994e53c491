"""bordering_counties_zh (issue 14, session 28): a county's or district's short form after a compass word and a
verb of bordering (北靠古田, 南接连江、晋安) names the neighbouring division; a water or hill the gazetteer knows, 临
('faces') and unknown runs name none. Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> dict[str, str]:
    return {s: c for s, lab, c in found(matcher, text, "cn") if lab == "PLACE"}


def test_neighbouring_counties_by_short_form_are_read(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该乡地处山区，西邻闽侯，南接连江、晋安，北靠古田。")
    assert {"闽侯", "连江", "晋安", "古田"} <= set(got)
    assert got["古田"] == "Gutian County"


def test_a_known_water_after_a_bordering_verb_is_no_county(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇北靠黄河，西接大山。")
    assert "黄河" not in got or "County" not in got["黄河"]
    assert "大山" not in got


def test_facing_is_no_bordering(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该乡东临古田水库。")
    assert "古田" not in got


def test_a_generic_division_name_is_no_district_elsewhere(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "该镇南连城关，北接某乡。")
    assert "District" not in got.get("城关", "")


def test_a_sea_or_lake_named_like_a_county_is_the_water(matcher: ZhEntityMatcher) -> None:
    # review-mendzd Z6: 东海 (Donghai County), 西湖 (Xihu District) after a bordering verb are the sea and the lake
    got = places(matcher, "该镇东接东海，西邻西湖，北靠古田。")
    assert "东海" not in got and "西湖" not in got
    assert got["古田"] == "Gutian County"
