"""entities_zh (issue 14, session 28, zhplhk): a Hong Kong area or island written right before a quoted attraction's
name (某灣「某某樂園」、…) is one place, the attraction, not the area; a quoted slogan or role after a place
(北部都會區「國際創科新城」), a Latin brand in quotes and a quote running on into a word stay out (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


def test_area_before_a_quoted_attraction_is_the_attraction(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "坪洲「海角樂園」、大澳「漁村博覽」已先後開幕。") == ["坪洲「海角樂園」", "大澳「漁村博覽」"]
    assert places(matcher, "長洲「風帆天地」及香港仔避風塘均受歡迎。")[0] == "長洲「風帆天地」"


def test_a_quoted_slogan_after_a_place_stays_out(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "北部都會區「國際創科新城」的定位已經確立。") == ["北部都會區"]
    assert places(matcher, "新界「綠色發展」,是政府的方向。") == ["新界"]


def test_a_latin_brand_or_a_running_quote_stays_out(matcher: ZhEntityMatcher) -> None:
    assert "坪洲「ABC」" not in places(matcher, "坪洲「ABC」已開幕。")
    assert places(matcher, "遊客可到大澳「漁村」參觀棚屋。") == ["大澳"]


def test_a_quoted_event_after_an_area_is_no_attraction(matcher: ZhEntityMatcher) -> None:
    # session 28 review M3: a festival, a week or a show held in an area is an event; the area stays a place
    assert places(matcher, "旅發局於灣仔「美食節」、旺角「購物節」等活動吸引旅客。") == ["灣仔", "旺角"]
    assert places(matcher, "西貢「藝術周」及赤柱「嘉年華」吸引市民。") == ["西貢", "赤柱"]
    assert places(matcher, "沙田「花展」、荃灣「音樂會」都很熱鬧。") == ["沙田", "荃灣"]
